using NodaTime;

namespace SellerPolicy.Marketplaces;

/// <summary>
/// A seller's standing as of a day on a marketplace with levels: the official level (evaluated on the last evaluation
/// day on or before the day) and the projected level (evaluated as of the day itself, eBay's PROJECTED).
/// </summary>
/// <param name="AsOf">The day asked about.</param>
/// <param name="Official">The official level; its <see cref="SellerLevel.EvaluatedOn"/> is the last evaluation day.</param>
/// <param name="Projected">The projected level, evaluated on <paramref name="AsOf"/>.</param>
/// <param name="NextEvaluationOn">The next evaluation day after <paramref name="AsOf"/>, when the projected level can become official.</param>
public sealed record SellerStanding(LocalDate AsOf, SellerLevel Official, SellerLevel Projected, LocalDate NextEvaluationOn)
{
    /// <summary>Gets whether the projected level differs from the official one.</summary>
    public bool Changes => Official.Name != Projected.Name;
}
