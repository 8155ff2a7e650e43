using System.Text.Json;

namespace SellerPolicy.Cli.Tests;

public class WhatIfCommandTests
{
    private static readonly string[] Ledger =
    [
        """{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":10,"currency":"EUR"}}]}""",
        """{"kind":"order","orderId":"111-2","channel":"MFN","purchasedAt":"2026-01-06T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":10,"currency":"EUR"}}]}""",
        """{"kind":"order","orderId":"111-3","channel":"MFN","purchasedAt":"2026-01-07T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":10,"currency":"EUR"}}]}""",
        """{"kind":"order","orderId":"111-4","channel":"MFN","purchasedAt":"2026-01-08T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":10,"currency":"EUR"}}]}""",
        """{"kind":"feedback","orderId":"111-1","receivedAt":"2026-01-20T09:00:00Z","rating":1}""",
        """{"kind":"claim","claimId":"C-1","orderId":"111-2","filedAt":"2026-01-21T09:00:00Z","reason":"NotReceived"}""",
    ];

    [Fact]
    public void WhatIf_RemovingTheDefects_TurnsOdrGood()
    {
        string path = Cli.TempFile("w.jsonl", Ledger);

        CliResult result = Cli.Run("whatif", "--ledger", path, "--as-of", "2026-02-01", "--remove-feedback", "111-1", "--withdraw-claim", "C-1", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement odr = json.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == "orderDefectRate.mfn");
        Assert.Equal(2, odr.GetProperty("before").GetProperty("numerator").GetInt32());
        Assert.Equal("BAD", odr.GetProperty("before").GetProperty("status").GetString());
        Assert.Equal(0, odr.GetProperty("after").GetProperty("numerator").GetInt32());
        Assert.Equal("GOOD", odr.GetProperty("after").GetProperty("status").GetString());
        Assert.True(odr.GetProperty("statusChanged").GetBoolean());
        Assert.Equal(
            ["the feedback on order 111-1 is removed at 2026-02-01T00:00:00Z", "the buyer withdraws claim C-1 at 2026-02-01T00:00:00Z"],
            json.RootElement.GetProperty("changes").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public void WhatIf_UnknownClaim_ExitsOneNamingIt()
    {
        string path = Cli.TempFile("w.jsonl", Ledger);

        CliResult result = Cli.Run("whatif", "--ledger", path, "--as-of", "2026-02-01", "--withdraw-claim", "C-404");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("C-404", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_NoChange_IsAUsageError()
    {
        Assert.Equal(2, Cli.Run("whatif", "--sample").ExitCode);
    }

    [Fact]
    public void WhatIf_ExtraOrdersWithoutDays_IsAUsageError()
    {
        CliResult result = Cli.Run("whatif", "--sample", "--extra-orders", "5");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--extra-from", result.Error, StringComparison.Ordinal);
    }
}
