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
    /// <summary>
    /// Finds why <paramref name="changes"/> cannot be applied to <paramref name="ledger"/> in order, without throwing: the first
    /// change that names a record the ledger does not have, or would break a rule of the record it changes (field and rule).
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="changes">The changes.</param>
    /// <param name="timeline">The policy versions (the latest one's reporting calendar places synthetic orders on days).</param>
    /// <returns>The violation, or null when every change applies.</returns>
    public static RuleViolation? FindViolation(SellerLedger ledger, IEnumerable<HypotheticalChange> changes, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(timeline);
        _ = TryOverlay(ledger, changes, timeline.Latest.Reporting, out RuleViolation? violation);
        return violation;
    }

    internal static LedgerOverlay Overlay(SellerLedger ledger, IEnumerable<HypotheticalChange> changes, ReportingCalendar calendar)
    {
        LedgerOverlay? overlay = TryOverlay(ledger, changes, calendar, out RuleViolation? violation) ?? throw violation!.Throw();
        overlay.EnsureValid();
        return overlay;
    }

    private static LedgerOverlay? TryOverlay(SellerLedger ledger, IEnumerable<HypotheticalChange> changes, ReportingCalendar calendar, out RuleViolation? violation)
    {
        var overlay = new LedgerOverlay(ledger, calendar);
        foreach (HypotheticalChange change in changes)
        {
            violation = (change ?? throw new ArgumentException("changes must not hold null.", nameof(changes))).ApplyTo(overlay);
            if (violation is not null)
            {
                return null;
            }
        }

        violation = null;
        return overlay;
    }
}
