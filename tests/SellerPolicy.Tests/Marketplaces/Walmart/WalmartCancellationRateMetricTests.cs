using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Walmart;
using SellerPolicy.Metrics;
using static SellerPolicy.Tests.Marketplaces.Walmart.WalmartLedger;

namespace SellerPolicy.Tests.Marketplaces.Walmart;

public sealed class WalmartCancellationRateMetricTests
{
    private static IEnumerable<object> SellerCancelled(Order o)
        => [o.WithShipment(null, null, null).WithDelivery(o.LatestDeliveryDate, null).WithCancellation(o.PurchasedAt + NodaTime.Duration.FromHours(2), CancelledBy.Seller)];

    [Theory]
    [InlineData(98, 2, MetricStatus.Good)] // exactly 2 %: at most the target
    [InlineData(97, 3, MetricStatus.Bad)]
    public void SellerCancellations_AtTheTwoPercentTarget(int good, int cancelled, MetricStatus status)
    {
        MetricResult r = Judge(WalmartMetricIds.CancellationRate, Orders(good, cancelled, SellerCancelled));
        Assert.Equal((cancelled, 100, status), (r.Numerator, r.Denominator, r.Status));
    }

    [Fact]
    public void BuyerCancellation_DoesNotCount()
    {
        MetricResult r = Judge(WalmartMetricIds.CancellationRate,
            Orders(0, 1, o => [o.WithShipment(null, null, null).WithDelivery(o.LatestDeliveryDate, null).WithCancellation(o.PurchasedAt, CancelledBy.Buyer)]));
        Assert.Equal((0, 1), (r.Numerator, r.Denominator));
    }
}
