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
    internal override RuleViolation? ApplyTo(SellerLedger.Builder builder, SellerLedger ledger, ReportingCalendar calendar)
    {
        RuleViolation? refused = null;
        int replaced = builder.ReplaceClaims(c =>
        {
            if (c.ClaimId != ClaimId)
            {
                return null;
            }

            refused ??= AtoZClaim.FindViolation(c.ClaimId, c.OrderId, c.FiledAt, c.Reason, ClaimOutcome.Withdrawn, At);
            return refused is null ? c.WithDecision(ClaimOutcome.Withdrawn, At) : null;
        });
        return refused ?? (replaced == 0 ? new RuleViolation(nameof(ClaimId), $"claimId {ClaimId} is not in the ledger.") : null);
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"the buyer withdraws claim {ClaimId} at {Preconditions.Format(At)}";
}
