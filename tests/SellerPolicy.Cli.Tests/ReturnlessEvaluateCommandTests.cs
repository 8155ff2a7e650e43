using System.Text.Json;

namespace SellerPolicy.Cli.Tests;

public class ReturnlessEvaluateCommandTests
{
    internal static readonly string[] Ledger =
    [
        """{"kind":"order","orderId":"O-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","buyerId":"B1","shipToCountry":"DE","lines":[{"sku":"LIP-01","category":"Beauty","quantity":1,"unitPrice":{"amount":9.99,"currency":"EUR"}}],"deliveredAt":"2026-01-08T10:00:00Z"}""",
        """{"kind":"order","orderId":"O-2","channel":"MFN","purchasedAt":"2026-01-06T10:00:00Z","buyerId":"B2","shipToCountry":"FR","lines":[{"sku":"PAN-01","category":"Kitchen","quantity":1,"unitPrice":{"amount":40,"currency":"EUR"}}],"deliveredAt":"2026-01-09T10:00:00Z"}""",
        """{"kind":"return","returnId":"RMA-1","orderId":"O-1","sku":"LIP-01","quantity":1,"requestedAt":"2026-01-15T09:00:00Z","reason":"DEFECTIVE","status":"Requested"}""",
        """{"kind":"return","orderId":"O-2","sku":"PAN-01","quantity":1,"requestedAt":"2026-01-16T09:00:00Z","reason":"DEFECTIVE","status":"Refunded","returnless":true}""",
    ];

    internal static string RulesFile(string name, decimal max, decimal recovery = 0.5m)
        => Cli.TempFile(name, FormattableString.Invariant($$"""
            {"currency":"EUR","homeCountry":"DE",
             "rules":[{"name":"ceiling","priceRange":{"min":0,"max":{{max}}},"activeFrom":"2026-01-01T00:00:00Z"}],
             "buyerGuard":{"maxReturnless":2,"withinDays":90},
             "returnCost":{"domestic":6.5,"international":18.0},
             "recoveryRate":{{recovery}}}
            """));

    [Fact]
    public void Evaluate_PrintsOneRowPerRequestAsJson()
    {
        string ledger = Cli.TempFile("ledger.jsonl", Ledger);
        CliResult result = Cli.Run("returnless", "evaluate", "--ledger", ledger, "--rules", RulesFile("rules.json", 15m), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement[] rows = [.. json.RootElement.EnumerateArray()];
        Assert.Equal(2, rows.Length);
        Assert.Equal("RMA-1", rows[0].GetProperty("returnId").GetString());
        Assert.Equal("Returnless", rows[0].GetProperty("decision").GetString());
        Assert.Equal("ceiling", rows[0].GetProperty("rule").GetString());
        Assert.Equal(9.99m, rows[0].GetProperty("valueGivenAway").GetProperty("amount").GetDecimal());
        Assert.Equal(6.5m, rows[0].GetProperty("returnCostAvoided").GetProperty("amount").GetDecimal());

        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("returnId").ValueKind);
        Assert.Equal("O-2", rows[1].GetProperty("orderId").GetString());
        Assert.Equal("PAN-01", rows[1].GetProperty("sku").GetString());
        Assert.Equal("2026-01-16T09:00:00Z", rows[1].GetProperty("requestedAt").GetString());
        Assert.Equal("RequireReturn", rows[1].GetProperty("decision").GetString());
        Assert.Contains("outside [0, 15]", rows[1].GetProperty("reasons")[1].GetString(), StringComparison.Ordinal);
        Assert.Equal(40m, rows[1].GetProperty("refundAmount").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public void Evaluate_Table_ShowsTheDecisions()
    {
        string ledger = Cli.TempFile("ledger.jsonl", Ledger);
        CliResult result = Cli.Run("returnless", "evaluate", "--ledger", ledger, "--rules", RulesFile("rules.json", 15m), "--format", "table");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Returnless", result.Out, StringComparison.Ordinal);
        Assert.Contains("O-2/PAN-01/2026-01-16T09:00:00Z", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BadRulesFile_ExitsOneWithEveryProblem()
    {
        string ledger = Cli.TempFile("ledger.jsonl", Ledger);
        string rules = Cli.TempFile("bad.json", """{"currency":"EUR","rules":[{"name":"a","priceRange":{"min":5,"max":1},"activeFrom":"2026-01-01T00:00:00Z"}],"returnCost":{"domestic":1,"international":1}}""");
        CliResult result = Cli.Run("returnless", "evaluate", "--ledger", ledger, "--rules", rules);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.json is not a valid rules file (2 problems)", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad.json:1: $.recoveryRate: recoveryRate is required.", result.Error, StringComparison.Ordinal);
        Assert.Contains("$.rules[0].priceRange: rule 'a': priceRange.min (5) must not be above priceRange.max (1).", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TwoRulesFiles_IsBadUsage()
    {
        string ledger = Cli.TempFile("ledger.jsonl", Ledger);
        CliResult result = Cli.Run("returnless", "evaluate", "--ledger", ledger, "--rules", RulesFile("a.json", 10m), "--rules", RulesFile("b.json", 20m));
        Assert.Equal(2, result.ExitCode);
    }
}
