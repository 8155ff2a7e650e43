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
    internal override RuleViolation? ApplyTo(LedgerOverlay overlay)
    {
        RuleViolation? refused = null;
        bool found = overlay.ReplaceClaim(ClaimId, x =>
            (refused ??= AtoZClaim.FindViolation(x.ClaimId, x.OrderId, x.FiledAt, x.Reason, x.Outcome, x.DecidedAt, At)) is null ? x.WithReversal(At) : x);
        return refused ?? (found ? null : new RuleViolation("changes", $"Claim {ClaimId} is not in the ledger."));
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"claim {ClaimId} is reversed on appeal at {Preconditions.Format(At)}";
}
