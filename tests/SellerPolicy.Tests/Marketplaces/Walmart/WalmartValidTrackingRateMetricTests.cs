using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Walmart;
using SellerPolicy.Metrics;
using static SellerPolicy.Tests.Marketplaces.Walmart.WalmartLedger;

namespace SellerPolicy.Tests.Marketplaces.Walmart;

public sealed class WalmartValidTrackingRateMetricTests
{
    private static IEnumerable<object> NeverScanned(Order o) => [o.WithShipment(o.ShippedAt, o.TrackingId, null).WithDelivery(o.LatestDeliveryDate, null)];

    [Theory]
    [InlineData(99, 1, MetricStatus.Good)] // exactly 99 %: at least the target
    [InlineData(98, 2, MetricStatus.Bad)]
    public void ValidTracking_AtTheNinetyNinePercentTarget(int valid, int unscanned, MetricStatus status)
    {
        MetricResult r = Judge(WalmartMetricIds.ValidTrackingRate, Orders(valid, unscanned, NeverScanned));
        Assert.Equal((valid, 100, status), (r.Numerator, r.Denominator, r.Status));
    }
}
