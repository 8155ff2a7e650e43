using NodaTime;

namespace SellerPolicy.Ledger;

/// <summary>An A-to-z Guarantee claim a buyer filed on an order, with Amazon's decision and any reversal.</summary>
/// <remarks>
/// <para>Rules checked on construction: a decision has both an outcome and an instant, not before the
/// filing; a reversal (the seller won an appeal) needs a decision that went against the seller
/// (<see cref="ClaimOutcome.GrantedSellerFunded"/>, <see cref="ClaimOutcome.SellerRefunded"/> or
/// <see cref="ClaimOutcome.OrderCancelled"/>) and is not before it.</para>
/// <para>Whether the claim counts toward ODR on a given day is decided in one place,
/// <see cref="Claims.ClaimOdrRule"/>; who paid is <see cref="Funding"/>.</para>
/// </remarks>
public sealed record AtoZClaim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="claimId">The claim id.</param>
    /// <param name="orderId">The order claimed on.</param>
    /// <param name="filedAt">When the buyer filed it.</param>
    /// <param name="reason">Why.</param>
    /// <param name="outcome">Amazon's decision; null while pending.</param>
    /// <param name="decidedAt">When it was decided; required with <paramref name="outcome"/>.</param>
    /// <param name="reversedAt">When the decision was reversed on appeal, if it was.</param>
    /// <exception cref="ArgumentException">A rule in the type remarks does not hold.</exception>
    public AtoZClaim(
        ClaimId claimId, OrderId orderId, Instant filedAt, ClaimReason reason,
        ClaimOutcome? outcome = null, Instant? decidedAt = null, Instant? reversedAt = null)
    {
        if (FindViolation(claimId, orderId, filedAt, reason, outcome, decidedAt, reversedAt) is { } violation)
        {
            throw violation.Throw();
        }

        ClaimId = claimId;
        OrderId = orderId;
        FiledAt = filedAt;
        Reason = reason;
        Outcome = outcome;
        DecidedAt = decidedAt;
        ReversedAt = reversedAt;
    }

    /// <summary>Finds the first rule of the constructor that the values break, without throwing (the constructor's own check).</summary>
    /// <param name="claimId">The claim id.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="filedAt">When the buyer filed.</param>
    /// <param name="reason">Why.</param>
    /// <param name="outcome">The decision.</param>
    /// <param name="decidedAt">When it was decided.</param>
    /// <param name="reversedAt">When a decision against the seller was reversed.</param>
    /// <returns>The violation (field and rule), or null when the values make a claim.</returns>
    public static RuleViolation? FindViolation(
        ClaimId claimId, OrderId orderId, Instant filedAt, ClaimReason reason, ClaimOutcome? outcome = null, Instant? decidedAt = null, Instant? reversedAt = null)
    {
        RuleViolation? violation = RuleViolation.Required(claimId.Value, nameof(claimId))
            ?? RuleViolation.Required(orderId.Value, nameof(orderId))
            ?? RuleViolation.Defined(reason, nameof(reason))
            ?? RuleViolation.BothOrNeither(outcome.HasValue, nameof(outcome), decidedAt.HasValue, nameof(decidedAt))
            ?? RuleViolation.NotBefore(decidedAt, nameof(decidedAt), filedAt, nameof(filedAt))
            ?? RuleViolation.Defined(outcome, nameof(outcome));
        if (violation is not null)
        {
            return violation;
        }

        if (reversedAt is not { } reversed)
        {
            return null;
        }

        if (decidedAt is not { } decided)
        {
            return new(nameof(reversedAt), $"reversedAt requires a decision: claim {claimId} is pending.");
        }

        if (outcome is not { } decidedOutcome || FundingOf(decidedOutcome) != ClaimFunding.Seller)
        {
            return new(
                nameof(reversedAt),
                $"reversedAt applies only to a decision against the seller (GrantedSellerFunded, SellerRefunded, OrderCancelled); claim {claimId} was {outcome}.");
        }

        return RuleViolation.NotBefore(reversed, nameof(reversedAt), decided, nameof(decidedAt));
    }

    /// <summary>Gets the claim id.</summary>
    public ClaimId ClaimId { get; }

    /// <summary>Gets the order claimed on.</summary>
    public OrderId OrderId { get; }

    /// <summary>Gets when the buyer filed the claim.</summary>
    public Instant FiledAt { get; }

    /// <summary>Gets why the buyer filed.</summary>
    public ClaimReason Reason { get; }

    /// <summary>Gets Amazon's decision; null while pending.</summary>
    public ClaimOutcome? Outcome { get; }

    /// <summary>Gets when the claim was decided (present exactly when <see cref="Outcome"/> is).</summary>
    public Instant? DecidedAt { get; }

    /// <summary>Gets when the decision was reversed on appeal, if it was.</summary>
    public Instant? ReversedAt { get; }

    /// <summary>Gets who paid for the claim, known once decided: a fact separate from whether it counts.</summary>
    public ClaimFunding Funding => Outcome is { } outcome ? FundingOf(outcome) : ClaimFunding.None;

    /// <summary>
    /// Returns who pays for a claim decided with <paramref name="outcome"/>: the one place that says which decisions are
    /// against the seller (and so may be reversed on appeal, and count toward ODR by default,
    /// <see cref="Policies.OrderDefectRatePolicy.CountingClaimOutcomes"/>).
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The seller for a seller-funded grant, a seller refund or a cancellation; Amazon for an Amazon-funded grant or a
    /// buy-shipping protection; none for a denial or a withdrawal.</returns>
    public static ClaimFunding FundingOf(ClaimOutcome outcome) => outcome switch
    {
        ClaimOutcome.GrantedSellerFunded or ClaimOutcome.SellerRefunded or ClaimOutcome.OrderCancelled => ClaimFunding.Seller,
        ClaimOutcome.GrantedAmazonFunded or ClaimOutcome.BuyShippingProtected => ClaimFunding.Amazon,
        _ => ClaimFunding.None,
    };

    /// <summary>Returns a copy with the decision replaced (both null: pending again); the reversal is cleared.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="decidedAt">When it was decided.</param>
    /// <returns>A new claim.</returns>
    public AtoZClaim WithDecision(ClaimOutcome? outcome, Instant? decidedAt) => new(ClaimId, OrderId, FiledAt, Reason, outcome, decidedAt);

    /// <summary>Returns a copy reversed on appeal at <paramref name="reversedAt"/>.</summary>
    /// <param name="reversedAt">When the reversal happened.</param>
    /// <returns>A new claim.</returns>
    public AtoZClaim WithReversal(Instant reversedAt) => new(ClaimId, OrderId, FiledAt, Reason, Outcome, DecidedAt, reversedAt);
}
