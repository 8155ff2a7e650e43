using SellerPolicy.Internal;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>What if the buyer withdrew claim <paramref name="ClaimId"/> at <paramref name="At"/> (its decision becomes Withdrawn).</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="At">When it is withdrawn.</param>
public sealed record WithdrawClaim(ClaimId ClaimId, Instant At) : HypotheticalChange
{
    internal override void ApplyTo(LedgerOverlay overlay)
    {
        if (!overlay.ReplaceClaim(ClaimId, c => c.WithDecision(ClaimOutcome.Withdrawn, At)))
        {
            throw new ArgumentException($"Claim {ClaimId} is not in the ledger.", "changes");
        }
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"the buyer withdraws claim {ClaimId} at {Preconditions.Format(At)}";
}
