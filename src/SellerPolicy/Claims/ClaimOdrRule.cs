using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Claims;

/// <summary>
/// The one rule that decides whether an A-to-z claim counts toward the Order Defect Rate, and when.
/// The metrics engine and the claim explanations both call it.
/// </summary>
/// <remarks>
/// Counting outcomes: <see cref="ClaimOutcome.GrantedSellerFunded"/>, <see cref="ClaimOutcome.SellerRefunded"/>,
/// <see cref="ClaimOutcome.OrderCancelled"/>. Not counting: <see cref="ClaimOutcome.GrantedAmazonFunded"/>,
/// <see cref="ClaimOutcome.BuyShippingProtected"/>, <see cref="ClaimOutcome.Denied"/>, <see cref="ClaimOutcome.Withdrawn"/>.
/// A pending claim counts when <see cref="OrderDefectRatePolicy.PendingClaimsCount"/> is set (the default).
/// A reversal on appeal ends the count.
/// </remarks>
public static class ClaimOdrRule
{
    /// <summary>Returns whether a decision with <paramref name="outcome"/> counts against the seller.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>True for a seller-funded grant, a seller refund after filing, or a cancellation.</returns>
    public static bool IsCountingOutcome(ClaimOutcome outcome)
        => outcome is ClaimOutcome.GrantedSellerFunded or ClaimOutcome.SellerRefunded or ClaimOutcome.OrderCancelled;

    /// <summary>
    /// Returns the instants during which <paramref name="claim"/> counts toward ODR, or null when it never does.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="policy">The ODR policy (the pending-claims switch).</param>
    /// <returns>
    /// From the filing (or from the decision, when pending claims do not count) until the first of: a
    /// non-counting decision, a reversal; null when the claim never counts.
    /// </returns>
    public static KnownSpan? CountingSpan(AtoZClaim claim, OrderDefectRatePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(policy);
        bool counting = claim.Outcome is { } outcome && IsCountingOutcome(outcome);
        if (policy.PendingClaimsCount)
        {
            Instant? end = claim.DecidedAt is { } decided && !counting ? decided : claim.ReversedAt;
            return end == claim.FiledAt ? null : new KnownSpan(claim.FiledAt, end);
        }

        if (!counting)
        {
            return null;
        }

        Instant start = claim.DecidedAt!.Value;
        return claim.ReversedAt == start ? null : new KnownSpan(start, claim.ReversedAt);
    }

    /// <summary>Returns whether <paramref name="claim"/> counts toward ODR as of the end of <paramref name="asOf"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="policy">The policy (ODR switches and reporting calendar).</param>
    /// <returns>True when the claim counts on that day.</returns>
    public static bool CountsAsOf(AtoZClaim claim, LocalDate asOf, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return CountingSpan(claim, policy.OrderDefectRate) is { } span && span.HoldsAsOf(policy.Reporting, asOf);
    }
}
