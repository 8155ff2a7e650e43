using SellerPolicy.Internal;

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
        if (sku.Value.Length == 0)
        {
            throw new ArgumentException("sku is required.", nameof(sku));
        }

        Sku = sku;
        Quantity = Preconditions.CheckPositive(quantity, nameof(quantity));
        UnitPrice = unitPrice.Amount >= 0 ? unitPrice
            : throw new ArgumentOutOfRangeException(nameof(unitPrice), $"unitPrice must not be negative, was {unitPrice}.");
        if (asin is { } known)
        {
            _asin = known;
            _hasAsin = true;
        }

        Category = category is null ? null : Preconditions.CheckNotBlank(category, nameof(category));
    }

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
