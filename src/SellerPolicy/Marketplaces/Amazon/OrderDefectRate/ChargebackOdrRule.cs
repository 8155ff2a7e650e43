using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>The one rule that decides whether a chargeback counts toward the Order Defect Rate, and when.</summary>
/// <remarks>
/// Service chargebacks count from their receipt; one decided in the seller's favour stops counting at its decision:
/// <c>[receivedAt, decidedAt)</c>. One decided for the buyer keeps counting. Fraud chargebacks (unauthorised card use)
/// are Amazon's and never count.
/// </remarks>
public static class ChargebackOdrRule
{
    /// <summary>Returns the instants during which <paramref name="chargeback"/> counts toward ODR, or null when it never does.</summary>
    /// <param name="chargeback">The chargeback.</param>
    /// <returns>The span for a service chargeback; null for a fraud chargeback.</returns>
    public static KnownSpan? CountingSpan(Chargeback chargeback)
    {
        ArgumentNullException.ThrowIfNull(chargeback);
        if (chargeback.Type != ChargebackType.Service)
        {
            return null;
        }

        Instant? end = chargeback.Outcome == ChargebackOutcome.DecidedForSeller ? chargeback.DecidedAt : null;
        return new KnownSpan(chargeback.ReceivedAt, end);
    }

    /// <summary>Returns whether <paramref name="chargeback"/> counts toward ODR as of the end of <paramref name="asOf"/>.</summary>
    /// <param name="chargeback">The chargeback.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="policy">The policy (its reporting calendar).</param>
    /// <returns>True when it counts on that day.</returns>
    public static bool CountsAsOf(Chargeback chargeback, LocalDate asOf, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return CountingSpan(chargeback) is { } span && span.HoldsAsOf(policy.Reporting, asOf);
    }
}
