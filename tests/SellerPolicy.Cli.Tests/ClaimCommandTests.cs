using System.Text.Json;

namespace SellerPolicy.Cli.Tests;

public class ClaimCommandTests
{
    private static readonly string Ledger = ClaimLedger.Write();

    [Theory]
    [InlineData("OK", "NotReceived", "2026-02-01T00:00:00Z", "Eligible")]
    [InlineData("OK", "NotReceived", "2026-01-10T17:59:59Z", "TooEarly")]
    [InlineData("OK", "NotReceived", "2026-04-12T08:00:00Z", "WindowClosed")]
    [InlineData("SILENT", "NotReceived", "2026-01-20T00:00:00Z", "ContactSellerFirst")]
    [InlineData("FBA", "NotReceived", "2026-02-01T00:00:00Z", "FulfilledByAmazon")]
    [InlineData("CB", "NotReceived", "2026-02-01T00:00:00Z", "ChargebackFiled")]
    [InlineData("DIGITAL", "NotReceived", "2026-02-01T00:00:00Z", "NotCovered")]
    [InlineData("OK", "Other", "2026-02-01T00:00:00Z", "NotCovered")]
    [InlineData("NORETURN", "DamagedOrDefective", "2026-02-01T00:00:00Z", "ReturnNotRequested")]
    [InlineData("OK", "ReturnNotRefunded", "2026-02-01T00:00:00Z", "Eligible")]
    [InlineData("NOETA", "NotReceived", "2026-02-01T00:00:00Z", "MissingDeliveryEstimate")]
    public void Claim_EveryReasonCode_IsReachable(string order, string reason, string at, string code)
    {
        CliResult result = Cli.Run("claim", "--ledger", Ledger, "--order", order, "--reason", reason, "--at", at, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
        Assert.Equal(code == "Eligible", json.RootElement.GetProperty("eligible").GetBoolean());
    }

    [Fact]
    public void Claim_Json_HasExactlyTheContractFields_WithUtcInstants()
    {
        CliResult result = Cli.Run("claim", "--ledger", Ledger, "--order", "OK", "--reason", "notreceived", "--at", "2026-02-01T01:00:00+01:00", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement root = json.RootElement;
        Assert.Equal(
            new[] { "orderId", "reason", "eligible", "code", "opensAt", "closesAt", "rule", "policy" },
            root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("OK", root.GetProperty("orderId").GetString());
        Assert.Equal("NotReceived", root.GetProperty("reason").GetString());
        Assert.Equal("2026-01-10T18:00:00Z", root.GetProperty("opensAt").GetString());
        Assert.Equal("2026-04-12T07:59:59Z", root.GetProperty("closesAt").GetString());
        Assert.Equal("amazon@2025-01-01", root.GetProperty("policy").GetString());
        Assert.Contains("delivered scan", root.GetProperty("rule").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_UnknownClose_IsNullInJson()
    {
        CliResult result = Cli.Run("claim", "--ledger", Ledger, "--order", "NOETA", "--reason", "NotReceived", "--at", "2026-02-01T00:00:00Z", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("closesAt").ValueKind);
    }

    [Fact]
    public void Claim_Table_ShowsVerdictEvidenceAndTheOrdersDeadlines()
    {
        CliResult result = Cli.Run("claim", "--ledger", Ledger, "--order", "OK", "--reason", "NotReceived", "--at", "2026-01-24T00:00:00Z", "--format", "table");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("eligible", result.Out, StringComparison.Ordinal);
        Assert.Contains("Evidence to prepare", result.Out, StringComparison.Ordinal);
        Assert.Contains("1Z999", result.Out, StringComparison.Ordinal);
        Assert.Contains("RefundReturn", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_WithoutAt_JudgesAtTheLedgersLatestEvent()
    {
        CliResult result = Cli.Run("claim", "--ledger", Ledger, "--order", "SILENT", "--reason", "NotReceived", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("ContactSellerFirst", json.RootElement.GetProperty("code").GetString());
        Assert.Contains("2026-01-26T08:00:00Z", json.RootElement.GetProperty("rule").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_UnknownReason_IsAUsageError()
    {
        CliResult result = Cli.Run("claim", "--ledger", Ledger, "--order", "OK", "--reason", "Lost", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--reason must be one of", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_BadInstant_IsAUsageError()
    {
        CliResult result = Cli.Run("claim", "--ledger", Ledger, "--order", "OK", "--reason", "NotReceived", "--at", "yesterday");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--at must be an ISO-8601 instant", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_UnknownOrder_IsABadInput()
    {
        CliResult result = Cli.Run("claim", "--ledger", Ledger, "--order", "NOPE", "--reason", "NotReceived");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has no order NOPE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_AtBeforeTheOrderWasPlaced_IsRefusedWithTheReason()
    {
        CliResult result = Cli.Run("claim", "--ledger", Ledger, "--order", "OK", "--reason", "NotReceived", "--at", "2025-12-01T00:00:00Z");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--at 2025-12-01T00:00:00Z is before order OK was placed (2026-01-05T10:00:00Z)", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OK")]
    [InlineData("NORETURN")]
    [InlineData("NOETA")]
    [InlineData("CB")]
    public void Claim_EvidenceAndDeadlines_NameTheRuleAndAmazonsSource_NeverOurFilesOrDotNetTypes(string order)
    {
        foreach (string reason in Enum.GetNames<SellerPolicy.Ledger.ClaimReason>())
        {
            CliResult result = Cli.Run("claim", "--ledger", Ledger, "--order", order, "--reason", reason, "--at", "2026-01-20T00:00:00Z", "--format", "table");

            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotMatch(@"(?i)\bseed\b|\bcase \d|System\.[A-Z]|domain-rules", result.Out);
        }
    }
}

