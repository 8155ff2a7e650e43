using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Reports.Tests;

public class HurtingOrdersTests
{
    private static readonly LocalDate AsOf = new(2026, 10, 31);
    private static readonly MarketplacePolicy Policy = TestLedgers.Amazon.For(AsOf);

    [Fact]
    public void EachHurtingOrder_StopsCountingOnTheFirstDayTheEngineNoLongerListsIt()
    {
        AccountHealthEngine engine = AccountHealthEngine.Create(TestLedgers.Sample, Policy);
        MetricResult bad = engine.Snapshot(AsOf).Metrics.First(m => m.Status == MetricStatus.Bad);

        var explained = HurtingOrders.Explain(TestLedgers.Sample, Policy, bad, AsOf, 25);

        Assert.Equal(Math.Min(25, bad.OrderIds.Length), explained.Length);
        foreach (HurtingOrder order in explained)
        {
            LocalDate stops = Assert.NotNull(order.StopsCountingOn);
            Assert.DoesNotContain(order.OrderId, engine.Snapshot(stops)[bad.Id].OrderIds);
            for (LocalDate day = AsOf; day < stops; day = day.PlusDays(1))
            {
                Assert.Contains(order.OrderId, engine.Snapshot(day)[bad.Id].OrderIds);
            }

            Assert.NotEmpty(order.Why);
            Assert.NotEmpty(order.Skus);
        }
    }

    [Fact]
    public void Why_NamesTheDefectsTheOrderCountsIn()
    {
        SellerLedger ledger = TestLedgers.WithHostileStrings();
        MarketplacePolicy policy = TestLedgers.Amazon.For(TestLedgers.AsOf);
        MetricResult odr = AccountHealth.Snapshot(ledger, TestLedgers.AsOf, policy)[new MetricId("orderDefectRate.mfn")];

        HurtingOrder order = Assert.Single(HurtingOrders.Explain(ledger, policy, odr, TestLedgers.AsOf, 10));

        Assert.Equal(["negative feedback"], order.Why.ToArray());
        Assert.Equal(["Comment-" + TestLedgers.Hostile], order.BuyerReasons.ToArray());
        Assert.Equal(["SKU-" + TestLedgers.Hostile + " (Category-" + TestLedgers.Hostile + ")"], order.Skus.ToArray());
    }

    [Theory]
    [InlineData("negativeFeedback", "negative feedback")]
    [InlineData("withoutValidTracking", "without valid tracking")]
    [InlineData("claims", "claims")]
    public void Words_SpellsASlotNameInWords(string name, string words) => Assert.Equal(words, HurtingOrders.Words(name));
}
