using SellerPolicy.Ledger;

namespace SellerPolicy.Metrics;

/// <summary>
/// A change to a seller's ledger that has not happened (yet): a feedback removed, a claim withdrawn or reversed, a chargeback won,
/// extra clean orders. <see cref="WhatIf.Compare"/> applies a set of them and compares the account health before and after.
/// </summary>
public abstract record HypotheticalChange
{
    private protected HypotheticalChange()
    {
    }

    /// <summary>Applies the change to <paramref name="builder"/>.</summary>
    /// <param name="builder">A builder holding the ledger.</param>
    /// <param name="ledger">The original ledger (for look-ups).</param>
    /// <param name="calendar">The reporting calendar (for days).</param>
    /// <returns>Null when applied; otherwise why it cannot be (a record the ledger does not have, or a rule of the changed record), the builder then unchanged by it.</returns>
    internal abstract RuleViolation? ApplyTo(SellerLedger.Builder builder, SellerLedger ledger, Time.ReportingCalendar calendar);
}
