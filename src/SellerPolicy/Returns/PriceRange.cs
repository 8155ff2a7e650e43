using System.Globalization;
using SellerPolicy.Ledger;

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
    /// <exception cref="ArgumentException"><paramref name="min"/> is above <paramref name="max"/> (parameter <c>priceRange</c>).</exception>
    public PriceRange(decimal min, decimal max)
    {
        if (FindViolation(min, max) is { } violation)
        {
            throw violation.Throw();
        }

        Min = min;
        Max = max;
    }

    /// <summary>Finds the rule of the constructor that the ends break, without throwing (the constructor's own check).</summary>
    /// <param name="min">The lowest price.</param>
    /// <param name="max">The highest price.</param>
    /// <returns>The violation (field <c>min</c> for a negative minimum, <c>priceRange</c> for a minimum above the maximum), or null.</returns>
    public static RuleViolation? FindViolation(decimal min, decimal max)
        => min < 0 ? new RuleViolation("min", $"priceRange.min must not be negative, was {Num(min)}.", RuleViolationKind.OutOfRange, min)
            : min > max ? new RuleViolation("priceRange", $"priceRange.min ({Num(min)}) must not be above priceRange.max ({Num(max)}).")
            : null;

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
