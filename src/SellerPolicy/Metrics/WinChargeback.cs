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
    internal override RuleViolation? ApplyTo(SellerLedger.Builder builder, SellerLedger ledger, ReportingCalendar calendar)
    {
        RuleViolation? refused = null;
        int replaced = builder.ReplaceChargebacks(c =>
        {
            if (c.ChargebackId != ChargebackId)
            {
                return null;
            }

            refused ??= Chargeback.FindViolation(c.ChargebackId, c.OrderId, c.ReceivedAt, c.Type, ChargebackOutcome.DecidedForSeller, At);
            return refused is null ? c.WithDecision(ChargebackOutcome.DecidedForSeller, At) : null;
        });
        return refused ?? (replaced == 0 ? new RuleViolation(nameof(ChargebackId), $"chargebackId {ChargebackId} is not in the ledger.") : null);
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"chargeback {ChargebackId} is decided for the seller at {Preconditions.Format(At)}";
}
