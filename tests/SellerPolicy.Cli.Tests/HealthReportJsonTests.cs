using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Reporting;

namespace SellerPolicy.Cli.Tests;

/// <summary>The library's report writer on the CLI's inputs (the sample, notes of the import, a custom metric).</summary>
public class HealthReportJsonTests
{
    [Theory]
    [InlineData(TargetCondition.LessThan, "LESS_THAN")]
    [InlineData(TargetCondition.GreaterThan, "GREATER_THAN")]
    [InlineData(TargetCondition.AtMost, "AT_MOST")]
    [InlineData(TargetCondition.AtLeast, "AT_LEAST")]
    public void ConditionText_NamesEachCondition(TargetCondition condition, string name)
        => Assert.Equal(name, HealthReportJson.ConditionText(condition));

    [Fact]
    public void ConditionText_OfAnUndefinedCondition_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => HealthReportJson.ConditionText((TargetCondition)99));

    [Fact]
    public void Snapshot_OfACatalogWithAMetricTheCliDoesNotKnow_KeysItByIdWithItsCounts()
    {
        LoadedLedger sample = SampleLedgers.Load();
        MarketplacePolicy policy = SlowShipmentRateMetric.AddedTo(AmazonPolicies.Current);
        var asOf = new NodaTime.LocalDate(2026, 10, 31);
        AccountHealthSnapshot snapshot = AccountHealth.Snapshot(sample.Ledger, asOf, policy);
        MetricResult slow = snapshot[SlowShipmentRateMetric.MetricId];

        JsonNode json = JsonNode.Parse(Write(snapshot, policy))!;

        JsonNode metric = json["test"]!["slowShipmentRate"]!;
        Assert.Equal(slow.Denominator, (int)metric["orderCount"]!);
        Assert.Equal(slow.Numerator, (int)metric["slowShipmentCount"]!);
        Assert.Equal(slow.Components.Single(c => c.Name == "unshippedCount").Count, (int)metric["unshippedCount"]!);
        Assert.Equal(slow.Rate, (double)metric["rate"]!);
        Assert.Equal("AT_MOST", (string)metric["targetCondition"]!);
        Assert.Equal(slow.Status.ToReportName(), (string)metric["status"]!);
        Assert.Equal(slow.OrderIds.Length, metric["orderIds"]!.AsArray().Count);
        Assert.Null(metric["notes"]);
    }

    [Fact]
    public void Snapshot_OfAmazonsCatalogPlusAMetric_KeepsAmazonsObjectsAsTheyAre()
    {
        LoadedLedger sample = SampleLedgers.Load();
        var asOf = new NodaTime.LocalDate(2026, 10, 31);
        MarketplacePolicy extended = SlowShipmentRateMetric.AddedTo(AmazonPolicies.Current);

        JsonObject plain = JsonNode.Parse(Write(AccountHealth.Snapshot(sample.Ledger, asOf, AmazonPolicies.Current), AmazonPolicies.Current))!.AsObject();
        JsonObject withExtra = JsonNode.Parse(Write(AccountHealth.Snapshot(sample.Ledger, asOf, extended), extended))!.AsObject();

        foreach ((string name, JsonNode? value) in plain.Where(p => p.Key is not "overallStatus" and not "failingMetrics"))
        {
            Assert.True(JsonNode.DeepEquals(value, withExtra[name]), name);
        }

        Assert.Equal(plain.Select(p => p.Key), withExtra.Select(p => p.Key).Where(k => k != "test"));
    }

    [Fact]
    public void Snapshot_WritesAMetricsNotes_OnlyOnTheMetricWhoseOrdersTheyConcern()
    {
        LoadedLedger sample = SampleLedgers.Load();
        AccountHealthSnapshot snapshot = AccountHealth.Snapshot(sample.Ledger, new NodaTime.LocalDate(2026, 10, 31), AmazonPolicies.Current);
        MetricResult bad = snapshot.Metrics.First(m => m.Status == MetricStatus.Bad);
        MetricNotes notes = MetricNotes.For(bad.OrderIds.Take(2).ToDictionary(id => id, _ => SellerPolicy.Ledger.CancelledBy.Seller), snapshot)!;

        JsonNode json = JsonNode.Parse(Write(snapshot, AmazonPolicies.Current, new HealthExtras(notes, null)))!;

        (string? group, string key) = HealthReportJson.JsonPath(bad.Id);
        JsonNode metric = group is null ? json[key]! : json[group]![key]!;
        Assert.Equal(2, (int)metric["notes"]![0]!["orders"]!);
        Assert.Equal("cancelledByAssumed", (string)metric["notes"]![0]!["kind"]!);
        int withNotes = snapshot.Metrics.Count(m => m.OrderIds.Intersect(bad.OrderIds.Take(2)).Any());
        Assert.Equal(withNotes, json.ToJsonString().Split("\"cancelledByAssumed\"").Length - 1);
    }

    internal static string Write(AccountHealthSnapshot snapshot, MarketplacePolicy policy, HealthExtras? extras = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, HealthReportJson.WriterOptions))
        {
            HealthReportJson.WriteSnapshot(writer, snapshot, policy.Reporting, extras?.ForReport(null));
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
