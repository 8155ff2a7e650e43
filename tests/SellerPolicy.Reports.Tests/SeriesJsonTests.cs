using System.Text.Json;
using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Reports.Tests;

public class SeriesJsonTests
{
    [Fact]
    public void ALabelHoldingMarkup_CannotCloseTheScriptElement()
    {
        var data = new MetricChartData(new MetricId("m"), "</script>" + TestLedgers.Hostile, MetricTarget.LessThan(0.01), [], null, [], null);

        string json = SeriesJson.Write(data);

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Equal("</script>" + TestLedgers.Hostile, JsonDocument.Parse(json).RootElement.GetProperty("label").GetString());
    }

    [Fact]
    public void TheJson_HoldsEveryDayAndTheForecast()
    {
        var day = new LocalDate(2026, 1, 2);
        var data = new MetricChartData(new MetricId("m"), "M", MetricTarget.GreaterThan(0.9),
            [new MetricDay(day, 9, 10, 0.9, MetricStatus.Bad)], day, [new MetricDay(day.PlusDays(1), 19, 20, 0.95, MetricStatus.Good)], day.PlusDays(1));

        JsonElement root = JsonDocument.Parse(SeriesJson.Write(data)).RootElement;

        Assert.Equal("greaterThan", root.GetProperty("target").GetProperty("condition").GetString());
        Assert.Equal("2026-01-02", root.GetProperty("days")[0].GetProperty("date").GetString());
        Assert.Equal("BAD", root.GetProperty("days")[0].GetProperty("status").GetString());
        Assert.Equal(19, root.GetProperty("forecast")[0].GetProperty("numerator").GetInt32());
        Assert.Equal("2026-01-03", root.GetProperty("goodFrom").GetString());
    }
}
