using System.Collections.Immutable;

namespace SellerPolicy.Orleans.Contracts;

/// <summary>What recording a batch did: accepted whole or refused whole, never half.</summary>
/// <param name="Accepted">Whether the batch was accepted (no problem).</param>
/// <param name="Added">Records new to the account.</param>
/// <param name="Updated">Records that replaced a version held (the new version knows at least as much).</param>
/// <param name="Unchanged">Records identical to the version held (a retry): nothing counted twice.</param>
/// <param name="Stale">Records older than the version held (knowing less): the held version stays.</param>
/// <param name="RecordsHeld">Records the account holds after the call.</param>
/// <param name="Problems">Why the batch was refused; empty when accepted.</param>
[GenerateSerializer, Immutable]
public sealed record RecordBatchResult(
    bool Accepted, int Added, int Updated, int Unchanged, int Stale, int RecordsHeld, ImmutableArray<RecordProblem> Problems)
{
    /// <inheritdoc />
    public bool Equals(RecordBatchResult? other)
        => other is not null && Accepted == other.Accepted && Added == other.Added && Updated == other.Updated
           && Unchanged == other.Unchanged && Stale == other.Stale && RecordsHeld == other.RecordsHeld
           && Problems.SequenceEqual(other.Problems);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Accepted, Added, Updated, Unchanged, Stale, RecordsHeld, Problems.Length);

    /// <summary>Returns e.g. <c>accepted: 90 added, 10 unchanged; 1000 held</c> or the first problem.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => Accepted
            ? $"accepted: {Added} added, {Updated} updated, {Unchanged} unchanged, {Stale} stale; {RecordsHeld} held"
            : $"refused ({Problems.Length} problem(s)): {Problems[0]}";
}
