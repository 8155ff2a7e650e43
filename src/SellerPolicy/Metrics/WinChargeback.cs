using SellerPolicy.Internal;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>What if chargeback <paramref name="ChargebackId"/> were decided for the seller at <paramref name="At"/>.</summary>
/// <param name="ChargebackId">The chargeback.</param>
/// <param name="At">When it is decided.</param>
public sealed record WinChargeback(ChargebackId ChargebackId, Instant At) : HypotheticalChange
{
    internal override void ApplyTo(SellerLedger.Builder builder, SellerLedger ledger, ReportingCalendar calendar)
    {
        if (builder.ReplaceChargebacks(c => c.ChargebackId == ChargebackId ? c.WithDecision(ChargebackOutcome.DecidedForSeller, At) : null) == 0)
        {
            throw new ArgumentException($"chargebackId {ChargebackId} is not in the ledger.", nameof(ChargebackId));
        }
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"chargeback {ChargebackId} is decided for the seller at {Preconditions.Format(At)}";
}
