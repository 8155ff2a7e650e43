using System.Text.Json;

namespace SellerPolicy.Cli.Tests;

public class ValidateCommandTests
{
    private const string Order = """{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"MUG-01","quantity":1,"unitPrice":{"amount":9.99,"currency":"USD"}}]}""";

    [Fact]
    public void Validate_GoodFile_PrintsCountsAsJson()
    {
        string path = Cli.TempFile("good.jsonl", Order, """{"kind":"feedback","orderId":"111-1","receivedAt":"2026-01-15T09:00:00Z","rating":1}""");

        CliResult result = Cli.Run("validate", "--ledger", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("orders").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("feedback").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("recordsLeftOut").GetInt32());
    }

    [Fact]
    public void Validate_DeliveredBeforeShipConfirmation_ReportsANoteInTheJson()
    {
        string late = """{"kind":"order","orderId":"111-2","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","latestShipDate":"2026-01-06T10:00:00Z","shippedAt":"2026-01-09T10:00:00Z","firstCarrierScanAt":"2026-01-07T10:00:00Z","deliveredAt":"2026-01-08T10:00:00Z","lines":[{"sku":"MUG-01","quantity":1,"unitPrice":{"amount":9.99,"currency":"USD"}}]}""";
        string path = Cli.TempFile("late-confirmation.jsonl", Order, late);

        CliResult result = Cli.Run("validate", "--ledger", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(2, json.RootElement.GetProperty("orders").GetInt32());
        JsonElement notes = json.RootElement.GetProperty("notes");
        Assert.Equal(2, notes.GetArrayLength());
        Assert.Equal("deliveredBeforeShipConfirmation", notes[0].GetProperty("kind").GetString());
        Assert.Equal("carrierScanBeforeShipConfirmation", notes[1].GetProperty("kind").GetString());
        Assert.Equal("111-2", notes[0].GetProperty("examples")[0].GetString());
        Assert.Contains("note: late-confirmation.jsonl: 1 order was delivered before the shipment was confirmed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Health_DeliveredBeforeShipConfirmation_CarriesTheNoteInTheJson()
    {
        string late = """{"kind":"order","orderId":"111-2","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","latestShipDate":"2026-01-06T10:00:00Z","shippedAt":"2026-01-09T10:00:00Z","deliveredAt":"2026-01-08T10:00:00Z","lines":[{"sku":"MUG-01","quantity":1,"unitPrice":{"amount":9.99,"currency":"USD"}}]}""";
        string path = Cli.TempFile("late-health.jsonl", Order, late);

        CliResult result = Cli.Run("health", "--ledger", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("deliveredBeforeShipConfirmation", json.RootElement.GetProperty("notes")[0].GetProperty("kind").GetString());

        // Kept and counted as the rules say: confirmed three days after its latest ship date, it shipped late.
        JsonElement lateShipment = json.RootElement.GetProperty("lateShipmentRate");
        Assert.Equal(1, lateShipment.GetProperty("orderCount").GetInt32());
        Assert.Equal(1, lateShipment.GetProperty("lateShipmentCount").GetInt32());
    }

    [Fact]
    public void Validate_NoOddOrderings_WritesNoNotes()
    {
        string path = Cli.TempFile("plain.jsonl", Order);

        CliResult result = Cli.Run("validate", "--ledger", path, "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.False(json.RootElement.TryGetProperty("notes", out _));
    }

    [Fact]
    public void Validate_BrokenLine_ExitsOneAndNamesTheLine()
    {
        string path = Cli.TempFile("broken.jsonl", Order, "{\"kind\":\"feedback\",", """{"kind":"feedback","orderId":"111-1","receivedAt":"2026-01-15T09:00:00Z","rating":7}""");

        CliResult result = Cli.Run("validate", "--ledger", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.jsonl has 2 problems", result.Error, StringComparison.Ordinal);
        Assert.Contains("broken.jsonl:2: not valid JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains("broken.jsonl:3: feedback on order 111-1: rating must be 1-5, was 7.", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Validate_Lenient_ReportsWhatItLeftOut()
    {
        string path = Cli.TempFile("lenient.jsonl", Order, """{"kind":"feedback","orderId":"111-1","receivedAt":"2026-01-15T09:00:00Z","rating":7}""");

        CliResult result = Cli.Run("validate", "--ledger", path, "--lenient", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("left out 1 record of 2 in lenient.jsonl (1 problem)", result.Error, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("recordsLeftOut").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("feedback").GetInt32());
    }

    [Fact]
    public void Validate_MissingFile_ExitsOne()
    {
        CliResult result = Cli.Run("validate", "--ledger", "/nonexistent/ledger.jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ledger file not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_ExitsTwo()
    {
        CliResult result = Cli.Run("validate", "--ledgr", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--ledgr", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredOption_ExitsTwo()
    {
        CliResult result = Cli.Run("validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--ledger", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ADirectoryAsLedger_SaysItIsADirectory_ExitOne()
    {
        string directory = Path.GetDirectoryName(Cli.TempFile("x.jsonl", Order))!;

        CliResult result = Cli.Run("validate", "--ledger", directory);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"ledger file {directory} is a directory, not a file.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ManyRecordsWithOneFault_PrintsTheFirstFewAndCountsTheRest()
    {
        string[] feedback = [.. Enumerable.Range(1, 50).Select(_ => """{"kind":"feedback","orderId":"111-1","receivedAt":"2026-01-15T09:00:00Z","rating":7}""")];
        string path = Cli.TempFile("many.jsonl", [Order, .. feedback]);

        CliResult result = Cli.Run("validate", "--ledger", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has 50 problems", result.Error, StringComparison.Ordinal);
        Assert.Contains("... and 45 more problems like this", result.Error, StringComparison.Ordinal);
        Assert.Contains("of many.jsonl (lines 7 to 51).", result.Error, StringComparison.Ordinal);
    }
}

