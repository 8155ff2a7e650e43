using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Marketplaces;

/// <summary>A seller level evaluated from a snapshot, such as eBay's Top Rated, with the reasons that decided it.</summary>
/// <param name="Name">The level's name, e.g. <c>Top Rated</c>.</param>
/// <param name="EvaluatedOn">The as-of day of the snapshot it was evaluated on.</param>
/// <param name="Reasons">Why: each requirement met or missed, in words with the numbers.</param>
public sealed record SellerLevel(string Name, LocalDate EvaluatedOn, ImmutableArray<string> Reasons)
{
    /// <inheritdoc />
    public bool Equals(SellerLevel? other)
        => other is not null && Name == other.Name && EvaluatedOn == other.EvaluatedOn && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, EvaluatedOn, Reasons.Length);
}
