using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;

namespace SellerPolicy.Cli.Tests;

public class SampleCommandTests
{
    [Fact]
    public void Sample_WritesALedgerThatReadsBackWithNoProblems()
    {
        CliResult result = Cli.Run("sample", "--orders", "1000", "--seed", "7");

        Assert.Equal(0, result.ExitCode);
        string path = Cli.TempFile("s.jsonl", result.Out);
        LedgerBuildResult read = LedgerReader.ReadFile(path);
        Assert.True(read.Succeeded, string.Join("\n", read.Problems.Take(5)));
        Assert.Empty(read.Problems);
        Assert.Equal(1000, read.Ledger!.Orders.Length);
    }

    [Fact]
    public void Sample_SameSeed_SameBytes_OtherSeed_OtherBytes()
    {
        string first = Cli.Run("sample", "--orders", "200", "--seed", "3").Out;
        string second = Cli.Run("sample", "--orders", "200", "--seed", "3").Out;
        string other = Cli.Run("sample", "--orders", "200", "--seed", "4").Out;

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Sample_NonPositiveOrders_IsAUsageError()
    {
        CliResult result = Cli.Run("sample", "--orders", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--orders must be positive, was 0.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ebay", "EBAY_US")]
    [InlineData("walmart", "WALMART_US")]
    public void Sample_OtherMarketplace_AllOrdersSellerFulfilledOnThatMarketplace(string marketplace, string marketplaceId)
    {
        CliResult result = Cli.Run("sample", "--orders", "300", "--marketplace", marketplace);

        Assert.Equal(0, result.ExitCode);
        SellerLedger ledger = LedgerReader.ReadFile(Cli.TempFile(marketplace + ".jsonl", result.Out)).GetLedgerOrThrow();
        Assert.Equal(300, ledger.Orders.Length);
        Assert.All(ledger.Orders, o => Assert.Equal((FulfillmentChannel.Mfn, marketplaceId), (o.Channel, o.MarketplaceId?.Value)));
    }

    [Fact]
    public void Sample_UnknownMarketplace_IsAUsageErrorNamingTheChoices()
    {
        CliResult result = Cli.Run("sample", "--orders", "10", "--marketplace", "etsy");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--marketplace must be one of amazon, ebay, walmart, was 'etsy'.", result.Error, StringComparison.Ordinal);
    }
}
