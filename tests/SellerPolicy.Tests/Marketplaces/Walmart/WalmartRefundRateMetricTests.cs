using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Walmart;
using SellerPolicy.Metrics;
using static SellerPolicy.Tests.Marketplaces.Walmart.WalmartLedger;

namespace SellerPolicy.Tests.Marketplaces.Walmart;

public sealed class WalmartRefundRateMetricTests
{
    private static IEnumerable<object> Refunded(Order o)
    {
        Instant requested = o.DeliveredAt!.Value + Duration.FromDays(1);
        return [o, new ReturnRequest(new ReturnId("R-" + o.OrderId.Value), o.OrderId, new Sku("SKU-1"), 1, requested, "DEFECTIVE", ReturnStatus.Refunded,
            refundedAt: requested + Duration.FromDays(1), refundAmount: new Money(10m, "USD"))];
    }

    [Theory]
    [InlineData(95, 5, MetricStatus.Good)]
    [InlineData(94, 6, MetricStatus.Bad)] // exactly 6 %: the target is strictly less than
    public void Refunds_AtTheSixPercentTarget(int kept, int refunded, MetricStatus status)
    {
        MetricResult r = Judge(WalmartMetricIds.RefundRate, Orders(kept, refunded, Refunded));
        Assert.Equal((refunded, 100, status), (r.Numerator, r.Denominator, r.Status));
    }
}
