using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>The one rule that decides whether a seller feedback counts toward the Order Defect Rate, and when.</summary>
/// <remarks>
/// A feedback is negative when its rating is at most <see cref="OrderDefectRatePolicy.NegativeFeedbackMaxRating"/>
/// (default 2: ratings 1 and 2). A negative feedback counts from its receipt until its removal (by the buyer, by Amazon,
/// or struck through): <c>[receivedAt, removedAt)</c>. As of day D it counts when it was received by the end of D and
/// not removed by the end of D, so a feedback removed on D+1 still counts on D.
/// </remarks>
public static class FeedbackOdrRule
{
    /// <summary>Returns whether <paramref name="feedback"/> is negative under <paramref name="policy"/>.</summary>
    /// <param name="feedback">The feedback.</param>
    /// <param name="policy">The ODR policy.</param>
    /// <returns>True when the rating is at most the policy's negative maximum.</returns>
    public static bool IsNegative(Feedback feedback, OrderDefectRatePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(policy);
        return feedback.Rating <= policy.NegativeFeedbackMaxRating;
    }

    /// <summary>Returns the instants during which <paramref name="feedback"/> counts toward ODR, or null when it never does.</summary>
    /// <param name="feedback">The feedback.</param>
    /// <param name="policy">The ODR policy.</param>
    /// <returns><c>[receivedAt, removedAt)</c> for a negative feedback (open while not removed); null for a neutral or positive one.</returns>
    public static KnownSpan? CountingSpan(Feedback feedback, OrderDefectRatePolicy policy)
        => IsNegative(feedback, policy) ? new KnownSpan(feedback.ReceivedAt, feedback.RemovedAt) : null;

    /// <summary>Returns whether <paramref name="feedback"/> counts toward ODR as of the end of <paramref name="asOf"/>.</summary>
    /// <param name="feedback">The feedback.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="policy">The policy (ODR numbers and reporting calendar).</param>
    /// <returns>True when it counts on that day.</returns>
    public static bool CountsAsOf(Feedback feedback, LocalDate asOf, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return CountingSpan(feedback, policy.OrderDefectRate) is { } span && span.HoldsAsOf(policy.Reporting, asOf);
    }
}
