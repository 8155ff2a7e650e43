using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// Entry points for a seller's account health: the snapshot as of a day, the daily series over a range, the forecast and
/// what-if comparisons. For repeated queries on one ledger, create an <see cref="AccountHealthEngine"/> once instead.
/// </summary>
public static class AccountHealth
{
    /// <summary>Returns every metric as of the end of <paramref name="asOf"/> under <paramref name="policy"/>.</summary>
    /// <param name="ledger">The seller's ledger.</param>
    /// <param name="asOf">The as-of day (reporting zone).</param>
    /// <param name="policy">The policy version.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The policy is not valid.</exception>
    public static AccountHealthSnapshot Snapshot(SellerLedger ledger, LocalDate asOf, MarketplacePolicy policy)
        => AccountHealthEngine.Create(ledger, policy).Snapshot(asOf);

    /// <summary>Returns every metric as of the end of <paramref name="asOf"/> under the version of <paramref name="timeline"/> in effect that day.</summary>
    /// <param name="ledger">The seller's ledger.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="timeline">The policy versions.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AccountHealthSnapshot Snapshot(SellerLedger ledger, LocalDate asOf, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return Snapshot(ledger, asOf, timeline.For(asOf));
    }

    /// <summary>Returns the counts of every metric for every day of <paramref name="days"/>, in one pass over the ledger.</summary>
    /// <param name="ledger">The seller's ledger.</param>
    /// <param name="days">The as-of days.</param>
    /// <param name="policy">The policy version.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The policy is not valid.</exception>
    public static AccountHealthSeries Series(SellerLedger ledger, DayWindow days, MarketplacePolicy policy)
        => AccountHealthEngine.Create(ledger, policy).Series(days);
}
