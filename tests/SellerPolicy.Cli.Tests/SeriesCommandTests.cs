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
        Assert.StartsWith("date,metric,numerator,denominator,rate,targetValue,targetCondition,status,windowFrom,windowTo,policy,", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + (31 * 8), lines.Length);
    }

    [Fact]
    public void Series_Csv_HasAColumnPerFurtherCountOfEachMetric_FilledFromTheHealthJson()
    {
        CliResult csv = Cli.Run("series", "--sample", "--from", "2026-10-31", "--to", "2026-10-31", "--format", "csv");
        using JsonDocument health = JsonDocument.Parse(Cli.Run("health", "--sample", "--as-of", "2026-10-31", "--format", "json").Out);

        string[] lines = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] header = lines[0].Split(',');
        string[] mfn = lines.Single(l => l.Split(',')[1] == "orderDefectRate.mfn").Split(',');
        string[] rd = lines.Single(l => l.Split(',')[1] == "returnDissatisfactionRate").Split(',');
        string[] late = lines.Single(l => l.Split(',')[1] == "lateShipmentRate").Split(',');
        JsonElement odr = health.RootElement.GetProperty("orderDefectRate").GetProperty("mfn");
        JsonElement rdJson = health.RootElement.GetProperty("returnDissatisfactionRate");
        foreach (string count in new[] { "claims", "chargebacks", "negativeFeedback" })
        {
            Assert.Equal(odr.GetProperty(count).GetProperty("count").GetInt32().ToString(CultureInfo.InvariantCulture), mfn[Array.IndexOf(header, count)]);
            Assert.Equal(string.Empty, late[Array.IndexOf(header, count)]);
        }

        foreach (string count in new[] { "negativeReturnFeedbackCount", "lateResponseCount", "invalidRejectionCount" })
        {
            Assert.Equal(rdJson.GetProperty(count).GetInt32().ToString(CultureInfo.InvariantCulture), rd[Array.IndexOf(header, count)]);
        }

        Assert.All(lines, l => Assert.Equal(header.Length, l.Split(',').Length));
    }

    [Fact]
    public void Series_Table_SaysBadInWords_NotByColourAlone()
    {
        using JsonDocument days = JsonDocument.Parse(Cli.Run("series", "--sample", "--from", "2026-10-25", "--to", "2026-10-31", "--metric", "orderDefectRate.mfn", "--format", "json").Out);
        JsonElement[] bad = [.. days.RootElement.EnumerateArray().Where(d => d.GetProperty("orderDefectRate.mfn").GetProperty("status").GetString() == "BAD")];

        CliResult table = Cli.Run("series", "--sample", "--from", "2026-10-25", "--to", "2026-10-31", "--metric", "orderDefectRate.mfn", "--format", "table");

        Assert.NotEmpty(bad);
        string[] rows = table.Out.Split('\n');
        foreach (JsonElement day in bad)
        {
            string row = rows.Single(r => r.TrimStart().StartsWith(day.GetProperty("asOf").GetString()!, StringComparison.Ordinal));
            Assert.Contains("BAD", row, StringComparison.Ordinal);
        }

        Assert.Equal(bad.Length, rows.Count(r => r.Contains("BAD", StringComparison.Ordinal) && char.IsDigit(r.TrimStart().FirstOrDefault())));
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
