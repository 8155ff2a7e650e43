using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// Entry points for a seller's account health: the snapshot as of a day, the daily series over a range, the forecast and
/// what-if comparisons. Each takes a <see cref="PolicyTimeline"/> (a single <see cref="MarketplacePolicy"/> converts to a
/// one-version timeline) and judges each day under the version in effect that day. For repeated queries on one ledger,
/// create an <see cref="AccountHealthEngine"/> once instead.
/// </summary>
public static class AccountHealth
{
    /// <summary>Returns every metric as of the end of <paramref name="asOf"/> under the version of <paramref name="timeline"/> in effect that day.</summary>
    /// <param name="ledger">The seller's ledger.</param>
    /// <param name="asOf">The as-of day (reporting zone).</param>
    /// <param name="timeline">The policy versions.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AccountHealthSnapshot Snapshot(SellerLedger ledger, LocalDate asOf, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return AccountHealthEngine.Create(ledger, timeline.For(asOf)).Snapshot(asOf);
    }

    /// <summary>
    /// Returns the counts of every metric for every day of <paramref name="days"/>, in one pass over the ledger per policy version;
    /// across a change of version each day is judged under its own.
    /// </summary>
    /// <param name="ledger">The seller's ledger.</param>
    /// <param name="days">The as-of days.</param>
    /// <param name="timeline">The policy versions.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AccountHealthSeries Series(SellerLedger ledger, DayWindow days, PolicyTimeline timeline)
        => AccountHealthEngine.Create(ledger, timeline).Series(days);

    /// <summary>
    /// Returns each metric's outlook as of <paramref name="asOf"/>: the first day it turns GOOD if nothing new goes wrong,
    /// the defects it can still absorb, and the clean orders that would bring it under target now.
    /// </summary>
    /// <param name="ledger">The seller's ledger (facts after <paramref name="asOf"/> are ignored).</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="timeline">The policy versions (the version in effect on <paramref name="asOf"/> is used).</param>
    /// <param name="assumptions">The horizon and volume assumptions; null for <see cref="ForecastAssumptions.Default"/>.</param>
    /// <returns>The forecast, with its assumptions in words.</returns>
    /// <exception cref="ArgumentNullException">The ledger or policy is null.</exception>
    /// <exception cref="ArgumentException">The horizon or look-back is not positive.</exception>
    public static AccountHealthForecast Forecast(SellerLedger ledger, LocalDate asOf, PolicyTimeline timeline, ForecastAssumptions? assumptions = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(timeline);
        AccountHealthForecaster.EnsureValid(assumptions ?? ForecastAssumptions.Default);
        return AccountHealthEngine.Create(ledger, timeline.For(asOf)).Forecast(asOf, assumptions);
    }
}
