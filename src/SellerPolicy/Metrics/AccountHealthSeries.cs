using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// The counts of every account-health metric for every day of a range, as the seller would have seen them each day.
/// </summary>
/// <remarks>
/// <para>Rows are <see cref="AccountHealthCounts"/> (no order ids); <see cref="SnapshotOn(LocalDate)"/> turns a day into a
/// full snapshot. A series made by an <see cref="AccountHealthEngine"/> asks the engine for the order ids of that day; a merged
/// series (<see cref="Plus"/>) has no single ledger behind it, so its snapshots carry empty <c>OrderIds</c>.</para>
/// <para>Series of ledgers with disjoint orders over the same days and policy add up to the series of the merged ledger.</para>
/// <para>System.Text.Json writes its days, policy version names and counts and reads them back
/// (<see cref="Serialization.AccountHealthSeriesJsonConverter"/>); a series read back has no ledger behind it either.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.AccountHealthSeriesJsonConverter))]
public sealed class AccountHealthSeries
{
    private readonly AccountHealthEngine? _engine;

    internal AccountHealthSeries(DayWindow days, PolicyTimeline timeline, ImmutableArray<AccountHealthCounts> counts, AccountHealthEngine? engine)
    {
        Days = days;
        Timeline = timeline;
        Counts = counts;
        _engine = engine;
    }

    /// <summary>Gets the as-of days covered, both ends included.</summary>
    public DayWindow Days { get; }

    /// <summary>Gets the policy versions the rows are computed under: each day under the version in effect that day.</summary>
    public PolicyTimeline Timeline { get; }

    /// <summary>Gets the version in effect on the last day (the only one of a one-version timeline); see <see cref="PolicyOn"/>.</summary>
    public MarketplacePolicy Policy => Timeline.For(Days.To);

    /// <summary>Gets the metrics of the last day's row (its version's catalog; each row's own is <see cref="AccountHealthCounts.Catalog"/>).</summary>
    public MetricCatalog Metrics => Counts.IsEmpty ? Policy.Metrics : Counts[^1].Catalog;

    /// <summary>Returns the policy version the row of <paramref name="day"/> is computed under.</summary>
    /// <param name="day">A day.</param>
    /// <returns>The version in effect that day.</returns>
    public MarketplacePolicy PolicyOn(LocalDate day) => Timeline.For(day);

    /// <summary>Gets the counts of each day, first day first.</summary>
    public ImmutableArray<AccountHealthCounts> Counts { get; }

    /// <summary>Returns the counts as of <paramref name="day"/>.</summary>
    /// <param name="day">A day of <see cref="Days"/>.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside <see cref="Days"/>.</exception>
    public AccountHealthCounts CountsOn(LocalDate day) => Counts[IndexOf(day)];

    /// <summary>Returns the full snapshot as of <paramref name="day"/> (see the type remarks for order ids).</summary>
    /// <param name="day">A day of <see cref="Days"/>.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside <see cref="Days"/>.</exception>
    public AccountHealthSnapshot SnapshotOn(LocalDate day)
    {
        AccountHealthCounts counts = CountsOn(day);
        return _engine is not null ? _engine.Snapshot(day) : AccountHealthSnapshot.Create(day, PolicyOn(day).Version, counts, _ => []);
    }

    /// <summary>Returns the snapshot of every day without order ids (cheap: built from the counts alone).</summary>
    /// <returns>One snapshot per day, first day first.</returns>
    public IEnumerable<AccountHealthSnapshot> SnapshotsWithoutOrderIds()
    {
        int i = 0;
        foreach (LocalDate day in Days.EnumerateDays())
        {
            yield return AccountHealthSnapshot.Create(day, PolicyOn(day).Version, Counts[i++], _ => []);
        }
    }

    /// <summary>Returns the day-by-day sum of this series and <paramref name="other"/> (e.g. two shards of one seller's orders).</summary>
    /// <param name="other">A series over the same days under the same policy versions, of a ledger with other orders.</param>
    /// <returns>The merged series (its snapshots have no order ids).</returns>
    /// <exception cref="ArgumentException">The days or the policies differ.</exception>
    public AccountHealthSeries Plus(AccountHealthSeries other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Days != Days)
        {
            throw new ArgumentException($"other must cover the same days {Days}, was {other.Days}.", nameof(other));
        }

        if (!other.Timeline.Versions.SequenceEqual(Timeline.Versions))
        {
            throw new ArgumentException(
                $"other must use the same policy versions ({string.Join(", ", Timeline.Versions.Select(v => v.Version))}), used {string.Join(", ", other.Timeline.Versions.Select(v => v.Version))}.",
                nameof(other));
        }

        var sum = ImmutableArray.CreateBuilder<AccountHealthCounts>(Counts.Length);
        for (int i = 0; i < Counts.Length; i++)
        {
            sum.Add(Counts[i].Plus(other.Counts[i]));
        }

        return new AccountHealthSeries(Days, Timeline, sum.MoveToImmutable(), null);
    }

    private int IndexOf(LocalDate day)
        => Days.Contains(day)
            ? Period.DaysBetween(Days.From, day)
            : throw new ArgumentOutOfRangeException(nameof(day), $"day must lie in {Days}, was {day:uuuu-MM-dd}.");
}
