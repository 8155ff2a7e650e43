using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Deadlines;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Metrics.Tracking;
using SellerPolicy.Policies;
using SellerPolicy.Reporting;
using SellerPolicy.Returns;
using SellerPolicy.Serialization;
using SellerPolicy.Time;
using Xunit;

namespace PackageTour;

/// <summary>
/// The tour of issue 19 as a user's app runs it, against the packed packages: a ledger built from objects, a policy timeline
/// everywhere, JSON both ways, the tracker seeded from the ledger, and the ledger file read back, also asynchronously from a stream.
/// </summary>
public sealed class PackageTourTests(TourLedger tour) : IClassFixture<TourLedger>
{
    private static readonly Instant EndOfAsOf = TourLedger.AsOf.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() - Duration.FromSeconds(1);

    private AccountHealthEngine Engine { get; } = AccountHealthEngine.Create(tour.Ledger, tour.Timeline);

    [Fact]
    public void TheLedgerBuiltFromObjects_HoldsEveryOrderAndRecord()
    {
        Assert.Equal(TourLedger.OrderCount + 1, tour.Ledger.Orders.Length);
        Assert.Equal(tour.ClaimCount, tour.Ledger.Claims.Length);
        Assert.Equal(tour.ReturnCount, tour.Ledger.Returns.Length);
        Assert.Empty(tour.BuildProblems);
    }

    [Fact]
    public void Snapshot_OnTheEngine_EqualsTheOneShotCalculation_AndNamesTheDefectiveOrders()
    {
        AccountHealthSnapshot snapshot = Engine.Snapshot(TourLedger.AsOf);
        OrderDefectRateResult odr = snapshot.OrderDefectRate.Mfn;

        Assert.Equal(AccountHealth.Snapshot(tour.Ledger, TourLedger.AsOf, tour.Timeline), snapshot);
        Assert.Equal(tour.Stricter.Version, snapshot.PolicyVersion);
        Assert.True(odr.Numerator > 0 && odr.Denominator > odr.Numerator, odr.ToString());
        Assert.Equal(odr.Numerator, odr.OrderIds.Length);
        Assert.All(odr.OrderIds, id =>
        {
            OrderHistory history = tour.Ledger.GetHistory(id);
            Assert.Equal(FulfillmentChannel.Mfn, history.Order.Channel);
            Assert.True(history.Claims.Length + history.Chargebacks.Length > 0 || history.Feedback.Any(f => f.Rating <= 2), id.Value);
        });
    }

    [Fact]
    public void Series_AcrossThePolicyChange_JudgesEachDayUnderTheVersionInEffect()
    {
        var days = new DayWindow(new LocalDate(2026, 5, 25), new LocalDate(2026, 6, 7));

        AccountHealthSeries series = Engine.Series(days);

        foreach (LocalDate day in days.EnumerateDays())
        {
            AccountHealthSnapshot snapshot = series.SnapshotOn(day);
            MarketplacePolicy expected = day < tour.Stricter.EffectiveFrom ? AmazonPolicies.Current : tour.Stricter;
            Assert.Equal(expected.Version, snapshot.PolicyVersion);
            Assert.Equal(expected.LateShipment.Target, snapshot.LateShipmentRate.Target);
            Assert.Equal(Engine.CountsOn(day), series.CountsOn(day));
        }
    }

    [Fact]
    public void Forecast_OnTheEngine_EqualsTheOneShotForecast_AndCoversEveryMetric()
    {
        AccountHealthForecast forecast = Engine.Forecast(TourLedger.AsOf);

        Assert.Equal(AccountHealth.Forecast(tour.Ledger, TourLedger.AsOf, tour.Timeline), forecast);
        Assert.Equal(tour.Stricter.Metrics.Select(m => m.Id), forecast.Metrics.Select(m => m.Id));
        Assert.All(forecast.Metrics, m => Assert.Equal(Engine.Snapshot(TourLedger.AsOf)[m.Id].Status, m.CurrentStatus));
    }

    [Fact]
    public void WhatIf_WithdrawingAClaimThatIsAnOrdersOnlyDefect_TakesOneDefectOffTheOdr()
    {
        OrderDefectRateResult odr = Engine.Snapshot(TourLedger.AsOf).OrderDefectRate.Mfn;
        AtoZClaim claim = tour.Ledger.Claims.First(c => odr.OrderIds.Contains(c.OrderId) && tour.Ledger.GetHistory(c.OrderId) is { Chargebacks.IsEmpty: true, Claims.Length: 1 } history && history.Feedback.All(f => f.Rating > 2));

        WhatIfComparison comparison = Engine.WhatIf(TourLedger.AsOf, [new WithdrawClaim(claim.ClaimId, EndOfAsOf)]);

        Assert.Equal(odr.Numerator - 1, comparison.After.OrderDefectRate.Mfn.Numerator);
        Assert.DoesNotContain(claim.OrderId, comparison.After.OrderDefectRate.Mfn.OrderIds);
        Assert.Equal(WhatIf.Compare(tour.Ledger, TourLedger.AsOf, tour.Timeline, [new WithdrawClaim(claim.ClaimId, EndOfAsOf)]), comparison);
    }

    [Fact]
    public void ClaimEligibility_FollowsTheRules_UnderTheTimeline()
    {
        Order old = tour.Ledger.Orders.First(o => o.Channel == FulfillmentChannel.Mfn && o.CancelledAt is null && o.PurchasedAt < EndOfAsOf - Duration.FromDays(200));
        Order afn = tour.Ledger.Orders.Last(o => o.Channel == FulfillmentChannel.Afn && o.PurchasedAt < EndOfAsOf - Duration.FromDays(10));

        ClaimEligibility late = ClaimEligibilityRules.Evaluate(tour.Ledger.GetHistory(old.OrderId), ClaimReason.NotReceived, EndOfAsOf, tour.Timeline);
        ClaimEligibility amazonShipped = ClaimEligibilityRules.Evaluate(tour.Ledger.GetHistory(afn.OrderId), ClaimReason.NotReceived, EndOfAsOf, tour.Timeline);

        Assert.False(late.Eligible);
        Assert.Contains(ClaimEligibilityCode.WindowClosed, late.Failures);
        Assert.Contains(ClaimEligibilityCode.FulfilledByAmazon, amazonShipped.Failures);
        Assert.Equal(AmazonPolicies.Current.Version, late.PolicyVersion);   // the rules in effect when the order was placed
    }

    [Fact]
    public void Deadlines_ListTheOpenChargebackResponses_DueAsThePolicySays()
    {
        OpenObligations open = SellerObligations.Open(tour.Ledger, EndOfAsOf, tour.Timeline);
        Chargeback latest = tour.Ledger.Chargebacks.Where(c => c.ReceivedAt <= EndOfAsOf).MaxBy(c => c.ReceivedAt)!;
        SellerObligation expected = SellerDeadlines.RespondToChargeback(latest, tour.Timeline.For(TourLedger.AsOf));

        SellerObligation respond = Assert.Single(open.Items, o => o.Kind == SellerObligationKind.RespondToChargeback && o.OrderId == latest.OrderId);
        Assert.Equal(expected.DueAt, respond.DueAt);
        Assert.Equal(open.Items.OrderBy(o => o.DueAt).Select(o => o.DueAt), open.Items.Select(o => o.DueAt));
    }

    [Fact]
    public void ReturnlessEvaluation_RefundsCheapItemsWithoutAReturn_AndAsksForTheOthers()
    {
        var rules = new ReturnlessRuleSet(
            "USD", [new ReturnlessRule("cheap", new PriceRange(0m, 20m), TourLedger.FirstDay.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant())],
            new ReturnCostAssumption(6m, 18m), 0.3m);

        ImmutableArray<ReturnlessEvaluation> evaluations = ReturnlessEvaluator.Evaluate(tour.Ledger, rules, tour.Timeline);

        Assert.Equal(tour.ReturnCount, evaluations.Length);
        Assert.All(evaluations, e =>
        {
            decimal price = tour.Ledger.GetHistory(e.Request.OrderId).Order.Lines[0].UnitPrice.Amount;
            Assert.Equal(price <= 20m ? ReturnlessDecision.Returnless : ReturnlessDecision.RequireReturn, e.Decision);
        });
    }

    [Fact]
    public void Snapshot_ThroughSystemTextJson_ReadsBackEqual_WithIdsDaysAndEnumsAsText()
    {
        AccountHealthSnapshot snapshot = Engine.Snapshot(TourLedger.AsOf);

        string json = JsonSerializer.Serialize(snapshot, SellerPolicyJsonContext.Default.AccountHealthSnapshot);
        AccountHealthSnapshot? back = JsonSerializer.Deserialize(json, SellerPolicyJsonContext.Default.AccountHealthSnapshot);

        Assert.Equal(snapshot, back);
        Assert.Contains("\"asOf\":\"2026-10-31\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"{snapshot.OrderDefectRate.Mfn.OrderIds[0].Value}\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"overallStatus\":\"{snapshot.OverallStatus}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TheToolsReport_IsWrittenByTheLibrary()
    {
        AccountHealthSnapshot snapshot = Engine.Snapshot(TourLedger.AsOf);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, HealthReportJson.WriterOptions))
        {
            HealthReportJson.WriteSnapshot(writer, snapshot, tour.Stricter.Reporting);
        }

        using JsonDocument report = JsonDocument.Parse(buffer.ToArray());
        JsonElement mfn = report.RootElement.GetProperty("orderDefectRate").GetProperty("mfn");
        Assert.Equal(snapshot.OrderDefectRate.Mfn.Numerator, mfn.GetProperty("orderWithDefects").GetProperty("count").GetInt32());
        Assert.Equal(snapshot.OverallStatus.ToReportName(), report.RootElement.GetProperty("overallStatus").GetString());
    }

    [Fact]
    public void Tracker_SeededFromTheLedger_AgreesWithTheEngine_AndRecordsAShipmentOfTheOrderItHolds()
    {
        AccountHealthTracker tracker = AccountHealthTracker.Create(tour.Ledger, tour.Timeline);
        Assert.Equal(Engine.Snapshot(TourLedger.AsOf), tracker.Snapshot(TourLedger.AsOf));
        Assert.True(tracker.TryGetOrder(TourLedger.Unshipped, out Order? held));
        Assert.Null(held.ShippedAt);

        Instant shippedAt = held.PurchasedAt + Duration.FromHours(20);
        tracker.Record(held.WithShipment(shippedAt, "1ZTOUR0000001", shippedAt));

        Assert.True(tracker.TryGetOrder(TourLedger.Unshipped, out Order? shipped));
        Assert.Equal(shippedAt, shipped.ShippedAt);
        SellerLedger.Builder changed = tour.Ledger.ToBuilder();
        changed.RemoveOrders(o => o.OrderId == TourLedger.Unshipped);
        changed.Add(shipped);
        Assert.Equal(AccountHealth.Snapshot(changed.Build().GetLedgerOrThrow(), TourLedger.AsOf.PlusDays(1), tour.Timeline), tracker.Snapshot(TourLedger.AsOf.PlusDays(1)));
        Assert.Empty(tracker.Refused);
        Assert.Empty(tracker.Pending);
    }

    [Fact]
    public async Task Ledger_ReadAsynchronouslyFromAStream_EqualsTheSynchronousRead_AndACancelledReadThrows()
    {
        using var file = new MemoryStream();
        LedgerWriter.Write(tour.Ledger, file);
        byte[] content = file.ToArray();

        LedgerBuildResult sync = LedgerReader.Read(new MemoryStream(content));
        LedgerBuildResult read = await LedgerReader.ReadAsync(new MemoryStream(content), CancellationToken.None);

        Assert.Empty(read.Problems);
        Assert.Equal(sync.GetLedgerOrThrow(), read.GetLedgerOrThrow());
        Assert.Equal(tour.Ledger, read.GetLedgerOrThrow());

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LedgerReader.ReadAsync(new MemoryStream(content), cancelled.Token));
    }
}
