namespace SellerPolicy.Policies;

/// <summary>What the A-to-z claim window's closing is counted from.</summary>
public enum ClaimWindowBasis
{
    /// <summary>From the latest estimated delivery date (current rule).</summary>
    LatestDeliveryDate,

    /// <summary>From the order (purchase) date (legacy rule).</summary>
    PurchaseDate,
}
