using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Walmart;
using SellerPolicy.Metrics;
using static SellerPolicy.Tests.Marketplaces.Walmart.WalmartLedger;

namespace SellerPolicy.Tests.Marketplaces.Walmart;

public sealed class WalmartOnTimeDeliveryRateMetricTests
{
    private static IEnumerable<object> DeliveredLate(Order o) => [o.WithDelivery(o.LatestDeliveryDate, o.LatestDeliveryDate!.Value + NodaTime.Duration.FromDays(2))];

    [Theory]
    [InlineData(90, 10, MetricStatus.Good)] // exactly 90 %: at least the target
    [InlineData(89, 11, MetricStatus.Bad)]
    public void OnTimeDeliveries_AtTheNinetyPercentTarget(int onTime, int late, MetricStatus status)
    {
        MetricResult r = Judge(WalmartMetricIds.OnTimeDeliveryRate, Orders(onTime, late, DeliveredLate));
        Assert.Equal((onTime, 100, status), (r.Numerator, r.Denominator, r.Status));
        Assert.Equal(late, r.OrderIds.Length);
    }
}
