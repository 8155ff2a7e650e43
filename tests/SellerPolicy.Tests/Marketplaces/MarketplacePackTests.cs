using NodaTime;
using SellerPolicy.Marketplaces;
using SellerPolicy.Marketplaces.Ebay;
using SellerPolicy.Metrics;
using SellerPolicy.Sample;
using SellerPolicy.Tests.Marketplaces.Ebay;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Marketplaces;

public sealed class MarketplacePackTests
{
    /// <summary>
    /// 200 transactions in December (judged on 12 months) with defects from three buyers (Top Rated by the buyer count), and a
    /// fourth buyer's seller cancellation on 21 January (four buyers: Above Standard).
    /// </summary>
    private static AccountHealthEngine SellerWithADefectOnThe21st()
        => AccountHealthEngine.Create(
            new EbayLedger().Clean(196, "2025-12-10").Cancelled("2025-12-11", "a").Cancelled("2025-12-11", "b").Cancelled("2025-12-11", "c")
                .Cancelled("2026-01-15", "d", cancelledOn: "2026-01-21").Build(),
            EbayPolicies.Current);

    [Fact]
    public void StandingOn_DefectOnThe21st_ChangesProjectedAtOnce_OfficialOnlyOnTheNext20th()
    {
        AccountHealthEngine engine = SellerWithADefectOnThe21st();

        SellerStanding before = MarketplacePacks.Ebay.StandingOn(engine, Day("2026-01-20"))!;
        Assert.Equal(("Top Rated", "Top Rated", Day("2026-01-20")), (before.Official.Name, before.Projected.Name, before.Official.EvaluatedOn));

        SellerStanding dayAfter = MarketplacePacks.Ebay.StandingOn(engine, Day("2026-01-21"))!;
        Assert.Equal(("Top Rated", Day("2026-01-20")), (dayAfter.Official.Name, dayAfter.Official.EvaluatedOn));
        Assert.Equal(("Above Standard", Day("2026-01-21")), (dayAfter.Projected.Name, dayAfter.Projected.EvaluatedOn));
        Assert.True(dayAfter.Changes);
        Assert.Equal(Day("2026-02-20"), dayAfter.NextEvaluationOn);

        SellerStanding dayBefore = MarketplacePacks.Ebay.StandingOn(engine, Day("2026-02-19"))!;
        Assert.Equal(("Top Rated", "Above Standard"), (dayBefore.Official.Name, dayBefore.Projected.Name));

        SellerStanding next = MarketplacePacks.Ebay.StandingOn(engine, Day("2026-02-20"))!;
        Assert.Equal(("Above Standard", Day("2026-02-20")), (next.Official.Name, next.Official.EvaluatedOn));
        Assert.False(next.Changes);
    }

    [Fact]
    public void StandingOn_FromATrackersSnapshots_EqualsTheEngines()
    {
        AccountHealthEngine engine = SellerWithADefectOnThe21st();
        Func<LocalDate, AccountHealthSnapshot> snapshots = engine.Snapshot;
        Assert.Equal(MarketplacePacks.Ebay.StandingOn(engine, Day("2026-02-01")), MarketplacePacks.Ebay.StandingOn(snapshots, Day("2026-02-01")));
    }

    [Fact]
    public void StandingOn_PackWithoutLevels_IsNull()
    {
        AccountHealthEngine engine = AccountHealthEngine.Create(new EbayLedger().Clean(3, "2026-01-10").Build(), MarketplacePacks.Amazon.Timeline.Latest);
        Assert.Null(MarketplacePacks.Amazon.StandingOn(engine, Day("2026-02-01")));
        Assert.Null(MarketplacePacks.Walmart.Levels);
    }

    [Fact]
    public void All_HoldsAmazonEbayAndWalmart_EachFoundByNameAndByItsPolicies()
    {
        Assert.Equal(["amazon", "ebay", "walmart"], MarketplacePacks.All.Select(p => p.Name));
        foreach (MarketplacePack pack in MarketplacePacks.All)
        {
            Assert.Same(pack, MarketplacePacks.ForPolicy(pack.Timeline.Latest.Name));
            Assert.True(MarketplacePacks.TryGetTimeline(pack.Name, out var timeline));
            Assert.Same(pack.Timeline, timeline);
        }

        Assert.False(MarketplacePacks.TryGet("etsy", out MarketplacePack? none));
        Assert.Null(none);
    }

    [Theory]
    [InlineData("amazon")]
    [InlineData("ebay")]
    [InlineData("walmart")]
    public void SampleSellerOfEachMarketplace_GetsEveryMetricOfItsPack_WithOrdersCounted(string name)
    {
        Assert.True(MarketplacePacks.TryGet(name, out MarketplacePack? pack));
        SampleLedgerOptions options = SampleLedgerOptions.ForMarketplace(name) with { Orders = 2000 };
        AccountHealthEngine engine = AccountHealthEngine.Create(SampleLedgerGenerator.Generate(options), pack.Timeline.For(options.LastDay));
        AccountHealthSnapshot snapshot = engine.Snapshot(options.LastDay);

        Assert.Equal(pack.Metrics.Select(m => m.Id), snapshot.Metrics.Select(m => m.Id));
        Assert.All(snapshot.Metrics, m => Assert.True(m.Denominator > 0, $"{m.Id} counts no order"));
        SellerStanding? standing = pack.StandingOn(engine, options.LastDay);
        Assert.Equal(pack.Levels is not null, standing is not null);
        if (standing is not null)
        {
            Assert.Equal(pack.Evaluation.LastEvaluationOnOrBefore(options.LastDay), standing.Official.EvaluatedOn);
            Assert.Contains(standing.Projected.Name, pack.Levels!.Names);
        }
    }

    [Fact]
    public void Ebay_EvaluatesOnThe20th_AmazonAndWalmartEveryDay()
    {
        Assert.Equal(EvaluationCalendar.MonthlyOn(20), MarketplacePacks.Ebay.Evaluation);
        Assert.Equal(EvaluationCalendar.EveryDay, MarketplacePacks.Amazon.Evaluation);
        Assert.Equal(EvaluationCalendar.EveryDay, MarketplacePacks.Walmart.Evaluation);
    }
}
