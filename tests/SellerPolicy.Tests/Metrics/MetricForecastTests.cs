using NodaTime;
using SellerPolicy.Metrics;

namespace SellerPolicy.Tests.Metrics;

public sealed class MetricForecastTests
{
    [Fact]
    public void ToString_OfAnotherMarketplacesMetric_PrintsItsMembersWithoutThrowing()
    {
        var forecast = new MetricForecast(new MetricId("transactionDefectRate"), MetricStatus.Bad, 0.025, new LocalDate(2026, 3, 1), 0, 12);

        string text = forecast.ToString();

        Assert.Equal(
            "MetricForecast { Id = transactionDefectRate, CurrentStatus = Bad, CurrentRate = 0.025, GoodFrom = 2026-03-01, DefectsAbsorbable = 0, CleanOrdersNeeded = 12 }",
            text);
        Assert.Throws<InvalidOperationException>(() => forecast.Kind);
    }
}
