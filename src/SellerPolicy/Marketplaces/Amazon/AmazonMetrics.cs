using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Marketplaces.Amazon;

/// <summary>Amazon's metric catalog: the eight metrics of the account health dashboard, built from a policy version's numbers.</summary>
public static class AmazonMetrics
{
    /// <summary>Gets the catalog of the default numbers (a <see cref="MarketplacePolicy"/> with nothing overridden).</summary>
    public static MetricCatalog DefaultCatalog { get; } =
        CatalogFor(new MarketplacePolicy { Name = "amazon", EffectiveFrom = new NodaTime.LocalDate(2025, 1, 1) });

    /// <summary>
    /// Returns the catalog of <paramref name="policy"/>'s Amazon numbers, in report order: ODR MFN and AFN, pre-fulfilment
    /// cancellation, late shipment 30 and 10 days, valid tracking, on-time delivery, return dissatisfaction.
    /// </summary>
    /// <param name="policy">The policy version.</param>
    /// <returns>The catalog.</returns>
    public static MetricCatalog CatalogFor(MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        OrderDefectRatePolicy odr = policy.OrderDefectRate;
        return new MetricCatalog(
        [
            new OrderDefectRateMetric(FulfillmentChannel.Mfn, odr),
            new OrderDefectRateMetric(FulfillmentChannel.Afn, odr),
            new PreFulfillmentCancellationRateMetric(policy.PreFulfillmentCancellation),
            new LateShipmentRateMetric(MetricKind.LateShipmentRate, policy.LateShipment),
            new LateShipmentRateMetric(MetricKind.LateShipmentRate10Day, policy.LateShipment10Day),
            new ValidTrackingRateMetric(policy.ValidTracking),
            new OnTimeDeliveryRateMetric(policy.OnTimeDelivery),
            new ReturnDissatisfactionRateMetric(policy.ReturnDissatisfaction, policy.Returns.ResponseTime),
        ]);
    }
}
