using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Claims;

/// <summary>
/// What an A-to-z claim does to the Order Defect Rate as of a day: whether it counts, why, and from and until which
/// day, with who paid for it (a separate fact: Amazon may debit the seller for a claim that does not count).
/// </summary>
/// <remarks>
/// Judged with only what was known by the end of <see cref="AsOf"/>: a decision or reversal after that day has not
/// happened yet. Produced by <see cref="ClaimOdrRule.Explain(AtoZClaim, LocalDate, Policies.MarketplacePolicy)"/>,
/// which uses the same rule as the metrics engine (<see cref="ClaimOdrRule.CountingSpan"/>).
/// </remarks>
public sealed record ClaimOdrImpact
{
    internal ClaimOdrImpact(
        ClaimId claimId, OrderId orderId, LocalDate asOf, bool counts, string why,
        LocalDate? countsFromDay, LocalDate? countsUntilDay, ClaimOutcome? outcome, ClaimFunding funding, string policyVersion)
    {
        ClaimId = claimId;
        OrderId = orderId;
        AsOf = asOf;
        Counts = counts;
        Why = why;
        CountsFromDay = countsFromDay;
        CountsUntilDay = countsUntilDay;
        Outcome = outcome;
        Funding = funding;
        PolicyVersion = policyVersion;
    }

    /// <summary>Gets the claim.</summary>
    public ClaimId ClaimId { get; }

    /// <summary>Gets the order claimed on (the defect is attributed to its purchase day).</summary>
    public OrderId OrderId { get; }

    /// <summary>Gets the as-of day.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets whether the claim counts toward ODR at the end of <see cref="AsOf"/>.</summary>
    public bool Counts { get; }

    /// <summary>Gets why, in words, with the instants that decided it.</summary>
    public string Why { get; }

    /// <summary>Gets the first day the claim counted (as known on <see cref="AsOf"/>); null when it has not counted on any day.</summary>
    public LocalDate? CountsFromDay { get; }

    /// <summary>
    /// Gets the last day the claim counted, once known (a later decision or reversal ended it); null while it still
    /// counts with no known end, or when it never counted.
    /// </summary>
    public LocalDate? CountsUntilDay { get; }

    /// <summary>Gets the decision as known on <see cref="AsOf"/>; null while pending.</summary>
    public ClaimOutcome? Outcome { get; }

    /// <summary>Gets who paid, as known on <see cref="AsOf"/>.</summary>
    public ClaimFunding Funding { get; }

    /// <summary>Gets the policy version that judged it.</summary>
    public string PolicyVersion { get; }

    /// <summary>Returns <c>{claimId} as of {asOf}: counts|does not count — {why}</c>.</summary>
    public override string ToString() => $"{ClaimId} as of {AsOf:uuuu-MM-dd}: {(Counts ? "counts" : "does not count")} — {Why}";
}
