using System.Globalization;

namespace SellerPolicy.Returns;

/// <summary>A range of unit prices <c>[Min, Max]</c> in a rule set's currency; both ends included.</summary>
/// <remarks>
/// Plain data: <see cref="ReturnlessRuleSet.Validate"/> reports a negative minimum or a minimum above the maximum
/// (a file reader wants every problem at once, not the first exception). Two ranges that share one price, such as
/// <c>[0, 10]</c> and <c>[10, 20]</c>, intersect; <c>[0, 10]</c> and <c>[10.01, 20]</c> only touch.
/// </remarks>
/// <param name="Min">The lowest price, included.</param>
/// <param name="Max">The highest price, included.</param>
public readonly record struct PriceRange(decimal Min, decimal Max)
{
    /// <summary>Returns whether <paramref name="price"/> lies in the range (both ends included).</summary>
    /// <param name="price">The unit price.</param>
    /// <returns>True when <c>Min ≤ price ≤ Max</c>.</returns>
    public bool Contains(decimal price) => price >= Min && price <= Max;

    /// <summary>Returns whether the two ranges share at least one price.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True when <c>Min ≤ other.Max</c> and <c>other.Min ≤ Max</c>.</returns>
    public bool Intersects(PriceRange other) => Min <= other.Max && other.Min <= Max;

    /// <summary>Formats as <c>[0, 15]</c> (invariant culture).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Min}, {Max}]");
}
