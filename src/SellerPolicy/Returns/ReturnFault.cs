namespace SellerPolicy.Returns;

/// <summary>Who caused a return, which decides what the buyer gets back.</summary>
public enum ReturnFault
{
    /// <summary>The seller's fault (wrong, damaged, defective, not as described, late): full refund, outbound shipping included, no return-shipping deduction, no restocking fee.</summary>
    Seller,

    /// <summary>The buyer's fault (no longer needed, ordered by mistake, better price): the item price back; return shipping and a restocking fee may be deducted.</summary>
    Buyer,

    /// <summary>The package was lost on its way to the buyer: everything back, shipping included.</summary>
    LostPackage,
}
