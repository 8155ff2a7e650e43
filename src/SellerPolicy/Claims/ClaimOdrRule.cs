using NodaTime;
using SellerPolicy.Internal;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Claims;

/// <summary>
/// The one rule that decides whether an A-to-z claim counts toward the Order Defect Rate, and when.
/// The metrics engine and the claim explanations both call it.
/// </summary>
/// <remarks>
/// Counting outcomes are policy data, <see cref="OrderDefectRatePolicy.CountingClaimOutcomes"/> (default
/// <see cref="ClaimOutcome.GrantedSellerFunded"/>, <see cref="ClaimOutcome.SellerRefunded"/>,
/// <see cref="ClaimOutcome.OrderCancelled"/>; not <see cref="ClaimOutcome.GrantedAmazonFunded"/>,
/// <see cref="ClaimOutcome.BuyShippingProtected"/>, <see cref="ClaimOutcome.Denied"/>, <see cref="ClaimOutcome.Withdrawn"/>).
/// A pending claim counts when <see cref="OrderDefectRatePolicy.PendingClaimsCount"/> is set (the default).
/// A reversal on appeal ends the count.
/// </remarks>
public static class ClaimOdrRule
{
    /// <summary>Returns whether a decision with <paramref name="outcome"/> counts toward ODR under <paramref name="policy"/>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="policy">The ODR policy (<see cref="OrderDefectRatePolicy.CountingClaimOutcomes"/>).</param>
    /// <returns>True when the outcome is one of the policy's counting outcomes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static bool IsCountingOutcome(ClaimOutcome outcome, OrderDefectRatePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.CountingClaimOutcomes.Contains(outcome);
    }

    /// <summary>
    /// Returns the instants during which <paramref name="claim"/> counts toward ODR, or null when it never does.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="policy">The ODR policy (the pending-claims switch).</param>
    /// <returns>
    /// From the filing (or from the decision, when pending claims do not count) until the first of: a
    /// non-counting decision, a reversal; null when the claim never counts.
    /// </returns>
    public static KnownSpan? CountingSpan(AtoZClaim claim, OrderDefectRatePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(policy);
        bool counting = claim.Outcome is { } outcome && IsCountingOutcome(outcome, policy);
        if (policy.PendingClaimsCount)
        {
            Instant? end = claim.DecidedAt is { } decided && !counting ? decided : claim.ReversedAt;
            return end == claim.FiledAt ? null : new KnownSpan(claim.FiledAt, end);
        }

        if (!counting)
        {
            return null;
        }

        Instant start = claim.DecidedAt!.Value;
        return claim.ReversedAt == start ? null : new KnownSpan(start, claim.ReversedAt);
    }

    /// <summary>Returns whether <paramref name="claim"/> counts toward ODR as of the end of <paramref name="asOf"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="policy">The policy (ODR switches and reporting calendar).</param>
    /// <returns>True when the claim counts on that day.</returns>
    public static bool CountsAsOf(AtoZClaim claim, LocalDate asOf, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return CountingSpan(claim, policy.OrderDefectRate) is { } span && span.HoldsAsOf(policy.Reporting, asOf);
    }

    /// <summary>
    /// Explains what <paramref name="claim"/> does to ODR as of the end of <paramref name="asOf"/>: whether it counts
    /// (exactly <see cref="CountsAsOf"/>), why, from and until which day, and who paid — all with only what was known
    /// that day.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="policy">The policy (ODR switches and reporting calendar).</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ClaimOdrImpact Explain(AtoZClaim claim, LocalDate asOf, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(policy);
        ReportingCalendar calendar = policy.Reporting;
        Instant endOfDay = calendar.EndOf(asOf);
        bool counts = CountsAsOf(claim, asOf, policy);
        string F(Instant i) => Preconditions.Format(i);
        if (claim.FiledAt >= endOfDay)
        {
            return new ClaimOdrImpact(claim.ClaimId, claim.OrderId, asOf, counts,
                $"not filed as of {asOf:uuuu-MM-dd} (filed {F(claim.FiledAt)}): unknown that day, so it does not count",
                null, null, null, ClaimFunding.None, policy.Version);
        }

        // The claim as the seller knew it at the end of the as-of day.
        AtoZClaim known = claim.DecidedAt is { } d && d < endOfDay
            ? (claim.ReversedAt is { } r && r < endOfDay ? claim : claim.WithDecision(claim.Outcome, claim.DecidedAt))
            : claim.WithDecision(null, null);
        LocalDate? from = null;
        LocalDate? until = null;
        if (CountingSpan(known, policy.OrderDefectRate) is { } span)
        {
            LocalDate first = calendar.DayOf(span.Start);
            LocalDate? last = span.End is { } end ? calendar.DayOf(end).PlusDays(-1) : null;
            if (last is not { } l || l >= first)
            {
                from = first;
                until = last;
            }
        }

        string pendingRule = policy.OrderDefectRate.PendingClaimsCount
            ? "a claim that is not denied counts while pending (orderDefectRate.pendingClaimsCount)"
            : "this policy counts a claim only once it is decided against the seller (orderDefectRate.pendingClaimsCount is off)";
        string during = from is { } f0 ? $"; it counted from {f0:uuuu-MM-dd}" + (until is { } u0 ? $" until {u0:uuuu-MM-dd}" : string.Empty) : string.Empty;
        string why;
        if (known.Outcome is not { } outcome)
        {
            why = $"pending since {F(known.FiledAt)}: {pendingRule}";
        }
        else if (known.ReversedAt is { } reversed)
        {
            why = $"{Describe(outcome)} at {F(known.DecidedAt!.Value)}, reversed on appeal at {F(reversed)}: stops counting from the reversal (Amazon's ODR may take up to 7 days to show it){during}";
        }
        else if (IsCountingOutcome(outcome, policy.OrderDefectRate))
        {
            why = $"{Describe(outcome)} at {F(known.DecidedAt!.Value)}: counts{(policy.OrderDefectRate.PendingClaimsCount ? " from its filing" : " from its decision")}";
        }
        else
        {
            why = $"{Describe(outcome)} at {F(known.DecidedAt!.Value)}: does not count from the decision{during}";
        }

        return new ClaimOdrImpact(claim.ClaimId, claim.OrderId, asOf, counts, why, from, until, known.Outcome, known.Funding, policy.Version);
    }

    /// <summary>Explains <paramref name="claim"/>'s ODR impact under the policy version in effect on <paramref name="asOf"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="timeline">The policy versions.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ClaimOdrImpact Explain(AtoZClaim claim, LocalDate asOf, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return Explain(claim, asOf, timeline.For(asOf));
    }

    private static string Describe(ClaimOutcome outcome) => outcome switch
    {
        ClaimOutcome.GrantedSellerFunded => "granted, seller-funded (the seller was at fault)",
        ClaimOutcome.GrantedAmazonFunded => "granted, Amazon-funded (the seller was not at fault)",
        ClaimOutcome.SellerRefunded => "the seller refunded the buyer after the claim was filed",
        ClaimOutcome.OrderCancelled => "the order was cancelled",
        ClaimOutcome.Denied => "denied",
        ClaimOutcome.Withdrawn => "withdrawn by the buyer",
        ClaimOutcome.BuyShippingProtected => "protected by Buy Shipping claims protection",
        _ => outcome.ToString(),
    };
}
