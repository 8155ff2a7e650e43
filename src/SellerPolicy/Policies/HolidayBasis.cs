namespace SellerPolicy.Policies;

/// <summary>Which date of an order a holiday return extension looks at.</summary>
public enum HolidayBasis
{
    /// <summary>The purchase date.</summary>
    Ordered,

    /// <summary>The ship-confirm date.</summary>
    Shipped,

    /// <summary>The delivery date.</summary>
    Delivered,
}
