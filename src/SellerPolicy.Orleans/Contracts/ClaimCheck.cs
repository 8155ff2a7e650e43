using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Orleans.Contracts;

/// <summary>Whether a buyer could file an A-to-z claim on an order at an instant, and why (docs/claims.md).</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Reason">The claim reason, as the ledger names it (<c>NotReceived</c>, …).</param>
/// <param name="At">The instant asked about.</param>
/// <param name="Eligible">Whether the claim could be filed.</param>
/// <param name="Code">The deciding code (<c>Eligible</c> or the first failure).</param>
/// <param name="Failures">Every rule that fails.</param>
/// <param name="Rule">The rule, in words.</param>
/// <param name="OpensAt">When claims open, or null.</param>
/// <param name="ClosesAt">When claims close, or null.</param>
/// <param name="ContactWaitEndsAt">When the wait after contacting the seller ends, or null.</param>
/// <param name="PolicyVersion">The policy version.</param>
/// <param name="Evidence">The evidence a seller should gather.</param>
[GenerateSerializer, Immutable]
public sealed record ClaimCheck(
    string OrderId, string Reason, Instant At, bool Eligible, string Code, ImmutableArray<string> Failures, string Rule,
    Instant? OpensAt, Instant? ClosesAt, Instant? ContactWaitEndsAt, string PolicyVersion, ImmutableArray<string> Evidence)
{
    /// <inheritdoc />
    public bool Equals(ClaimCheck? other)
        => other is not null && OrderId == other.OrderId && Reason == other.Reason && At == other.At && Eligible == other.Eligible
           && Code == other.Code && Failures.SequenceEqual(other.Failures) && Rule == other.Rule && OpensAt == other.OpensAt
           && ClosesAt == other.ClosesAt && ContactWaitEndsAt == other.ContactWaitEndsAt && PolicyVersion == other.PolicyVersion
           && Evidence.SequenceEqual(other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OrderId, Reason, At, Code);
}
