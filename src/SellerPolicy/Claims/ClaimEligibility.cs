using System.Text.Json.Serialization;
using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Claims;

/// <summary>
/// Whether a buyer may file an A-to-z Guarantee claim on an order, for a reason, at an instant: the verdict, the
/// reason code, the window <c>[OpensAt, ClosesAt]</c>, the rule that decided it and the evidence to prepare.
/// </summary>
/// <remarks>
/// <para>Both ends of the window belong to it: too early means <c>At &lt; OpensAt</c>, closed means
/// <c>At &gt; ClosesAt</c>. An end is null when the ledger lacks the fact it is counted from.</para>
/// <para>Produced by <see cref="ClaimEligibilityRules"/>. Equality compares every property, lists element by element.</para>
/// </remarks>
public sealed record ClaimEligibility
{
    [JsonConstructor]
    internal ClaimEligibility(
        OrderId orderId,
        ClaimReason reason,
        Instant at,
        ImmutableArray<ClaimEligibilityCode> failures,
        Instant? opensAt,
        Instant? closesAt,
        Instant? contactWaitEndsAt,
        string rule,
        string policyVersion,
        ImmutableArray<string> evidence)
    {
        OrderId = orderId;
        Reason = reason;
        At = at;
        Failures = failures;
        OpensAt = opensAt;
        ClosesAt = closesAt;
        ContactWaitEndsAt = contactWaitEndsAt;
        Rule = rule;
        PolicyVersion = policyVersion;
        Evidence = evidence;
    }

    /// <summary>Gets the order judged.</summary>
    public OrderId OrderId { get; }

    /// <summary>Gets the reason the claim would be filed for.</summary>
    public ClaimReason Reason { get; }

    /// <summary>Gets the instant the claim is judged at.</summary>
    public Instant At { get; }

    /// <summary>Gets whether the buyer may file at <see cref="At"/>.</summary>
    public bool Eligible => Failures.IsEmpty;

    /// <summary>Gets the reason code: <see cref="ClaimEligibilityCode.Eligible"/>, or the first code of <see cref="Failures"/>.</summary>
    public ClaimEligibilityCode Code => Failures.IsEmpty ? ClaimEligibilityCode.Eligible : Failures[0];

    /// <summary>Gets every code that rules the claim out, in reporting order (empty when eligible).</summary>
    public ImmutableArray<ClaimEligibilityCode> Failures { get; }

    /// <summary>Gets the first instant the buyer may file for the reason (included); null when it cannot be computed.</summary>
    public Instant? OpensAt { get; }

    /// <summary>Gets the last instant the buyer may file (included); null when it cannot be computed.</summary>
    public Instant? ClosesAt { get; }

    /// <summary>Gets when the seller's time to answer the buyer's first message ends (first contact + the contact wait); null without a contact.</summary>
    public Instant? ContactWaitEndsAt { get; }

    /// <summary>Gets the rule that decided the verdict, in words, with its instants.</summary>
    public string Rule { get; }

    /// <summary>Gets the policy version that judged the claim (the one in effect on the order's purchase day).</summary>
    public string PolicyVersion { get; }

    /// <summary>Gets what the seller should gather to answer such a claim (see <see cref="ClaimEvidence"/>).</summary>
    public ImmutableArray<string> Evidence { get; }

    /// <inheritdoc />
    public bool Equals(ClaimEligibility? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (OrderId == other.OrderId && Reason == other.Reason && At == other.At && Failures.SequenceEqual(other.Failures)
                   && OpensAt == other.OpensAt && ClosesAt == other.ClosesAt && ContactWaitEndsAt == other.ContactWaitEndsAt
                   && Rule == other.Rule && PolicyVersion == other.PolicyVersion && Evidence.SequenceEqual(other.Evidence)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OrderId, Reason, At, Code, OpensAt, ClosesAt, Rule);

    /// <summary>Returns <c>{orderId} {reason}: {code} — {rule}</c>.</summary>
    public override string ToString() => $"{OrderId} {Reason}: {Code} — {Rule}";
}
