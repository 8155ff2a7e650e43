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
    internal override RuleViolation? ApplyTo(SellerLedger.Builder builder, SellerLedger ledger, ReportingCalendar calendar)
    {
        RuleViolation? refused = null;
        int replaced = builder.ReplaceFeedback(f =>
        {
            if (f.OrderId != OrderId)
            {
                return null;
            }

            refused ??= Feedback.FindViolation(f.OrderId, f.ReceivedAt, f.Rating, At, FeedbackRemoval.BuyerRemoved);
            return refused is null ? f.WithRemoval(At, FeedbackRemoval.BuyerRemoved) : null;
        });
        return refused ?? (replaced == 0 ? new RuleViolation(nameof(OrderId), $"orderId {OrderId} has no feedback to remove.") : null);
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"the feedback on order {OrderId} is removed at {Preconditions.Format(At)}";
}
