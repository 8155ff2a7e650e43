using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Reports.Tests;

public class MetricChartDataTests
{
    private static readonly LocalDate AsOf = new(2026, 10, 31);
    private static readonly MarketplacePolicy Policy = TestLedgers.Amazon.For(AsOf);

    [Fact]
    public void From_TakesEveryDayOfTheSeries_AsTheEngineJudgesIt()
    {
        var range = new DayWindow(AsOf.PlusDays(-29), AsOf);
        AccountHealthEngine engine = AccountHealthEngine.Create(TestLedgers.Sample, Policy);

        foreach (Metric metric in Policy.Metrics)
        {
            MetricChartData data = MetricChartData.From(engine.Series(range), metric.Id, AsOf);

            Assert.Equal(range.Days, data.Days.Length);
            Assert.Equal(metric.Label, data.Label);
            Assert.Equal(metric.Target, data.Target);
            MetricResult last = engine.Snapshot(AsOf)[metric.Id];
            Assert.Equal(MetricDay.Of(AsOf, last), data.Days[^1]);
        }
    }

    [Fact]
    public void From_ContinuesABadMetricWithTheForecast_UpToTheDayItIsGoodAgain()
    {
        AccountHealthSeries series = AccountHealthEngine.Create(TestLedgers.Sample, Policy).Series(new DayWindow(AsOf.PlusDays(-9), AsOf));
        AccountHealthForecast forecast = AccountHealth.Forecast(TestLedgers.Sample, AsOf, Policy);
        MetricForecast bad = forecast.Metrics.First(m => m.CurrentStatus == MetricStatus.Bad && m.GoodFrom is not null);

        MetricChartData data = MetricChartData.From(series, bad.Id, AsOf, forecast);

        Assert.Equal(bad.GoodFrom, data.GoodFrom);
        Assert.Equal(AsOf.PlusDays(1), data.Forecast[0].Date);
        Assert.Equal(bad.GoodFrom, data.Forecast[^1].Date);
        Assert.Equal(MetricStatus.Good, data.Forecast[^1].Status);
        Assert.All(data.Forecast.SkipLast(1), d => Assert.NotEqual(MetricStatus.Good, d.Status));
    }

    [Fact]
    public void From_DrawsNoForecast_ForAMetricThatIsNotBad()
    {
        AccountHealthSeries series = AccountHealthEngine.Create(TestLedgers.Sample, Policy).Series(new DayWindow(AsOf.PlusDays(-9), AsOf));
        AccountHealthForecast forecast = AccountHealth.Forecast(TestLedgers.Sample, AsOf, Policy);
        MetricForecast good = forecast.Metrics.First(m => m.CurrentStatus == MetricStatus.Good);

        MetricChartData data = MetricChartData.From(series, good.Id, AsOf, forecast);

        Assert.Empty(data.Forecast);
        Assert.Null(data.GoodFrom);
    }

    [Fact]
    public void From_RefusesAnIdTheCatalogDoesNotHave_NamingTheIdsItHas()
    {
        AccountHealthSeries series = AccountHealthEngine.Create(TestLedgers.Sample, Policy).Series(new DayWindow(AsOf, AsOf));

        var error = Assert.Throws<KeyNotFoundException>(() => MetricChartData.From(series, new MetricId("nope")));

        Assert.Contains("orderDefectRate.mfn", error.Message, StringComparison.Ordinal);
    }
}
