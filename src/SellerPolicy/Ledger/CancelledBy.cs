namespace SellerPolicy.Ledger;

/// <summary>Who cancelled an order. Only seller and system cancellations count against the seller.</summary>
public enum CancelledBy
{
    /// <summary>The buyer asked through Amazon's cancel option; never counts against the seller.</summary>
    Buyer,

    /// <summary>The seller cancelled.</summary>
    Seller,

    /// <summary>Cancelled automatically, for example because the seller never confirmed the order.</summary>
    System,
}
