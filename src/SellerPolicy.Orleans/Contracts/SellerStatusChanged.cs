using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Orleans.Contracts;

/// <summary>
/// A seller account's metrics went BAD or left BAD (published on <see cref="SellerPolicyStreams.StatusChanges"/>, on the
/// stream of the account's marketplace). Also published, without changes, when the account's grain activates, so a view
/// that missed a notification catches up; <paramref name="Sequence"/> tells the newest.
/// </summary>
/// <param name="Account">The account.</param>
/// <param name="Sequence">The account's count of accepted batches when this was published: a later one supersedes it.</param>
/// <param name="AsOf">The day the statuses are of: the latest day of the account's records.</param>
/// <param name="Changes">The metrics that changed (empty on activation).</param>
/// <param name="FailingMetrics">The report names of every metric BAD after the change.</param>
[GenerateSerializer, Immutable]
public sealed record SellerStatusChanged(
    SellerAccountId Account, long Sequence, LocalDate AsOf, ImmutableArray<MetricStatusChange> Changes, ImmutableArray<string> FailingMetrics)
{
    /// <inheritdoc />
    public bool Equals(SellerStatusChanged? other)
        => other is not null && Account == other.Account && Sequence == other.Sequence && AsOf == other.AsOf
           && Changes.SequenceEqual(other.Changes) && FailingMetrics.SequenceEqual(other.FailingMetrics);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Account, Sequence, AsOf);
}
