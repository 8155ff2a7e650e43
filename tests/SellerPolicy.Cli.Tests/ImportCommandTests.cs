using System.Text.Json;

namespace SellerPolicy.Cli.Tests;

public class ImportCommandTests
{
    private static string Sample(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "tests", "SellerPolicy.Ingestion.Tests")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "tests", "SellerPolicy.Ingestion.Tests", "TestData", "amazon", name);
    }

    private static string OutPath() => Path.Combine(Path.GetTempPath(), "sellerpolicy-tests", Guid.NewGuid().ToString("N"), "ledger.jsonl")
        .Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!));

    [Fact]
    public void Import_SampleFiles_WritesALedgerThatTheOtherCommandsRead()
    {
        string ledger = OutPath();

        CliResult import = Cli.Run("import", "--orders", Sample("orders-2026-01.txt"), "--orders", Sample("orders-2026-02-by-last-update.txt"),
            "--returns", Sample("returns.txt"), "--feedback", Sample("feedback.txt"), "--claims", Sample("claims.csv"),
            "--shipments", Sample("shipments.csv"), "--out", ledger, "--format", "json");

        Assert.Equal(0, import.ExitCode);
        using JsonDocument summary = JsonDocument.Parse(import.Out);
        Assert.Equal(25, summary.RootElement.GetProperty("orders").GetInt32());
        Assert.Equal(0, summary.RootElement.GetProperty("problems").GetInt32());
        CliResult validate = Cli.Run("validate", "--ledger", ledger, "--format", "json");
        Assert.Equal(0, validate.ExitCode);
        using JsonDocument counts = JsonDocument.Parse(validate.Out);
        Assert.Equal(25, counts.RootElement.GetProperty("orders").GetInt32());
        Assert.Equal(3, counts.RootElement.GetProperty("claims").GetInt32());
    }

    [Fact]
    public void Import_ThenHealthAndReconcile_WorkEndToEnd()
    {
        string ledger = OutPath();
        Assert.Equal(0, Cli.Run("import", "--orders", Sample("orders-2026-01.txt"), "--orders", Sample("orders-2026-02-by-last-update.txt"),
            "--returns", Sample("returns.txt"), "--feedback", Sample("feedback.txt"), "--claims", Sample("claims.csv"),
            "--shipments", Sample("shipments.csv"), "--out", ledger, "--format", "json").ExitCode);

        CliResult health = Cli.Run("health", "--ledger", ledger, "--format", "json");
        Assert.Equal(0, health.ExitCode);
        using JsonDocument snapshot = JsonDocument.Parse(health.Out);
        Assert.Equal("2026-02-28", snapshot.RootElement.GetProperty("asOf").GetString());
        Assert.Equal(17, snapshot.RootElement.GetProperty("orderDefectRate").GetProperty("mfn").GetProperty("orderCount").GetInt32());

        CliResult reconcile = Cli.Run("reconcile", "--ledger", ledger, "--amazon-report", Sample("performance-report-example.json"), "--format", "json");
        Assert.Equal(0, reconcile.ExitCode);
        using JsonDocument rows = JsonDocument.Parse(reconcile.Out);
        JsonElement odr = rows.RootElement.GetProperty("metrics")[0];
        Assert.Equal("2020-11-04", odr.GetProperty("amazon").GetProperty("to").GetString());
        Assert.Equal("2020-11-04", odr.GetProperty("ours").GetProperty("to").GetString());
        Assert.Contains("a window we lack data for", odr.GetProperty("causes")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("GOOD", odr.GetProperty("amazon").GetProperty("status").GetString());
        Assert.Equal("NONE", odr.GetProperty("ours").GetProperty("status").GetString());
    }

    [Fact]
    public void Import_BrokenFile_Strict_ExitsOneListsEveryProblemAndWritesNothing()
    {
        string ledger = OutPath();

        CliResult result = Cli.Run("import", "--orders", Sample("broken/orders-bad-values.txt"), "--out", ledger, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("orders-bad-values.txt:2: column 'quantity': must be a whole number of at least 0, was 'two'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("orders-bad-values.txt:12: the row has 3 fields, the header has 32", result.Error, StringComparison.Ordinal);
        Assert.Contains("the import found 9 problems (listed above); no ledger was written", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(ledger));
    }

    [Fact]
    public void Import_BrokenFile_Lenient_WritesTheGoodOrdersAndCountsTheRest()
    {
        string ledger = OutPath();

        CliResult result = Cli.Run("import", "--orders", Sample("broken/orders-bad-values.txt"), "--out", ledger, "--lenient", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--lenient: 9 problems; left out 10 of 11 rows (9 records).", result.Error, StringComparison.Ordinal);
        using JsonDocument summary = JsonDocument.Parse(result.Out);
        Assert.Equal(1, summary.RootElement.GetProperty("orders").GetInt32());
        Assert.True(File.Exists(ledger));
    }

    [Fact]
    public void Import_UnknownMarketplace_IsAUsageError()
        => Assert.Equal(2, Cli.Run("import", "--orders", Sample("orders-2026-01.txt"), "--out", OutPath(), "--marketplace", "Amazon.moon").ExitCode);
}
