namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>An eBay seller's performance level under the seller standards, best first.</summary>
public enum EbaySellerLevel
{
    /// <summary>Top Rated: meets every Top Rated requirement (lowest defect, case and late shipment figures).</summary>
    TopRated,

    /// <summary>Above Standard: meets the minimum standards but not every Top Rated requirement.</summary>
    AboveStandard,

    /// <summary>Below Standard: misses a minimum standard (transaction defects or cases closed without seller resolution).</summary>
    BelowStandard,
}
