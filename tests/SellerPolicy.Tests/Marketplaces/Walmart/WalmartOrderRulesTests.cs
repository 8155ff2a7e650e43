using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Walmart;
using SellerPolicy.Metrics;
using SellerPolicy.Time;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Marketplaces.Walmart;

public sealed class WalmartOrderRulesTests
{
    private static readonly ReportingCalendar Utc = ReportingCalendar.Utc;
    private static readonly HashSet<CancelledBy> SellerOrSystem = [CancelledBy.Seller, CancelledBy.System];

    private static readonly ContributionSink Sink = new(Utc, 16);

    private static int D(string iso) => DayNumber.Of(Day(iso));

    [Fact]
    public void CancelledFrom_SellerCancelledBeforeShipping_IsTheCancellationDay()
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", cancelled: "2026-01-11T10:00:00Z", by: CancelledBy.Seller);
        Assert.Equal(D("2026-01-11"), WalmartOrderRules.CancelledFrom(OrderEvidence.Of(order), Sink, SellerOrSystem));
    }

    [Fact]
    public void CancelledFrom_BuyerCancelled_Never()
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", cancelled: "2026-01-11T10:00:00Z", by: CancelledBy.Buyer);
        Assert.Equal(DayNumber.Never, WalmartOrderRules.CancelledFrom(OrderEvidence.Of(order), Sink, SellerOrSystem));
    }

    [Fact]
    public void CancelledBeforeShipmentFrom_CancelledAfterShipping_Never()
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", shipped: "2026-01-10T12:00:00Z", cancelled: "2026-01-11T10:00:00Z", by: CancelledBy.Seller);
        Assert.Equal(DayNumber.Never, WalmartOrderRules.CancelledBeforeShipmentFrom(OrderEvidence.Of(order), Sink));
    }

    [Theory]
    [InlineData("2026-01-16T23:59:59Z", true)]
    [InlineData("2026-01-17T00:00:00Z", false)]
    public void DeliveredOnTime_AtOrBeforeTheEstimate(string delivered, bool onTime)
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", shipped: "2026-01-11T10:00:00Z", latestDelivery: "2026-01-16T23:59:59Z", delivered: delivered);
        Assert.Equal(onTime, WalmartOrderRules.DeliveredOnTime(OrderEvidence.Of(order)));
    }

    [Fact]
    public void ValidTrackingFrom_TrackingIdWithoutScan_Never()
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", shipped: "2026-01-11T10:00:00Z", tracking: "T");
        Assert.Equal(DayNumber.Never, WalmartOrderRules.ValidTrackingFrom(OrderEvidence.Of(order), Sink));
    }

    [Fact]
    public void ValidTrackingFrom_TrackingIdAndScan_IsTheScanDay()
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", shipped: "2026-01-11T10:00:00Z", tracking: "T", scan: "2026-01-12T10:00:00Z");
        Assert.Equal(D("2026-01-12"), WalmartOrderRules.ValidTrackingFrom(OrderEvidence.Of(order), Sink));
    }

    [Fact]
    public void RefundedFrom_SeveralRefunds_IsTheFirstRefundDay()
    {
        ReturnRequest unrefunded = Return("r3", "o1", "2026-01-12T10:00:00Z");
        ReturnRequest[] returns =
        [
            Refunded("r1", "2026-01-12T10:00:00Z", "2026-01-20T10:00:00Z"),
            Refunded("r2", "2026-01-12T10:00:00Z", "2026-01-15T10:00:00Z"),
            unrefunded,
        ];
        Assert.Equal(D("2026-01-15"), WalmartOrderRules.RefundedFrom(returns, Sink));
    }

    [Fact]
    public void RefundedFrom_NoRefund_Never()
        => Assert.Equal(DayNumber.Never, WalmartOrderRules.RefundedFrom([Return("r1", "o1", "2026-01-12T10:00:00Z")], Sink));

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void NegativeSpan_OneAndTwoStars_AreNegative(int rating, bool negative)
        => Assert.Equal(negative, WalmartOrderRules.NegativeSpan(Feedback("o1", "2026-01-15T10:00:00Z", rating), 2) is not null);

    [Fact]
    public void NegativeSpan_Removed_EndsAtTheRemoval()
        => Assert.Equal(
            new KnownSpan(T("2026-01-15T10:00:00Z"), T("2026-01-18T10:00:00Z")),
            WalmartOrderRules.NegativeSpan(Feedback("o1", "2026-01-15T10:00:00Z", 1, "2026-01-18T10:00:00Z"), 2));

    private static ReturnRequest Refunded(string id, string requestedAt, string refundedAt)
        => new(new ReturnId(id), new OrderId("o1"), new Sku("SKU-1"), 1, T(requestedAt), "DEFECTIVE",
            status: ReturnStatus.Refunded, respondedAt: T(requestedAt), refundedAt: T(refundedAt), refundAmount: new Money(10m, "USD"));
}
