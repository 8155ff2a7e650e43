
namespace SellerPolicy.Ledger;

/// <summary>One item line of an order: a SKU, how many, and the price of one unit.</summary>
/// <remarks>Equality compares every property. The quantity is always positive and the unit price never negative.</remarks>
public sealed record OrderLine
{
    private readonly Asin _asin;
    private readonly bool _hasAsin;

    /// <summary>Creates a line.</summary>
    /// <param name="sku">The seller's SKU.</param>
    /// <param name="quantity">Units ordered; must be positive.</param>
    /// <param name="unitPrice">The price of one unit; zero or more.</param>
    /// <param name="asin">The ASIN, when known.</param>
    /// <param name="category">The product category (for returnless rules), when known.</param>
    /// <exception cref="ArgumentException">The quantity is not positive, the unit price is negative, or the SKU or category is blank.</exception>
    public OrderLine(Sku sku, int quantity, Money unitPrice, Asin? asin = null, string? category = null)
    {
        if (FindViolation(sku, quantity, unitPrice, asin, category) is { } violation)
        {
            throw violation.Throw();
        }

        Sku = sku;
        Quantity = quantity;
        UnitPrice = unitPrice;
        if (asin is { } known)
        {
            _asin = known;
            _hasAsin = true;
        }

        Category = category;
    }

    /// <summary>Finds the first rule of the constructor that the values break, without throwing (the constructor's own check).</summary>
    /// <param name="sku">The seller's SKU.</param>
    /// <param name="quantity">Units ordered.</param>
    /// <param name="unitPrice">The price of one unit.</param>
    /// <param name="asin">The ASIN, when known.</param>
    /// <param name="category">The product category, when known.</param>
    /// <returns>The violation (field and rule), or null when the values make a line.</returns>
    public static RuleViolation? FindViolation(Sku sku, int quantity, Money unitPrice, Asin? asin = null, string? category = null)
        => RuleViolation.Required(sku.Value, nameof(sku))
            ?? RuleViolation.Positive(quantity, nameof(quantity))
            ?? (unitPrice.Amount < 0 ? RuleViolation.About(nameof(unitPrice), $"must not be negative, was {unitPrice}", RuleViolationKind.OutOfRange, unitPrice) : null)
            ?? RuleViolation.NotBlank(category, nameof(category));

    /// <summary>Gets the seller's SKU.</summary>
    public Sku Sku { get; }

    /// <summary>Gets the ASIN, when known.</summary>
    public Asin? Asin => _hasAsin ? _asin : null;

    /// <summary>Gets the product category, when known.</summary>
    public string? Category { get; }

    /// <summary>Gets the number of units ordered (positive).</summary>
    public int Quantity { get; }

    /// <summary>Gets the price of one unit.</summary>
    public Money UnitPrice { get; }

    /// <summary>Gets the price of the whole line: unit price times quantity.</summary>
    public Money LineTotal => UnitPrice * Quantity;
}
