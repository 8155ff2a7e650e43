using SellerPolicy.Internal;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>What if the seller won the appeal of claim <paramref name="ClaimId"/> at <paramref name="At"/> (a decision against the seller, reversed).</summary>
/// <param name="ClaimId">The claim; it must have been decided against the seller.</param>
/// <param name="At">When it is reversed.</param>
public sealed record ReverseClaim(ClaimId ClaimId, Instant At) : HypotheticalChange
{
    internal override void ApplyTo(LedgerOverlay overlay)
    {
        if (!overlay.ReplaceClaim(ClaimId, c => c.WithReversal(At)))
        {
            throw new ArgumentException($"Claim {ClaimId} is not in the ledger.", "changes");
        }
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"claim {ClaimId} is reversed on appeal at {Preconditions.Format(At)}";
}
