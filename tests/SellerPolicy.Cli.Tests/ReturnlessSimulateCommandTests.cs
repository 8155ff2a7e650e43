using System.Text.Json;

namespace SellerPolicy.Cli.Tests;

public class ReturnlessSimulateCommandTests
{
    [Fact]
    public void Simulate_ComparesRuleSetsSideBySide()
    {
        string ledger = Cli.TempFile("ledger.jsonl", ReturnlessEvaluateCommandTests.Ledger);
        CliResult result = Cli.Run("returnless", "simulate", "--ledger", ledger,
            "--rules", ReturnlessEvaluateCommandTests.RulesFile("low.json", 15m),
            "--rules", ReturnlessEvaluateCommandTests.RulesFile("high.json", 50m),
            "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement low = json.RootElement[0];
        JsonElement high = json.RootElement[1];
        Assert.Equal("low.json", low.GetProperty("name").GetString());
        Assert.Equal(1, low.GetProperty("returnless").GetInt32());
        Assert.Equal(2, high.GetProperty("returnless").GetInt32());

        // High: avoided 6.5 + 18 = 24.5, given away 49.99, recovery 0.5: forgone 24.995, rounded to cents 25.00 (half away from
        // zero), so the net is 24.5 - 25.00 = -0.50 (it was -0.495, a figure no seller pays).
        Assert.Equal(24.5m, high.GetProperty("returnCostAvoided").GetProperty("amount").GetDecimal());
        Assert.Equal("25.00", high.GetProperty("recoveryForgone").GetProperty("amount").GetRawText());
        Assert.Equal("-0.50", high.GetProperty("net").GetProperty("amount").GetRawText());
        Assert.Equal("ceiling", high.GetProperty("perRule")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public void Simulate_Table_HasAColumnPerCandidate()
    {
        string ledger = Cli.TempFile("ledger.jsonl", ReturnlessEvaluateCommandTests.Ledger);
        CliResult result = Cli.Run("returnless", "simulate", "--ledger", ledger,
            "--rules", ReturnlessEvaluateCommandTests.RulesFile("low.json", 15m),
            "--rules", ReturnlessEvaluateCommandTests.RulesFile("high.json", 50m),
            "--format", "table");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("low.json", result.Out, StringComparison.Ordinal);
        Assert.Contains("high.json", result.Out, StringComparison.Ordinal);
        Assert.Contains("net (avoided - forgone)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_MissingRulesFile_ExitsOne()
    {
        string ledger = Cli.TempFile("ledger.jsonl", ReturnlessEvaluateCommandTests.Ledger);
        CliResult result = Cli.Run("returnless", "simulate", "--ledger", ledger, "--rules", "/nonexistent/rules.json");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("rules file not found", result.Error, StringComparison.Ordinal);
    }
}
