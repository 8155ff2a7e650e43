using SellerPolicy.Metrics;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>The ids of eBay's seller-standards metrics (unique within the eBay pack's catalog).</summary>
public static class EbayMetricIds
{
    /// <summary>Gets <c>transactionDefectRate</c>.</summary>
    public static MetricId TransactionDefectRate { get; } = new("transactionDefectRate");

    /// <summary>Gets <c>casesClosedWithoutSellerResolution</c>.</summary>
    public static MetricId CasesClosedWithoutSellerResolution { get; } = new("casesClosedWithoutSellerResolution");

    /// <summary>Gets <c>lateShipmentRate</c>.</summary>
    public static MetricId LateShipmentRate { get; } = new("lateShipmentRate");
}
