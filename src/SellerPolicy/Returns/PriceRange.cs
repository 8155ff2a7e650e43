using System.Globalization;

namespace SellerPolicy.Returns;

/// <summary>A range of unit prices <c>[Min, Max]</c> in a rule set's currency; both ends included.</summary>
/// <remarks>
/// The constructor checks that the minimum is not negative and not above the maximum (a rules file reader reports either
/// as a problem located at the rule). Two ranges that share one price, such as <c>[0, 10]</c> and <c>[10, 20]</c>,
/// intersect; <c>[0, 10]</c> and <c>[10.01, 20]</c> only touch. The default value is <c>[0, 0]</c>.
/// </remarks>
public readonly record struct PriceRange
{
    /// <summary>Creates the range <c>[min, max]</c>.</summary>
    /// <param name="min">The lowest price, included; not negative.</param>
    /// <param name="max">The highest price, included; not below <paramref name="min"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="min"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="min"/> is above <paramref name="max"/>.</exception>
    public PriceRange(decimal min, decimal max)
    {
        if (min < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(min), $"priceRange.min must not be negative, was {Num(min)}.");
        }

        if (min > max)
        {
            throw new ArgumentException($"priceRange.min ({Num(min)}) must not be above priceRange.max ({Num(max)}).", nameof(min));
        }

        Min = min;
        Max = max;
    }

    /// <summary>Gets the lowest price, included.</summary>
    public decimal Min { get; }

    /// <summary>Gets the highest price, included.</summary>
    public decimal Max { get; }

    /// <summary>Deconstructs the range into its ends.</summary>
    /// <param name="min">The lowest price.</param>
    /// <param name="max">The highest price.</param>
    public void Deconstruct(out decimal min, out decimal max) => (min, max) = (Min, Max);

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

    private static string Num(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
