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
        Assert.Contains("--lenient: 9 problems; left out 10 rows of 11 (7 records).", result.Error, StringComparison.Ordinal);
        using JsonDocument summary = JsonDocument.Parse(result.Out);
        Assert.Equal(1, summary.RootElement.GetProperty("orders").GetInt32());
        Assert.True(File.Exists(ledger));
    }

    [Fact]
    public void Import_UnknownMarketplace_IsAUsageError()
        => Assert.Equal(2, Cli.Run("import", "--orders", Sample("orders-2026-01.txt"), "--out", OutPath(), "--marketplace", "Amazon.moon").ExitCode);

    private const string OrdersHeader = "amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsku\tquantity\tcurrency\titem-price";

    private static string OrderRow(int i, string purchased = "2026-01-02T09:00:00Z")
        => $"111-{i:D7}-{i:D7}\t{purchased}\t2026-01-03T09:00:00Z\tShipped\tMerchant\tMUG-01\t1\tUSD\t9.99";

    [Fact]
    public void Import_OutIsOneOfTheInputs_IsRefusedAndTheInputIsUntouched()
    {
        string orders = Cli.TempFile("orders.txt", OrdersHeader, OrderRow(1));
        byte[] before = File.ReadAllBytes(orders);

        CliResult result = Cli.Run("import", "--orders", orders, "--out", orders);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is one of the input files", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(orders));
    }

    [Fact]
    public void Import_OutIsAnInputThroughASymbolicLink_IsRefused()
    {
        string orders = Cli.TempFile("orders.txt", OrdersHeader, OrderRow(1));
        string link = Path.Combine(Path.GetDirectoryName(orders)!, "link.txt");
        File.CreateSymbolicLink(link, orders);
        byte[] before = File.ReadAllBytes(orders);

        CliResult result = Cli.Run("import", "--orders", orders, "--out", link);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(orders));
    }

    [Fact]
    public void Import_FailedRun_LeavesTheOldLedgerAndNoTemporaryFile()
    {
        string ledger = OutPath();
        File.WriteAllText(ledger, "old ledger");

        CliResult result = Cli.Run("import", "--orders", Sample("broken/orders-bad-values.txt"), "--out", ledger, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("old ledger", File.ReadAllText(ledger));
        Assert.Equal([ledger], Directory.GetFiles(Path.GetDirectoryName(ledger)!));
    }

    [Fact]
    public void Import_Succeeded_ReplacesTheLedgerThroughARename_LeavingNoTemporaryFile()
    {
        string ledger = OutPath();
        File.WriteAllText(ledger, "old ledger");

        CliResult result = Cli.Run("import", "--orders", Sample("orders-2026-01.txt"), "--out", ledger, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, Cli.Run("validate", "--ledger", ledger, "--format", "json").ExitCode);
        Assert.Equal([ledger], Directory.GetFiles(Path.GetDirectoryName(ledger)!));
    }

    [Fact]
    public void Import_LenientThatKeepsNothing_FailsWithExitOneAndWritesNoLedger()
    {
        string ledger = OutPath();

        CliResult result = Cli.Run("import", "--orders", Sample("broken/orders-missing-quantity.txt"), "--out", ledger, "--lenient", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("every one of the 1 row read was left out", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(ledger));
        using JsonDocument summary = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Null, summary.RootElement.GetProperty("ledger").ValueKind);
    }

    [Fact]
    public void Import_Lenient_CountsRowsAndRecordsApartFromProblems_InTheRightNumber()
    {
        // One order of two rows with two bad fields: 2 problems, 2 rows, 1 record.
        string bad = "111-0000002-0000002\tnot-a-date\t2026-01-03T09:00:00Z\tShipped\tMerchant\tMUG-01\tx\tUSD\t9.99";
        string second = "111-0000002-0000002\t2026-01-02T09:00:00Z\t2026-01-03T09:00:00Z\tShipped\tMerchant\tTOWEL-02\t1\tUSD\t5.00";
        string orders = Cli.TempFile("orders.txt", OrdersHeader, OrderRow(1), bad, second);

        CliResult result = Cli.Run("import", "--orders", orders, "--out", OutPath(), "--lenient", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument summary = JsonDocument.Parse(result.Out);
        Assert.Equal(2, summary.RootElement.GetProperty("problems").GetInt32());
        Assert.Equal(2, summary.RootElement.GetProperty("rowsLeftOut").GetInt32());
        Assert.Equal(1, summary.RootElement.GetProperty("recordsLeftOut").GetInt32());
        Assert.Contains("--lenient: 2 problems; left out 2 rows of 3 (1 record).", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ADirectoryGivenAsAFile_SaysItIsADirectory()
    {
        string directory = Path.GetDirectoryName(OutPath())!;

        CliResult result = Cli.Run("import", "--orders", directory, "--out", OutPath());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is a directory, not a file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OneProblemOnThousandsOfRows_IsPrintedAsOneGroup()
    {
        string[] rows = [.. Enumerable.Range(1, 2000).Select(i => OrderRow(i, purchased: "14/06/2026 10:00"))];
        string orders = Cli.TempFile("orders.txt", [OrdersHeader, .. rows]);

        CliResult result = Cli.Run("import", "--orders", orders, "--out", OutPath(), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        string[] lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length <= 8, $"{lines.Length} lines of problems");
        Assert.Contains("... and 1,995 more problems like this in column purchase-date of orders.txt (lines 7 to 2,001).", result.Error, StringComparison.Ordinal);
        Assert.Contains("the import found 2,000 problems", result.Error, StringComparison.Ordinal);
    }
}

