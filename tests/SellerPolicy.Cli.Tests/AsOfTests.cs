namespace SellerPolicy.Cli.Tests;

/// <summary>An as-of day far past the data is refused with the reason, not answered with an empty dashboard.</summary>
public class AsOfTests
{
    private static readonly string Ledger = Cli.TempFile(
        "asof.jsonl",
        """{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"MUG-01","quantity":1,"unitPrice":{"amount":9.99,"currency":"USD"}}]}""");

    [Fact]
    public void AsOfYearsPastTheData_IsRefusedNamingTheLatestEvent()
    {
        CliResult result = Cli.Run("health", "--ledger", Ledger, "--as-of", "2030-01-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--as-of 2030-01-01 is 1,457 days after the ledger's latest event (2026-01-05)", result.Error, StringComparison.Ordinal);
        Assert.Contains("Give a day up to 2026-03-20", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOfWithinTheLongestWindow_IsAnswered()
        => Assert.Equal(0, Cli.Run("health", "--ledger", Ledger, "--as-of", "2026-03-20", "--format", "json").ExitCode);
}
