using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Cli.Tests;

public class SparklineTests
{
    [Fact]
    public void Of_SpansTheLowestToTheHighestRate_OneBlockPerDay()
        => Assert.Equal("▁▄█", Sparkline.Of([0.0, 0.03, 0.07]));

    [Fact]
    public void Of_LeavesADayWithoutFigureBlank()
        => Assert.Equal("▁ █", Sparkline.Of([0.5, null, 0.9]));

    [Fact]
    public void Of_AFlatTrend_IsTheLowestBlock()
        => Assert.Equal("▁▁▁", Sparkline.Of([0.2, 0.2, 0.2]));

    [Fact]
    public void Pairs_AveragesTheKnownRatesOfTwoDays()
        => Assert.Equal(new double?[] { 0.2, 0.5, null }, Sparkline.Pairs([0.1, 0.3, null, 0.5, null, null]));

    [Fact]
    public void Trends_HaveSixtyDaysForEveryMetricOfTheCatalog()
    {
        var ledger = SampleLedgers.Load().Ledger;
        var asOf = new LocalDate(2026, 10, 31);
        AccountHealthEngine engine = AccountHealthEngine.Create(ledger, AmazonPolicies.Timeline.For(asOf));

        IReadOnlyDictionary<MetricId, string> trends = Sparkline.Trends(engine, asOf);

        Assert.Equal(engine.Metrics.Select(m => m.Id), trends.Keys.OrderBy(k => engine.Metrics.IndexOf(k)));
        Assert.All(trends.Values, t => Assert.Equal(Sparkline.Days / Sparkline.DaysPerCharacter, t.Length));
        Assert.Contains('█', trends[new MetricId("orderDefectRate.mfn")]);
    }
}
