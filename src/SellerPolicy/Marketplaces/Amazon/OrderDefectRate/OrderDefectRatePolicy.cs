using System.Collections.Immutable;
using SellerPolicy.Ledger;

namespace SellerPolicy.Policies;

/// <summary>The Order Defect Rate numbers: window, lag, target and the switches that decide what counts.</summary>
/// <remarks>
/// As of day D the window is <c>[D-LagDays-(WindowDays-1), D-LagDays]</c>, attributed by purchase date.
/// Validated with the whole policy by <see cref="PolicyValidator"/>.
/// </remarks>
public sealed record OrderDefectRatePolicy
{
    // One shared instance, so that two default policies stay equal (record equality compares sets by reference).
    private static readonly ImmutableHashSet<ClaimOutcome> DefaultCountingClaimOutcomes =
        [.. Enum.GetValues<ClaimOutcome>().Where(o => AtoZClaim.FundingOf(o) == ClaimFunding.Seller)];

    /// <summary>Gets the window length in days (default 60).</summary>
    public int WindowDays { get; init; } = 60;

    /// <summary>Gets how many days before the as-of day the window ends (default 14; 0 allowed).</summary>
    public int LagDays { get; init; } = 14;

    /// <summary>Gets the target (default &lt; 1 %).</summary>
    public MetricTarget Target { get; init; } = MetricTarget.LessThan(0.01);

    /// <summary>Gets whether a pending (undecided) A-to-z claim counts (default true).</summary>
    public bool PendingClaimsCount { get; init; } = true;

    /// <summary>
    /// Gets the claim outcomes that count toward ODR once decided (default: the decisions against the seller,
    /// <see cref="AtoZClaim.FundingOf"/> = seller: granted seller-funded, seller refunded, order cancelled). Read by
    /// <see cref="Claims.ClaimOdrRule"/>, so the engine, the claim explanations and the forecast agree.
    /// </summary>
    public ImmutableHashSet<ClaimOutcome> CountingClaimOutcomes { get; init; } = DefaultCountingClaimOutcomes;

    /// <summary>Gets the highest rating that is negative feedback (default 2: ratings 1 and 2).</summary>
    public int NegativeFeedbackMaxRating { get; init; } = 2;
}
