using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Walmart;
using SellerPolicy.Metrics;
using static SellerPolicy.Tests.Marketplaces.Walmart.WalmartLedger;

namespace SellerPolicy.Tests.Marketplaces.Walmart;

public sealed class WalmartNegativeFeedbackRateMetricTests
{
    private static Func<Order, IEnumerable<object>> Rated(int stars)
        => o => [o, new Feedback(o.OrderId, o.DeliveredAt!.Value + Duration.FromDays(1), stars)];

    [Theory]
    [InlineData(98, 2, MetricStatus.Good)] // exactly 2 %: at most the target
    [InlineData(97, 3, MetricStatus.Bad)]
    public void OneAndTwoStarRatings_AtTheTwoPercentTarget(int good, int negative, MetricStatus status)
    {
        MetricResult r = Judge(WalmartMetricIds.NegativeFeedbackRate, Orders(good, negative, Rated(negative % 2 + 1)));
        Assert.Equal((negative, 100, status), (r.Numerator, r.Denominator, r.Status));
    }

    [Fact]
    public void ThreeStars_AreNotNegative()
        => Assert.Equal(0, Judge(WalmartMetricIds.NegativeFeedbackRate, Orders(0, 5, Rated(3))).Numerator);

    [Fact]
    public void Window_IsSixtyDaysOfPurchases()
        => Assert.Equal(60, WalmartPolicies.Current.Metrics[WalmartMetricIds.NegativeFeedbackRate].WindowOf(AsOf).Days);
}
