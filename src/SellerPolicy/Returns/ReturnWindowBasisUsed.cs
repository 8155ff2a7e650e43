namespace SellerPolicy.Returns;

/// <summary>Which fact of an order a return window was actually counted from.</summary>
public enum ReturnWindowBasisUsed
{
    /// <summary>The delivered scan.</summary>
    DeliveredAt,

    /// <summary>The latest estimated delivery date (by policy, or because there was no delivered scan).</summary>
    LatestDeliveryDate,
}
