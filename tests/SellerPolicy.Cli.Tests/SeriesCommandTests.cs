using System.Globalization;
using System.Text.Json;

namespace SellerPolicy.Cli.Tests;

public class SeriesCommandTests
{
    [Fact]
    public void Series_Csv_HasOneRowPerDayAndMetric()
    {
        CliResult result = Cli.Run("series", "--sample", "--from", "2026-10-01", "--to", "2026-10-31", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,metric,numerator,denominator,rate,targetValue,targetCondition,status,windowFrom,windowTo,policy", lines[0]);
        Assert.Equal(1 + (31 * 8), lines.Length);
    }

    [Fact]
    public void Series_EachDay_EqualsHealthAsOfThatDay()
    {
        CliResult series = Cli.Run("series", "--sample", "--from", "2026-09-25", "--to", "2026-10-05", "--metric", "orderDefectRate.mfn", "--format", "json");

        Assert.Equal(0, series.ExitCode);
        using JsonDocument days = JsonDocument.Parse(series.Out);
        foreach (JsonElement day in days.RootElement.EnumerateArray().Where((_, i) => i % 5 == 0))
        {
            string asOf = day.GetProperty("asOf").GetString()!;
            using JsonDocument health = JsonDocument.Parse(Cli.Run("health", "--sample", "--as-of", asOf, "--format", "json").Out);
            JsonElement expected = health.RootElement.GetProperty("orderDefectRate").GetProperty("mfn");
            JsonElement actual = day.GetProperty("orderDefectRate.mfn");
            Assert.Equal(expected.GetProperty("orderCount").GetInt32(), actual.GetProperty("denominator").GetInt32());
            Assert.Equal(expected.GetProperty("orderWithDefects").GetProperty("count").GetInt32(), actual.GetProperty("numerator").GetInt32());
            Assert.Equal(expected.GetProperty("status").GetString(), actual.GetProperty("status").GetString());
        }
    }

    [Fact]
    public void Series_UnknownMetric_IsAUsageError()
    {
        CliResult result = Cli.Run("series", "--sample", "--from", "2026-10-01", "--to", "2026-10-02", "--metric", "odr");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--metric must be one of orderDefectRate.mfn", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_FromAfterTo_IsAUsageError()
    {
        CliResult result = Cli.Run("series", "--sample", "--from", "2026-10-02", "--to", "2026-10-01");

        Assert.Equal(2, result.ExitCode);
    }
}
