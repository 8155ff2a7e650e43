using SellerPolicy.Internal;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>What if the buyer removed the feedback on <paramref name="OrderId"/> at <paramref name="At"/>.</summary>
/// <param name="OrderId">The order whose feedback is removed.</param>
/// <param name="At">When it is removed.</param>
public sealed record RemoveFeedback(OrderId OrderId, Instant At) : HypotheticalChange
{
    internal override RuleViolation? ApplyTo(LedgerOverlay overlay)
    {
        RuleViolation? refused = null;
        bool found = overlay.ReplaceFeedback(OrderId, x =>
            (refused ??= Feedback.FindViolation(x.OrderId, x.ReceivedAt, x.Rating, At, FeedbackRemoval.BuyerRemoved)) is null ? x.WithRemoval(At, FeedbackRemoval.BuyerRemoved) : x);
        return refused ?? (found ? null : new RuleViolation("changes", $"Order {OrderId} has no feedback to remove."));
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"the feedback on order {OrderId} is removed at {Preconditions.Format(At)}";
}
