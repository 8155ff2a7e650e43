namespace SellerPolicy.Returns;

/// <summary>Who bears the refund of a package lost on its way to the buyer.</summary>
public enum LostPackagePayer
{
    /// <summary>Amazon refunds from its own funds; the seller's metrics are not touched.</summary>
    Amazon,

    /// <summary>The seller refunds (or Amazon forces an A-to-z refund charged to the seller).</summary>
    Seller,
}
