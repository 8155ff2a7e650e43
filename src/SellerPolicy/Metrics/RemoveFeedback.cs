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
    internal override void ApplyTo(LedgerOverlay overlay)
    {
        if (!overlay.ReplaceFeedback(OrderId, f => f.WithRemoval(At, FeedbackRemoval.BuyerRemoved)))
        {
            throw new ArgumentException($"Order {OrderId} has no feedback to remove.", "changes");
        }
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"the feedback on order {OrderId} is removed at {Preconditions.Format(At)}";
}
