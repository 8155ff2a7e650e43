using System.Text.Json;

namespace SellerPolicy.Cli.Tests;

public class ReturnsCommandTests
{
    private static readonly string[] Ledger =
    [
        """{"kind":"order","orderId":"O-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":3,"unitPrice":{"amount":10,"currency":"EUR"}}],"deliveredAt":"2026-01-08T10:00:00Z"}""",
        """{"kind":"return","returnId":"RMA-1","orderId":"O-1","sku":"A","quantity":1,"requestedAt":"2026-01-15T09:00:00Z","reason":"DEFECTIVE","status":"Requested"}""",
        """{"kind":"return","returnId":"RMA-2","orderId":"O-1","sku":"A","quantity":1,"requestedAt":"2026-01-14T09:00:00Z","reason":"DEFECTIVE","status":"Received","respondedAt":"2026-01-14T10:00:00Z","receivedAt":"2026-01-16T12:00:00Z"}""",
        """{"kind":"return","returnId":"RMA-3","orderId":"O-1","sku":"A","quantity":1,"requestedAt":"2026-01-13T09:00:00Z","reason":"DEFECTIVE","status":"Authorized","respondedAt":"2026-01-13T10:00:00Z"}""",
    ];

    [Fact]
    public void Returns_ListsOpenRequestsWithTheirDeadlines()
    {
        string ledger = Cli.TempFile("ledger.jsonl", Ledger);
        CliResult result = Cli.Run("returns", "--ledger", ledger, "--at", "2026-01-17T12:00:00Z", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Dictionary<string, JsonElement> rows = json.RootElement.GetProperty("openReturns").EnumerateArray()
            .ToDictionary(r => r.GetProperty("returnId").GetString()!, r => r.GetProperty("deadlines")[0]);
        Assert.Equal(3, rows.Count);

        Assert.Equal("respond", rows["RMA-1"].GetProperty("action").GetString());
        Assert.Equal("2026-01-17T09:00:00Z", rows["RMA-1"].GetProperty("dueAt").GetString());
        Assert.True(rows["RMA-1"].GetProperty("overdue").GetBoolean());

        // Received Friday 16 Jan: Monday 19 and Tuesday 20 are the two business days.
        Assert.Equal("refund", rows["RMA-2"].GetProperty("action").GetString());
        Assert.Equal("2026-01-20T23:59:59.999999999Z", rows["RMA-2"].GetProperty("dueAt").GetString());
        Assert.False(rows["RMA-2"].GetProperty("overdue").GetBoolean());

        Assert.Equal("label", rows["RMA-3"].GetProperty("action").GetString());
        Assert.Equal("2026-02-12T10:00:00Z", rows["RMA-3"].GetProperty("dueAt").GetString());
    }

    [Fact]
    public void Returns_BeforeAnAnswer_ShowsOnlyTheRequestsKnownThen()
    {
        string ledger = Cli.TempFile("ledger.jsonl", Ledger);
        CliResult result = Cli.Run("returns", "--ledger", ledger, "--at", "2026-01-13T09:30:00Z", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement row = Assert.Single(json.RootElement.GetProperty("openReturns").EnumerateArray());
        Assert.Equal("RMA-3", row.GetProperty("returnId").GetString());
        Assert.Equal("respond", row.GetProperty("deadlines")[0].GetProperty("action").GetString());
    }

    [Fact]
    public void Returns_BadInstant_IsBadUsage()
    {
        string ledger = Cli.TempFile("ledger.jsonl", Ledger);
        Assert.Equal(2, Cli.Run("returns", "--ledger", ledger, "--at", "yesterday").ExitCode);
    }
}
