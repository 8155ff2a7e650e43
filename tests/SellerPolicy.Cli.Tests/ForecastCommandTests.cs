using System.Text.Json;

namespace SellerPolicy.Cli.Tests;

public class ForecastCommandTests
{
    [Fact]
    public void Forecast_Sample_Json_GivesABackOnTargetDayForTheBadOdr()
    {
        CliResult result = Cli.Run("forecast", "--sample", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement root = json.RootElement;
        Assert.Contains("average daily orders of the last 30 days continue", root.GetProperty("assumption").GetString(), StringComparison.Ordinal);
        JsonElement odr = root.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == "orderDefectRate.mfn");
        Assert.Equal("BAD", odr.GetProperty("status").GetString());
        string goodFrom = odr.GetProperty("goodFrom").GetString()!;
        Assert.True(string.CompareOrdinal(goodFrom, root.GetProperty("asOf").GetString()) > 0, goodFrom);
        Assert.True(odr.GetProperty("cleanOrdersNeeded").GetInt32() > 0);
        Assert.Equal(0, odr.GetProperty("defectsAbsorbable").GetInt32());
        Assert.Equal(8, root.GetProperty("metrics").GetArrayLength());
    }

    [Fact]
    public void Forecast_NoNewOrders_SaysSoInTheAssumption()
    {
        CliResult result = Cli.Run("forecast", "--sample", "--no-new-orders", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.DoesNotContain("continue", json.RootElement.GetProperty("assumption").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_Table_NamesTheAssumption()
    {
        CliResult result = Cli.Run("forecast", "--sample", "--format", "table");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Assumption:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Back on target", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_NonPositiveHorizon_IsAUsageError()
    {
        Assert.Equal(2, Cli.Run("forecast", "--sample", "--horizon", "0").ExitCode);
    }
}
