using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// A seller's ledger prepared for repeated account-health queries under a policy timeline: snapshots as of any day, daily
/// series over any range, forecasts and what-if comparisons, each day judged under the version in effect that day.
/// </summary>
/// <remarks>
/// <para><see cref="Create(SellerLedger, PolicyTimeline)"/> hands every order (with its feedback, claims, chargebacks, return
/// requests and contacts) to each metric of a version's catalog (<see cref="Metric.Contribute"/>: one virtual call per metric
/// per order), which emits <em>contributions</em>: for each of its count slots, the interval of as-of days on which the order is
/// counted. An interval is the window membership of the order intersected with the days on which it is defective, cancelled,
/// late... as known on that day. The catalog maps each (metric, slot) to a column.</para>
/// <para>The contributions are kept in a compact columnar index (ints and bytes, sorted by first day), built once per policy
/// version: the version of a one-version timeline at creation, the others of a longer timeline on the first query that needs
/// them. <see cref="Snapshot"/> scans only the contributions that can cover its day; <see cref="Series"/> adds +1/-1 to a
/// difference array over the days and sums it in one pass: O(orders + days), split where the timeline changes version.
/// <see cref="Forecast"/> and <see cref="WhatIf"/> reuse the index and recompute only the orders that the as-of day's knowledge
/// or the hypothetical changes touch. Each metric then judges its counts (<see cref="Metric.Judge"/>).</para>
/// <para>The engine is immutable and safe to share between threads (a version's index is built once, under a lock).</para>
/// </remarks>
public sealed class AccountHealthEngine
{
    private readonly SellerLedger _ledger;
    private readonly EngineIndex?[] _indexes; // by version of the timeline

    private AccountHealthEngine(SellerLedger ledger, PolicyTimeline timeline)
    {
        _ledger = ledger;
        Timeline = timeline;
        _indexes = new EngineIndex?[timeline.Versions.Length];
    }

    /// <summary>Gets the policy versions results are computed under (each day under the version in effect that day).</summary>
    public PolicyTimeline Timeline { get; }

    /// <summary>Gets the newest policy version of <see cref="Timeline"/> (the only one of a one-version timeline).</summary>
    public MarketplacePolicy Policy => Timeline.Latest;

    /// <summary>Gets the metrics of the newest version's catalog (<see cref="MarketplacePolicy.Metrics"/>).</summary>
    public MetricCatalog Metrics => Policy.Metrics;

    /// <summary>Gets the ledger the engine was built for.</summary>
    public SellerLedger Ledger => _ledger;

    /// <summary>Gets the number of orders indexed.</summary>
    public int OrderCount => _ledger.OrderTable.Count;

    /// <summary>Gets the number of day-interval contributions in the indexes built so far (a measure of their size).</summary>
    public int ContributionCount => _indexes.Sum(i => i?.ContributionCount ?? 0);

    /// <summary>Builds the engine for <paramref name="ledger"/> under <paramref name="timeline"/>.</summary>
    /// <param name="ledger">The seller's ledger.</param>
    /// <param name="timeline">The policy versions; a single <see cref="MarketplacePolicy"/> converts to a one-version timeline.</param>
    /// <returns>The prepared engine.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AccountHealthEngine Create(SellerLedger ledger, PolicyTimeline timeline) => Create(ledger, timeline, CancellationToken.None);

    /// <summary>Builds the engine for <paramref name="ledger"/> under <paramref name="timeline"/>, stopping when asked to.</summary>
    /// <param name="ledger">The seller's ledger.</param>
    /// <param name="timeline">The policy versions.</param>
    /// <param name="cancellationToken">Stops the build (checked every few thousand orders).</param>
    /// <returns>The prepared engine.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The build was cancelled.</exception>
    public static AccountHealthEngine Create(SellerLedger ledger, PolicyTimeline timeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(timeline);
        var engine = new AccountHealthEngine(ledger, timeline);
        if (timeline.Versions.Length == 1)
        {
            engine.IndexOf(0, cancellationToken);
        }

        return engine;
    }

    /// <summary>Returns the snapshot of every metric as of the end of <paramref name="asOf"/>, with the orders that hurt each.</summary>
    /// <param name="asOf">The as-of day (reporting zone); judged under the version in effect that day.</param>
    /// <returns>The snapshot.</returns>
    public AccountHealthSnapshot Snapshot(LocalDate asOf) => IndexOn(asOf, CancellationToken.None).Snapshot(asOf);

    /// <summary>Returns the counts of every metric as of the end of <paramref name="asOf"/>, without order ids.</summary>
    /// <param name="asOf">The as-of day.</param>
    /// <returns>The counts.</returns>
    public AccountHealthCounts CountsOn(LocalDate asOf) => IndexOn(asOf, CancellationToken.None).CountsOn(asOf);

    /// <summary>
    /// Returns the counts of every metric for every day of <paramref name="days"/>, computed in one pass over the index
    /// (difference arrays), not by recomputing each day; each day under the version in effect that day.
    /// </summary>
    /// <param name="days">The as-of days.</param>
    /// <param name="cancellationToken">Stops the calculation.</param>
    /// <returns>The series; its <see cref="AccountHealthSeries.SnapshotOn"/> uses this engine for order ids.</returns>
    /// <exception cref="OperationCanceledException">The calculation was cancelled.</exception>
    public AccountHealthSeries Series(DayWindow days, CancellationToken cancellationToken = default)
    {
        DayNumber.Check(days);
        var rows = ImmutableArray.CreateBuilder<AccountHealthCounts>(days.Days);
        foreach ((int version, DayWindow part) in Timeline.Segments(days))
        {
            rows.AddRange(IndexOf(version, cancellationToken).Series(DayNumber.Of(part.From), DayNumber.Of(part.To), cancellationToken));
        }

        return new AccountHealthSeries(days, Timeline, rows.MoveToImmutable(), this);
    }

    /// <summary>
    /// Returns each metric's outlook as of <paramref name="asOf"/>, under the version in effect that day: the first day it turns
    /// GOOD if nothing new goes wrong, the defects it can still absorb, and the clean orders that would bring it under target now.
    /// </summary>
    /// <param name="asOf">The as-of day (facts after it are ignored).</param>
    /// <param name="assumptions">The horizon and volume assumptions; null for <see cref="ForecastAssumptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the calculation.</param>
    /// <returns>The forecast, with its assumptions in words.</returns>
    /// <exception cref="ArgumentException">The horizon or look-back is not positive.</exception>
    /// <exception cref="OperationCanceledException">The calculation was cancelled.</exception>
    /// <remarks>
    /// Reuses the index: only the orders whose records change after <paramref name="asOf"/> (still open, or with a later claim,
    /// return, feedback...) are recomputed as known that day, and the synthetic future orders of one day are computed once.
    /// </remarks>
    public AccountHealthForecast Forecast(LocalDate asOf, ForecastAssumptions? assumptions = null, CancellationToken cancellationToken = default)
    {
        assumptions ??= ForecastAssumptions.Default;
        AccountHealthForecaster.EnsureValid(assumptions);
        EngineIndex index = IndexOn(asOf, cancellationToken);
        if (!index.HasPerBuyerSlots)
        {
            try
            {
                return index.Forecast(asOf, assumptions, index.KnownDays(asOf, assumptions, cancellationToken), null, cancellationToken);
            }
            catch (EngineIndex.PerBuyerSlotsFound)
            {
                // a forecast's clean order counted a buyer: rebuild below
            }
        }

        return AccountHealthForecaster.Rebuild(_ledger, asOf, index.Policy, assumptions, cancellationToken);
    }

    /// <summary>
    /// Returns the snapshots and forecasts as of <paramref name="asOf"/> of the ledger as it is and with
    /// <paramref name="changes"/> applied in order, under the version in effect that day.
    /// </summary>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="changes">The hypothetical changes.</param>
    /// <param name="assumptions">The forecast assumptions; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the calculation.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException">A change names a record the ledger does not have, or cannot apply to it.</exception>
    /// <exception cref="OperationCanceledException">The calculation was cancelled.</exception>
    /// <remarks>Reuses the index: only the orders the changes touch, and the orders they add, are recomputed.</remarks>
    public WhatIfComparison WhatIf(
        LocalDate asOf, IEnumerable<HypotheticalChange> changes, ForecastAssumptions? assumptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        assumptions ??= ForecastAssumptions.Default;
        AccountHealthForecaster.EnsureValid(assumptions);
        EngineIndex index = IndexOn(asOf, cancellationToken);
        ImmutableArray<HypotheticalChange> list = [.. changes];
        LedgerOverlay overlay = global::SellerPolicy.Metrics.WhatIf.Overlay(_ledger, list, index.Policy.Reporting);
        if (!index.HasPerBuyerSlots)
        {
            try
            {
                // The orders still open that day are recomputed once, for both forecasts; the changed snapshot is the ledger's
                // own with the changed orders swapped.
                DayDiff known = index.KnownDays(asOf, assumptions, cancellationToken);
                (AccountHealthSnapshot before, AccountHealthSnapshot after) = index.Snapshots(asOf, overlay);
                return new WhatIfComparison(
                    list,
                    before,
                    after,
                    index.Forecast(asOf, assumptions, known, null, cancellationToken),
                    index.Forecast(asOf, assumptions, known, overlay, cancellationToken));
            }
            catch (EngineIndex.PerBuyerSlotsFound)
            {
                // a changed or added order counted a buyer: rebuild below
            }
        }

        // Buyer counts merge runs across orders, so the changed ledger is indexed afresh.
        SellerLedger changed = global::SellerPolicy.Metrics.WhatIf.Apply(_ledger, list, Timeline);
        return new WhatIfComparison(
            list,
            index.Snapshot(asOf),
            Create(changed, Timeline).Snapshot(asOf),
            AccountHealthForecaster.Rebuild(_ledger, asOf, index.Policy, assumptions, cancellationToken),
            AccountHealthForecaster.Rebuild(changed, asOf, index.Policy, assumptions, cancellationToken));
    }

    private EngineIndex IndexOn(LocalDate day, CancellationToken cancellationToken) => IndexOf(Timeline.IndexOf(day), cancellationToken);

    private EngineIndex IndexOf(int version, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _indexes[version]) is { } built)
        {
            return built;
        }

        lock (_indexes)
        {
            return _indexes[version] ??= EngineIndex.Build(_ledger, Timeline.Versions[version], cancellationToken);
        }
    }
}
