using System.Text.Json;

namespace SellerPolicy.Cli.Tests;

/// <summary>reconcile on Amazon's performance report as shipped; exit 1 on a report it cannot match; ODR differences broken down.</summary>
public class ReconcileCommandTests
{
    private static string Sample(string name) => Path.Combine(Root(), "tests", "SellerPolicy.Ingestion.Tests", "TestData", "amazon", name);

    private static readonly string Ledger = ImportSamples();

    [Fact]
    public void TheShippedLayout_IsCompared_WithTheOdrBrokenDownByClaimsFeedbackAndChargebacks()
    {
        CliResult result = Cli.Run("reconcile", "--ledger", Ledger, "--amazon-report", Sample("layouts/performance-report-v2.json"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("ATVPDKIKX0DER", json.RootElement.GetProperty("marketplaceId").GetString());
        JsonElement odr = json.RootElement.GetProperty("metrics")[0];
        Assert.Equal("orderDefectRate.mfn", odr.GetProperty("metric").GetString());
        Assert.Equal("2026-02-28", odr.GetProperty("amazon").GetProperty("to").GetString());
        JsonElement[] defects = [.. odr.GetProperty("defects").EnumerateArray()];
        Assert.Equal(["claims", "negativeFeedback", "chargebacks"], defects.Select(d => d.GetProperty("component").GetString()));
        Assert.Equal([3, 0, 1], defects.Select(d => d.GetProperty("amazon").GetInt32()));
        Assert.All(defects, d => Assert.Equal(d.GetProperty("ours").GetInt32() - d.GetProperty("amazon").GetInt32(), d.GetProperty("difference").GetInt32()));
    }

    [Fact]
    public void AMarketplaceTheReportDoesNotState_IsBadInput_NamingWhatItHas()
    {
        CliResult result = Cli.Run("reconcile", "--ledger", Ledger, "--amazon-report", Sample("performance-report-example.json"), "--marketplace", "Amazon.de");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the report has no marketplace 'Amazon.de'; it has ATVPDKIKX0DER", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AReportWithoutPerformanceMetrics_IsBadInput()
    {
        string report = Cli.TempFile("empty-report.json", "{}");

        CliResult result = Cli.Run("reconcile", "--ledger", Ledger, "--amazon-report", report);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot be read as an Amazon performance report", result.Error, StringComparison.Ordinal);
    }

    private static string ImportSamples()
    {
        string ledger = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x.txt"))!, "ledger.jsonl");
        CliResult import = Cli.Run("import", "--orders", Sample("orders-2026-01.txt"), "--orders", Sample("orders-2026-02-by-last-update.txt"),
            "--returns", Sample("returns.txt"), "--feedback", Sample("feedback.txt"), "--claims", Sample("claims.csv"),
            "--shipments", Sample("shipments.csv"), "--out", ledger, "--format", "json");
        Assert.Equal(0, import.ExitCode);
        return ledger;
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "tests", "SellerPolicy.Ingestion.Tests")))
        {
            directory = directory.Parent;
        }

        return directory!.FullName;
    }
}
