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
    internal override void ApplyTo(LedgerOverlay overlay)
    {
        if (!overlay.ReplaceChargeback(ChargebackId, c => c.WithDecision(ChargebackOutcome.DecidedForSeller, At)))
        {
            throw new ArgumentException($"Chargeback {ChargebackId} is not in the ledger.", "changes");
        }
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"chargeback {ChargebackId} is decided for the seller at {Preconditions.Format(At)}";
}
