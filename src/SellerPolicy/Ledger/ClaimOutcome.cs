namespace SellerPolicy.Ledger;

/// <summary>How Amazon decided an A-to-z Guarantee claim. Who paid and whether it counts toward ODR are separate facts; see <see cref="SellerPolicy.Claims.ClaimOdrRule"/>.</summary>
public enum ClaimOutcome
{
    /// <summary>Granted, and the seller was at fault: the seller pays and the claim counts.</summary>
    GrantedSellerFunded,

    /// <summary>Granted, but Amazon found the seller not at fault: Amazon pays and the claim does not count.</summary>
    GrantedAmazonFunded,

    /// <summary>The seller refunded the buyer after the claim was filed: counts.</summary>
    SellerRefunded,

    /// <summary>The seller or Amazon cancelled the order: counts.</summary>
    OrderCancelled,

    /// <summary>Denied: does not count.</summary>
    Denied,

    /// <summary>Withdrawn by the buyer: does not count.</summary>
    Withdrawn,

    /// <summary>Covered by Buy Shipping claims protection: Amazon pays and the claim does not count.</summary>
    BuyShippingProtected,
}
