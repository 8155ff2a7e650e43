namespace SellerPolicy.Policies;

/// <summary>What the return window is counted from.</summary>
public enum ReturnWindowBasis
{
    /// <summary>From the delivered scan (default); the latest estimated delivery date when there is none.</summary>
    Delivery,

    /// <summary>From the latest estimated delivery date (a US seller page's reading).</summary>
    EstimatedDelivery,
}
