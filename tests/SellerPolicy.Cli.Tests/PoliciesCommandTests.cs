using System.Text.Json;
using SellerPolicy.Marketplaces;
using SellerPolicy.Policies;

namespace SellerPolicy.Cli.Tests;

public class PoliciesCommandTests
{
    [Fact]
    public void Policies_Json_ListsEveryRegisteredNameWithItsVersionsAndEffectiveDates()
    {
        CliResult result = Cli.Run("policies", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement[] policies = [.. json.RootElement.GetProperty("policies").EnumerateArray()];
        Assert.Equal(MarketplacePacks.Names, policies.Select(p => p.GetProperty("name").GetString()!));
        foreach (JsonElement policy in policies)
        {
            Assert.True(MarketplacePacks.TryGetTimeline(policy.GetProperty("name").GetString(), out PolicyTimeline? timeline));
            JsonElement[] versions = [.. policy.GetProperty("versions").EnumerateArray()];
            Assert.Equal(timeline.Versions.Select(v => v.Version), versions.Select(v => v.GetProperty("version").GetString()!));
            Assert.Equal(timeline.Versions.Select(v => CliOptions.FormatDate(v.EffectiveFrom)), versions.Select(v => v.GetProperty("effectiveFrom").GetString()!));
            Assert.Equal(
                timeline.Versions.Select(v => string.Join(",", v.Metrics.Select(m => m.Id.Value))),
                versions.Select(v => string.Join(",", v.GetProperty("metrics").EnumerateArray().Select(m => m.GetString()))));
        }
    }

    [Fact]
    public void Policies_Table_ShowsEachPackAndEachVersion()
    {
        CliResult result = Cli.Run("policies", "--format", "table");

        Assert.Equal(0, result.ExitCode);
        foreach (MarketplacePack pack in MarketplacePacks.All)
        {
            Assert.Contains(pack.DisplayName, result.Out, StringComparison.Ordinal);
            Assert.All(pack.Timeline.Versions, v => Assert.Contains(v.Version, result.Out, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void UnknownPolicy_IsAUsageError_NamingEveryRegisteredPolicy()
    {
        CliResult result = Cli.Run("health", "--sample", "--policy", "etsy");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--policy must be one of {string.Join(", ", MarketplacePacks.Names)}, was 'etsy'.", result.Error, StringComparison.Ordinal);
    }
}
