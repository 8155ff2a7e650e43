using System.Collections.Immutable;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Ebay;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Serialization;
using SellerPolicy.Tests.Marketplaces;
using SellerPolicy.Tests.Metrics;
using Xunit;

namespace SellerPolicy.Tests.Serialization;

public sealed class SellerPolicyJsonContextTests
{
    private static readonly SellerPolicyJsonContext Json = SellerPolicyJsonContext.Default;

    [Property(MaxTest = 60)]
    public Property Snapshot_RoundTripsThroughTheContext_EqualToTheOriginal()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), Arb.From(Gen.Choose(0, 70)), (c, offset) =>
        {
            AccountHealthSnapshot snapshot = AccountHealthEngine.Create(c.Ledger, c.Policy).Snapshot(c.FirstDay.PlusDays(offset));
            string json = JsonSerializer.Serialize(snapshot, Json.AccountHealthSnapshot);
            AccountHealthSnapshot? back = JsonSerializer.Deserialize(json, Json.AccountHealthSnapshot);
            return (back == snapshot && back!.Metrics.Select(m => m.GetType()).SequenceEqual(snapshot.Metrics.Select(m => m.GetType()))).Label($"{c}: {json}");
        });

    [Property(MaxTest = 30)]
    public Property EbaySnapshot_RoundTripsWithItsCountAlternative()
        => Prop.ForAll(PackLedgerGenerator.Cases(), c =>
        {
            AccountHealthSnapshot snapshot = AccountHealth.Snapshot(c.Ledger, c.LastDay, EbayPolicies.Timeline);
            AccountHealthSnapshot? back = JsonSerializer.Deserialize(JsonSerializer.Serialize(snapshot, Json.AccountHealthSnapshot), Json.AccountHealthSnapshot);
            return (back == snapshot && back!.Metrics.OfType<EbayRateResult>().Count() == snapshot.Metrics.OfType<EbayRateResult>().Count()
                    && back.Metrics.Select(m => m.Status).SequenceEqual(snapshot.Metrics.Select(m => m.Status))).Label(c.ToString());
        });

    [Property(MaxTest = 40)]
    public Property Forecast_RoundTripsThroughTheContext_EqualToTheOriginal()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), c =>
        {
            AccountHealthForecast forecast = AccountHealthEngine.Create(c.Ledger, c.Policy).Forecast(c.LastDay);
            AccountHealthForecast? back = JsonSerializer.Deserialize(JsonSerializer.Serialize(forecast, Json.AccountHealthForecast), Json.AccountHealthForecast);
            return (back == forecast).Label(c.ToString());
        });

    [Property(MaxTest = 40)]
    public Property WhatIf_RoundTripsThroughTheContext_EqualToTheOriginal()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), c =>
        {
            Instant at = c.LastDay.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            var changes = new List<HypotheticalChange> { new ExtraCleanOrders(3, new SellerPolicy.Time.DayWindow(c.FirstDay, c.FirstDay.PlusDays(2)), FulfillmentChannel.Mfn) };
            changes.AddRange(c.Ledger.Claims.Take(1).Select(claim => new WithdrawClaim(claim.ClaimId, at)));
            changes.AddRange(c.Ledger.Feedback.Take(1).Select(f => new RemoveFeedback(f.OrderId, at)));
            WhatIfComparison comparison = AccountHealthEngine.Create(c.Ledger, c.Policy).WhatIf(c.LastDay, changes);
            WhatIfComparison? back = JsonSerializer.Deserialize(JsonSerializer.Serialize(comparison, Json.WhatIfComparison), Json.WhatIfComparison);
            return (back == comparison).Label(c.ToString());
        });

    [Fact]
    public void Snapshot_WritesIdsAsStrings_DaysAsIsoText_AndEnumsByName()
    {
        var options = new SellerPolicy.Sample.SampleLedgerOptions { Orders = 2000 };
        AccountHealthEngine engine = AccountHealthEngine.Create(SellerPolicy.Sample.SampleLedgerGenerator.Generate(options), AmazonPolicies.Timeline);
        AccountHealthSnapshot snapshot = Enumerable.Range(0, options.Days).Select(d => engine.Snapshot(options.FirstDay.PlusDays(d)))
            .First(s => s.Metrics.Any(m => !m.OrderIds.IsEmpty));
        MetricResult hurt = snapshot.Metrics.First(m => !m.OrderIds.IsEmpty);

        using JsonDocument doc = JsonDocument.Parse(JsonSerializer.Serialize(snapshot, Json.AccountHealthSnapshot));
        JsonElement root = doc.RootElement;
        JsonElement metric = root.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("id").GetString() == hurt.Id.Value);

        Assert.Equal(snapshot.AsOf.ToString("uuuu-MM-dd", null), root.GetProperty("asOf").GetString());
        Assert.Equal(snapshot.OverallStatus.ToString(), root.GetProperty("overallStatus").GetString());
        Assert.Equal(hurt.OrderIds[0].Value, metric.GetProperty("orderIds")[0].GetString());
        Assert.Equal(hurt.Window.From.ToString("uuuu-MM-dd", null), metric.GetProperty("window").GetProperty("from").GetString());
        Assert.Equal(hurt.Target.Condition.ToString(), metric.GetProperty("target").GetProperty("condition").GetString());
        Assert.Equal(JsonValueKind.String, metric.GetProperty("kind").ValueKind);
    }

    [Fact]
    public void Ids_WriteAsPlainStrings_AndReadBack()
    {
        var id = new OrderId("111-0000001-0000001");
        string json = JsonSerializer.Serialize(ImmutableArray.Create(id), Json.ImmutableArrayOrderId);

        Assert.Equal("[\"111-0000001-0000001\"]", json);
        Assert.Equal(id, JsonSerializer.Deserialize(json, Json.ImmutableArrayOrderId)[0]);
        Assert.Equal("\"AZ-7\"", JsonSerializer.Serialize(new ClaimId("AZ-7"), Json.ClaimId));
        Assert.Equal(new ChargebackId("CB-3"), JsonSerializer.Deserialize("\"CB-3\"", Json.ChargebackId));
        Assert.Equal(new MetricId("orderDefectRate.mfn"), JsonSerializer.Deserialize("\"orderDefectRate.mfn\"", Json.MetricId));
    }

    [Fact]
    public void Ids_WriteAsPlainStrings_WithTheReflectionSerializerToo()
    {
        var order = new OrderId("111-0000001-0000002");

        string json = JsonSerializer.Serialize(new Dictionary<string, OrderId> { ["order"] = order });

        Assert.Equal("{\"order\":\"111-0000001-0000002\"}", json);
        Assert.Equal(order, JsonSerializer.Deserialize<Dictionary<string, OrderId>>(json)!["order"]);
    }

    [Fact]
    public void ABlankTextId_IsAJsonErrorNamingTheText()
    {
        JsonException e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"metric id!\"", Json.MetricId));

        Assert.Contains("'metric id!'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimEligibility_RoundTrips_WithInstantsAsIsoText()
    {
        MetricsCase c = MetricsLedgerGenerator.Build(5, 40);
        OrderHistory history = c.Ledger.GetHistory(c.Ledger.Orders[0].OrderId);
        Instant at = c.Ledger.Orders[0].PurchasedAt + Duration.FromDays(40);
        ClaimEligibility eligibility = ClaimEligibilityRules.Evaluate(history, ClaimReason.NotReceived, at, c.Policy);

        string json = JsonSerializer.Serialize(eligibility, Json.ClaimEligibility);

        Assert.Equal(eligibility, JsonSerializer.Deserialize(json, Json.ClaimEligibility));
        Assert.Contains($"\"at\":\"{NodaTime.Text.InstantPattern.ExtendedIso.Format(at)}\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"reason\":\"{nameof(ClaimReason.NotReceived)}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_OfAnUnknownCatalog_FailWithAMessageNamingTheMetrics_AndReadWithWithCatalogs()
    {
        MetricsCase c = MetricsLedgerGenerator.Build(3, 20);
        MarketplacePolicy policy = c.Policy with { Name = "custom", Metrics = new MetricCatalog([c.Policy.Metrics[0]]) };
        AccountHealthSnapshot snapshot = AccountHealth.Snapshot(c.Ledger, c.LastDay, policy);
        string json = JsonSerializer.Serialize(snapshot, Json.AccountHealthSnapshot);

        JsonException e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Json.AccountHealthSnapshot));
        AccountHealthSnapshot? back = JsonSerializer.Deserialize(json, SellerPolicyJsonContext.WithCatalogs([policy.Metrics]).AccountHealthSnapshot);

        Assert.Contains(policy.Metrics[0].Id.Value, e.Message, StringComparison.Ordinal);
        Assert.Equal(snapshot, back);
    }

    [Property(MaxTest = 40)]
    public Property ForecastOutlook_RoundTripsThroughTheContext_SameDaysVersionsAndCounts()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), c =>
        {
            // The case's policy is Amazon's current version with other settings under the same name: WithPolicies finds it.
            SellerPolicyJsonContext json = SellerPolicyJsonContext.WithPolicies([c.Policy]);
            AccountHealthForecast forecast = AccountHealthEngine.Create(c.Ledger, c.Policy).Forecast(c.LastDay);
            AccountHealthForecast back = JsonSerializer.Deserialize(JsonSerializer.Serialize(forecast, json.AccountHealthForecast), json.AccountHealthForecast)!;
            return (back == forecast && SameSeries(back.Outlook, forecast.Outlook)
                    && back.Outlook.Policy == c.Policy && back.Outlook.Counts.Length == forecast.Assumptions.HorizonDays).Label(c.ToString());
        });

    [Property(MaxTest = 30)]
    public Property Series_RoundTripsAcrossAPolicyChange_UnderTheBuiltInVersions()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), c =>
        {
            // Amazon's timeline changes version on the current one's effective date: a series around it holds both.
            LocalDate change = AmazonPolicies.Current.EffectiveFrom;
            AccountHealthSeries series = AccountHealthEngine.Create(c.Ledger, AmazonPolicies.Timeline).Series(new SellerPolicy.Time.DayWindow(change.PlusDays(-3), change.PlusDays(3)));
            string text = JsonSerializer.Serialize(series, Json.AccountHealthSeries);
            AccountHealthSeries back = JsonSerializer.Deserialize(text, Json.AccountHealthSeries)!;
            return (SameSeries(back, series) && back.Timeline.Versions.SequenceEqual(AmazonPolicies.Timeline.Versions)
                    && back.SnapshotsWithoutOrderIds().SequenceEqual(series.SnapshotsWithoutOrderIds())).Label($"{c}: {text}");
        });

    [Fact]
    public void ASeriesOfAnUnknownPolicyVersion_IsAJsonErrorNamingIt()
    {
        MetricsCase c = MetricsLedgerGenerator.Build(8, 20);
        MarketplacePolicy mine = c.Policy with { Name = "my-shop" };
        AccountHealthForecast forecast = AccountHealthEngine.Create(c.Ledger, mine).Forecast(c.LastDay);
        string text = JsonSerializer.Serialize(forecast, Json.AccountHealthForecast);

        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(text, Json.AccountHealthForecast));
        AccountHealthForecast back = JsonSerializer.Deserialize(text, SellerPolicyJsonContext.WithPolicies([mine]).AccountHealthForecast)!;

        Assert.Contains($"'{mine.Version}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("WithPolicies", error.Message, StringComparison.Ordinal);
        Assert.True(SameSeries(back.Outlook, forecast.Outlook));
        Assert.Equal(mine, back.Outlook.Policy);
    }

    [Theory]
    [InlineData("{\"from\":\"2026-03-02\",\"to\":\"2026-03-01\",\"policyVersions\":[\"amazon@2025-01-01\"],\"counts\":[]}", "before its \"from\"")]
    [InlineData("{\"from\":\"2026-03-01\",\"to\":\"2026-03-02\",\"policyVersions\":[\"amazon@2025-01-01\"],\"counts\":[]}", "needs 2 counts (one a day), had 0")]
    [InlineData("{\"from\":\"2026-03-01\",\"to\":\"2026-03-01\",\"counts\":[]}", "needs \"from\", \"to\", \"policyVersions\" and \"counts\"")]
    public void ASeriesWithoutItsDaysCountsOrVersions_IsAJsonErrorSayingWhat(string text, string expected)
    {
        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(text, Json.AccountHealthSeries));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static bool SameSeries(AccountHealthSeries a, AccountHealthSeries b)
        => a.Days == b.Days && a.Counts.SequenceEqual(b.Counts)
           && a.Timeline.Versions.Select(v => v.Version).SequenceEqual(b.Timeline.Versions.Select(v => v.Version));
}
