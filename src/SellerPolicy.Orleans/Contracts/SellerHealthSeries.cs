using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Orleans.Contracts;

/// <summary>A seller account's health on every day of a range, without the order ids (a chart's data).</summary>
/// <param name="Account">The account.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Days">One health a day, <paramref name="From"/> first; every figure's order ids are empty.</param>
[GenerateSerializer, Immutable]
public sealed record SellerHealthSeries(SellerAccountId Account, LocalDate From, LocalDate To, ImmutableArray<SellerHealth> Days)
{
    /// <inheritdoc />
    public bool Equals(SellerHealthSeries? other)
        => other is not null && Account == other.Account && From == other.From && To == other.To && Days.SequenceEqual(other.Days);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Account, From, To, Days.Length);
}
