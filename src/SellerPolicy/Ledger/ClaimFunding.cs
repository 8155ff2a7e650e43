namespace SellerPolicy.Ledger;

/// <summary>Who paid for a claim, a fact separate from whether the claim counts toward ODR.</summary>
public enum ClaimFunding
{
    /// <summary>Nobody has paid (pending, denied or withdrawn).</summary>
    None,

    /// <summary>The seller paid (a seller-funded grant, or the seller refunded or cancelled).</summary>
    Seller,

    /// <summary>Amazon paid (an Amazon-funded grant or Buy Shipping protection).</summary>
    Amazon,
}
