using System.Globalization;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>How one requirement of one level fared: the figures, the limits and whether it is met.</summary>
/// <param name="Level">The level the requirement belongs to.</param>
/// <param name="Requirement">The requirement.</param>
/// <param name="Rate">The rate compared (0 for <see cref="EbayRequirement.MinimumTransactions"/>).</param>
/// <param name="Count">The count compared (buyers, cases, late shipments or transactions).</param>
/// <param name="MaxRate">The rate limit (at most; 0 for <see cref="EbayRequirement.MinimumTransactions"/>).</param>
/// <param name="CountLimit">The count alternative (at most), or the minimum for <see cref="EbayRequirement.MinimumTransactions"/>.</param>
/// <param name="Met">Whether the requirement holds: rate ≤ max or count ≤ alternative; count ≥ minimum for the minimum.</param>
public sealed record EbayRequirementCheck(
    EbaySellerLevel Level, EbayRequirement Requirement, double Rate, int Count, double MaxRate, int CountLimit, bool Met)
{
    /// <summary>Returns e.g. <c>TopRated TransactionDefectRate 0.60% (≤ 0.5%) or 4 (≤ 3): not met</c>.</summary>
    /// <returns>The check in words.</returns>
    public override string ToString()
        => Requirement == EbayRequirement.MinimumTransactions
            ? string.Create(CultureInfo.InvariantCulture, $"{Level} {Requirement} {Count} (≥ {CountLimit}): {(Met ? "met" : "not met")}")
            : string.Create(CultureInfo.InvariantCulture, $"{Level} {Requirement} {Rate * 100:0.00}% (≤ {MaxRate * 100:0.##}%) or {Count} (≤ {CountLimit}): {(Met ? "met" : "not met")}");
}
