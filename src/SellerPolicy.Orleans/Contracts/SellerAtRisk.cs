using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Orleans.Contracts;

/// <summary>A seller account with at least one BAD metric, in the fleet view.</summary>
/// <param name="Account">The account.</param>
/// <param name="AsOf">The day of its latest status.</param>
/// <param name="FailingMetrics">The report names of its BAD metrics.</param>
[GenerateSerializer, Immutable]
public sealed record SellerAtRisk(SellerAccountId Account, LocalDate AsOf, ImmutableArray<string> FailingMetrics)
{
    /// <inheritdoc />
    public bool Equals(SellerAtRisk? other)
        => other is not null && Account == other.Account && AsOf == other.AsOf && FailingMetrics.SequenceEqual(other.FailingMetrics);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Account, AsOf, FailingMetrics.Length);

    /// <summary>Returns e.g. <c>S1 on ATVPDKIKX0DER as of 2026-10-31: orderDefectRate.mfn</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Account} as of {AsOf:uuuu-MM-dd}: {string.Join(", ", FailingMetrics)}";
}
