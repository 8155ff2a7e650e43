using System.Text.Json;

namespace SellerPolicy.Cli.Tests;

public class DeadlinesCommandTests
{
    private static readonly string Ledger = ClaimLedger.Write();

    [Fact]
    public void Deadlines_Json_ListsOpenObligationsSoonestFirst_OverdueFlagged()
    {
        CliResult result = Cli.Run("deadlines", "--ledger", Ledger, "--at", "2026-01-28T00:00:00Z", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement[] items = json.RootElement.GetProperty("obligations").EnumerateArray().ToArray();
        Assert.Equal(
            new[] { "RefundReturn", "AnswerBuyer", "RespondToChargeback" },
            items.Select(i => i.GetProperty("kind").GetString()).ToArray());
        Assert.True(items[0].GetProperty("overdue").GetBoolean());
        Assert.Equal("2026-01-27T23:59:59.999999999Z", items[0].GetProperty("dueAt").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("overdue").GetInt32());
        Assert.Equal("CB-1", items[2].GetProperty("subject").GetString());
        Assert.Equal("2026-02-02T09:00:00Z", items[2].GetProperty("dueAt").GetString());
    }

    [Fact]
    public void Deadlines_SuspendedAt_AddsThePlanOfAction()
    {
        CliResult result = Cli.Run("deadlines", "--ledger", Ledger, "--at", "2026-03-01T00:00:00Z", "--suspended-at", "2026-02-20T00:00:00Z", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement[] items = json.RootElement.GetProperty("obligations").EnumerateArray().ToArray();
        Assert.Equal(new[] { "RefundReturn", "PlanOfAction" }, items.Select(i => i.GetProperty("kind").GetString()).ToArray());
        Assert.True(items[0].GetProperty("overdue").GetBoolean()); // the unrefunded return stays overdue
        JsonElement plan = items[1];
        Assert.Equal("2026-03-09T00:00:00Z", plan.GetProperty("dueAt").GetString());
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("orderId").ValueKind);
    }

    [Fact]
    public void Deadlines_Table_ShowsOverdueRows()
    {
        CliResult result = Cli.Run("deadlines", "--ledger", Ledger, "--at", "2026-01-28T00:00:00Z", "--format", "table");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("overdue", result.Out, StringComparison.Ordinal);
        Assert.Contains("RespondToChargeback", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_Table_PrintsTheDueInstantToTheSecond_AsTheJsonsInstantCutToTheSecond()
    {
        using JsonDocument json = JsonDocument.Parse(Cli.Run("deadlines", "--ledger", Ledger, "--at", "2026-01-28T00:00:00Z", "--format", "json").Out);
        string[] due = [.. json.RootElement.GetProperty("obligations").EnumerateArray().Select(i => i.GetProperty("dueAt").GetString()!)];

        CliResult table = Cli.Run("deadlines", "--ledger", Ledger, "--at", "2026-01-28T00:00:00Z", "--format", "table");

        Assert.Contains(due, d => d.Contains('.', StringComparison.Ordinal)); // an end-of-day deadline, so the cut is tested
        Assert.DoesNotContain(".999", table.Out, StringComparison.Ordinal);
        foreach (string d in due)
        {
            int dot = d.IndexOf('.', StringComparison.Ordinal);
            Assert.Contains(dot < 0 ? d : d[..dot] + "Z", table.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Deadlines_OnAnEmptyLedger_ExitsOne_AsHealthDoes()
    {
        string empty = Cli.TempFile("empty.jsonl");

        CliResult deadlines = Cli.Run("deadlines", "--ledger", empty);
        CliResult health = Cli.Run("health", "--ledger", empty);

        Assert.Equal(1, deadlines.ExitCode);
        Assert.Equal(health.ExitCode, deadlines.ExitCode);
        Assert.Contains("give --at INSTANT", deadlines.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_RuleText_NamesAmazonsSource_NeverOurFiles()
    {
        string ledger = Cli.TempFile(
            "claim.jsonl",
            """{"kind":"order","orderId":"111-2","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"MUG-01","quantity":1,"unitPrice":{"amount":9.99,"currency":"USD"}}]}""",
            """{"kind":"claim","claimId":"C-1","orderId":"111-2","filedAt":"2026-01-21T09:00:00Z","reason":"NotReceived"}""");

        CliResult result = Cli.Run("deadlines", "--ledger", ledger, "--at", "2026-01-22T00:00:00Z", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("AnswerInformationRequest", result.Out, StringComparison.Ordinal);
        Assert.Contains("Seller Central help", result.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?i)\bseed\b|domain-rules", result.Out);
    }
}

