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
    internal override RuleViolation? ApplyTo(LedgerOverlay overlay)
    {
        RuleViolation? refused = null;
        bool found = overlay.ReplaceClaim(ClaimId, x =>
            (refused ??= AtoZClaim.FindViolation(x.ClaimId, x.OrderId, x.FiledAt, x.Reason, ClaimOutcome.Withdrawn, At)) is null ? x.WithDecision(ClaimOutcome.Withdrawn, At) : x);
        return refused ?? (found ? null : new RuleViolation("changes", $"Claim {ClaimId} is not in the ledger."));
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"the buyer withdraws claim {ClaimId} at {Preconditions.Format(At)}";
}
