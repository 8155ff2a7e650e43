using System.Collections.Immutable;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>Amazon's own account-health figures (report type GET_V2_SELLER_PERFORMANCE_REPORT), one entry per marketplace.</summary>
/// <param name="Marketplaces">The marketplaces of <c>performanceMetrics</c>, in report order.</param>
public sealed record AmazonPerformanceReport(ImmutableArray<AmazonMarketplacePerformance> Marketplaces)
{
    /// <summary>Returns the figures of <paramref name="marketplaceId"/>, or null when the report has none.</summary>
    /// <param name="marketplaceId">The marketplace.</param>
    /// <returns>The figures, or null.</returns>
    public AmazonMarketplacePerformance? Find(MarketplaceId marketplaceId) => Marketplaces.FirstOrDefault(m => m.MarketplaceId == marketplaceId);
}
