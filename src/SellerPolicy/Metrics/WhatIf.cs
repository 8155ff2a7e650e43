using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>Applies hypothetical changes to a ledger and compares the account health before and after.</summary>
/// <remarks>For repeated comparisons on one ledger, use <see cref="AccountHealthEngine.WhatIf"/> on a built engine.</remarks>
public static class WhatIf
{
    /// <summary>Returns a copy of <paramref name="ledger"/> with <paramref name="changes"/> applied in order.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="changes">The changes.</param>
    /// <param name="timeline">The policy (its reporting calendar places synthetic orders on days; the newest version's is used).</param>
    /// <returns>A new ledger.</returns>
    /// <exception cref="ArgumentException">A change names a record the ledger does not have, or cannot apply.</exception>
    public static SellerLedger Apply(SellerLedger ledger, IEnumerable<HypotheticalChange> changes, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(timeline);
        return Overlay(ledger, changes, timeline.Latest.Reporting).ToLedger();
    }

    /// <summary>Returns the snapshots and forecasts as of <paramref name="asOf"/> of the ledger as it is and with the changes applied.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="timeline">The policy versions (the version in effect on <paramref name="asOf"/> is used).</param>
    /// <param name="changes">The hypothetical changes.</param>
    /// <param name="assumptions">The forecast assumptions; null for the defaults.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">A change cannot be applied.</exception>
    public static WhatIfComparison Compare(
        SellerLedger ledger, LocalDate asOf, PolicyTimeline timeline, IEnumerable<HypotheticalChange> changes, ForecastAssumptions? assumptions = null)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(timeline);
        return AccountHealthEngine.Create(ledger, timeline.For(asOf)).WhatIf(asOf, changes, assumptions);
    }

    /// <summary>Lays <paramref name="changes"/> over <paramref name="ledger"/>, checking each changed order.</summary>
    internal static LedgerOverlay Overlay(SellerLedger ledger, IEnumerable<HypotheticalChange> changes, ReportingCalendar calendar)
    {
        var overlay = new LedgerOverlay(ledger, calendar);
        foreach (HypotheticalChange change in changes)
        {
            (change ?? throw new ArgumentException("changes must not hold null.", nameof(changes))).ApplyTo(overlay);
        }

        overlay.EnsureValid();
        return overlay;
    }
}
