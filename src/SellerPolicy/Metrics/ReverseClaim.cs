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
    internal override RuleViolation? ApplyTo(SellerLedger.Builder builder, SellerLedger ledger, ReportingCalendar calendar)
    {
        RuleViolation? refused = null;
        int replaced = builder.ReplaceClaims(c =>
        {
            if (c.ClaimId != ClaimId)
            {
                return null;
            }

            refused ??= AtoZClaim.FindViolation(c.ClaimId, c.OrderId, c.FiledAt, c.Reason, c.Outcome, c.DecidedAt, At);
            return refused is null ? c.WithReversal(At) : null;
        });
        return refused ?? (replaced == 0 ? new RuleViolation(nameof(ClaimId), $"claimId {ClaimId} is not in the ledger.") : null);
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"claim {ClaimId} is reversed on appeal at {Preconditions.Format(At)}";
}
