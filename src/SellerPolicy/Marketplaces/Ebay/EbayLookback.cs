namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>
/// Which evaluation period an eBay evaluation looks at: the short one (3 months) for a seller with enough transactions in
/// it, else the long one (12 months).
/// </summary>
public enum EbayLookback
{
    /// <summary>The last 3 months (<see cref="EbaySellerStandards.ShortLookbackDays"/>), chosen with 400+ transactions in them.</summary>
    ThreeMonths,

    /// <summary>The last 12 months (<see cref="EbaySellerStandards.LongLookbackDays"/>), chosen otherwise.</summary>
    TwelveMonths,
}
