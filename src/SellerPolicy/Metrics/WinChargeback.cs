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
    internal override RuleViolation? ApplyTo(LedgerOverlay overlay)
    {
        RuleViolation? refused = null;
        bool found = overlay.ReplaceChargeback(ChargebackId, x =>
            (refused ??= Chargeback.FindViolation(x.ChargebackId, x.OrderId, x.ReceivedAt, x.Type, ChargebackOutcome.DecidedForSeller, At)) is null ? x.WithDecision(ChargebackOutcome.DecidedForSeller, At) : x);
        return refused ?? (found ? null : new RuleViolation("changes", $"Chargeback {ChargebackId} is not in the ledger."));
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"chargeback {ChargebackId} is decided for the seller at {Preconditions.Format(At)}";
}
