using NodaTime;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Ingestion.Tests.Amazon;

public class AmazonReconciliationTests
{
    private static readonly MarketplacePolicy Policy = AmazonPolicies.Current;
    private static readonly SellerLedger Ledger = AmazonImport.Run(AmazonTestFiles.Samples).Ledger!;
    private static readonly LocalDate ReportDay = new(2026, 2, 28);

    private static AmazonMarketplacePerformance Amazon(int orderDelta = 0, int cancellationWindowEndShift = 0, string? cancellationStatus = "GOOD")
    {
        AccountHealthSnapshot ours = AccountHealth.Snapshot(Ledger, ReportDay, Policy);
        OrderDefectRateResult odr = ours.OrderDefectRate.Mfn;
        PreFulfillmentCancellationRateResult cancel = ours.PreFulfillmentCancellationRate;
        return new AmazonMarketplacePerformance(
            AmazonMarketplace.UnitedStates.Id, "NORMAL", "GREAT",
            new AmazonOrderDefectRate(FulfillmentChannel.Mfn, odr.Window, odr.OrderCount + orderDelta, odr.OrderWithDefects, odr.Claims, odr.Chargebacks,
                odr.NegativeFeedback, (double)odr.OrderWithDefects / (odr.OrderCount + orderDelta), odr.Target, "BAD"),
            null,
            new AmazonRateMetric("preFulfillmentCancellationRate", cancel.Window.PlusDays(cancellationWindowEndShift), cancel.Numerator, cancel.Denominator,
                cancel.Rate, cancel.Target, cancellationStatus),
            null, null, null);
    }

    private const string SamplesStartLate = "a window we lack data for: the ledger's first order is on 2026-01-02, after the window starts (2025-12-17).";

    [Fact]
    public void SameFigures_SameWindows_Agree_ButAWindowBeforeTheFirstOrderIsStillFlagged()
    {
        var rows = AmazonReconciliation.Compare(Ledger, Amazon(), Policy);

        Assert.Equal([MetricKind.OrderDefectRateMfn, MetricKind.PreFulfillmentCancellationRate], rows.Select(r => r.Kind));
        Assert.Equal([SamplesStartLate], rows[0].Causes.ToArray());
        Assert.Equal(["figures agree."], rows[1].Causes.ToArray());
        Assert.All(rows, r => Assert.Equal(0.0, r.RateDifference));
        Assert.Equal(ReportDay, rows[0].AsOf);
        Assert.Equal(new DayWindow(new LocalDate(2025, 12, 17), new LocalDate(2026, 2, 14)), rows[0].Ours.Window);
    }

    [Fact]
    public void AmazonCountsMoreOrders_BlamesOrdersMissingFromTheExport()
    {
        MetricReconciliation odr = AmazonReconciliation.Compare(Ledger, Amazon(orderDelta: 3), Policy)[0];

        Assert.Equal([SamplesStartLate, "orders missing from the export: Amazon counts 3 more in the denominator (20 against 17)."], odr.Causes.ToArray());
    }

    [Fact]
    public void AmazonsOdrWindowEndingElsewhere_IsALagMismatch_AndOurWindowFollowsAmazons()
    {
        var rows = AmazonReconciliation.Compare(Ledger, Amazon(cancellationWindowEndShift: -4), Policy);

        Assert.Contains("lag mismatch: Amazon's ODR window ends 10 days before its cancellation window; the policy's lag is 14 days.", rows[0].Causes);
        Assert.Equal(new LocalDate(2026, 2, 24), rows[1].AsOf);
    }

    [Fact]
    public void AmazonsExampleFrom2020_IsAWindowWeLackDataFor()
    {
        AmazonMarketplacePerformance example = AmazonPerformanceReportReader.ReadFile(AmazonTestFiles.PathOf("performance-report-example.json")).Report!.Marketplaces[0];

        MetricReconciliation odr = AmazonReconciliation.Compare(Ledger, example, Policy)[0];

        Assert.Equal(
            [
                "a window we lack data for: the ledger's first order is on 2026-01-02, after the window starts (2020-09-06).",
                "orders missing from the export: Amazon counts 539000 more in the denominator (539000 against 0).",
                "0 orders with defects against Amazon's 1078: claims 0 against 442 (-442), negative feedback 0 against 628 (-628), chargebacks 0 against 15 (-15): records missing from the claims or feedback files, or outside Amazon's window?",
                "Amazon's stated rate (0.9%) is not its own counts' (1078/539000 = 0.2%).",
                "status differs: Amazon says GOOD, ours is NONE (target below 1%).",
            ],
            odr.Causes.ToArray());
        Assert.Equal("GOOD", odr.AmazonStatus);
        Assert.Equal(0.0 - 0.009, odr.RateDifference!.Value, 9);
        Assert.Equal(example.OrderDefectRateMfnResult, odr.Amazon);
    }

    [Fact]
    public void AmazonsFigure_IsComparedAsTheSameResultTypeAsOurs()
    {
        MetricReconciliation[] rows = [.. AmazonReconciliation.Compare(Ledger, Amazon(), Policy)];

        Assert.All(rows, r => Assert.Equal(r.Ours.GetType(), r.Amazon!.GetType()));
        Assert.All(rows, r => Assert.Equal((r.Ours.Numerator, r.Ours.Denominator, r.Ours.Window), (r.Amazon!.Numerator, r.Amazon.Denominator, r.Amazon.Window)));
        Assert.All(rows, r => Assert.Equal(AmazonPerformanceReport.PolicyVersion, r.Amazon!.PolicyVersion));
        var (ours, theirs) = ((OrderDefectRateResult)rows[0].Ours, (OrderDefectRateResult)rows[0].Amazon!);
        Assert.Equal((ours.Claims, ours.Chargebacks, ours.NegativeFeedback), (theirs.Claims, theirs.Chargebacks, theirs.NegativeFeedback));
    }

    [Fact]
    public void AmazonsContradictoryCounts_AreACause_AndTheRawCountsAreStillCompared()
    {
        AmazonMarketplacePerformance example = AmazonPerformanceReportReader.ReadFile(AmazonTestFiles.PathOf("performance-report-example.json")).Report!.Marketplaces[0];

        MetricReconciliation tracking = Assert.Single(AmazonReconciliation.Compare(Ledger, example, Policy), r => r.Kind == MetricKind.ValidTrackingRate);

        Assert.Null(tracking.Amazon);
        Assert.Equal((896462, 878443), (tracking.AmazonNumerator, tracking.AmazonDenominator));
        Assert.Contains("Amazon's own counts do not make a figure: validTrackingCount (896462) exceeds shipmentCount (878443).", tracking.Causes);
        Assert.Contains(tracking.Causes, c => c.StartsWith("orders missing from the export: Amazon counts 878443 more", StringComparison.Ordinal));
    }

    [Fact]
    public void AmazonsRateRoundedAsWritten_IsNotACause()
    {
        AmazonMarketplacePerformance amazon = Amazon();
        AmazonOrderDefectRate odr = amazon.OrderDefectRateMfn!;
        double written = Math.Round(odr.Rate!.Value, 3);
        Assert.NotEqual(odr.Rate.Value, written); // the samples' rate has more decimals than Amazon writes here
        amazon = amazon with { OrderDefectRateMfn = odr with { Rate = written } };

        MetricReconciliation row = AmazonReconciliation.Compare(Ledger, amazon, Policy)[0];

        Assert.Equal([SamplesStartLate], row.Causes.ToArray());
    }

    [Theory]
    [InlineData("BAD", "status differs: Amazon says BAD, ours is GOOD (target below 2.5%).")]
    [InlineData("bad", "status differs: Amazon says BAD, ours is GOOD (target below 2.5%).")]
    [InlineData("AT_RISK", "Amazon's status 'AT_RISK' is not one of GOOD, BAD, NONE.")]
    public void AmazonsStatus_DifferingFromOurs_IsACause(string stated, string cause)
    {
        MetricReconciliation cancellation = AmazonReconciliation.Compare(Ledger, Amazon(cancellationStatus: stated), Policy)[1];

        Assert.Equal(MetricStatus.Good, cancellation.Ours.Status);
        Assert.Equal([cause], cancellation.Causes.ToArray());
        Assert.Equal(stated.ToUpperInvariant(), cancellation.AmazonStatus);
    }

    [Fact]
    public void AmazonsStatus_Absent_IsNull_AndNotACause()
    {
        MetricReconciliation cancellation = AmazonReconciliation.Compare(Ledger, Amazon(cancellationStatus: null), Policy)[1];

        Assert.Null(cancellation.AmazonStatus);
        Assert.Equal(["figures agree."], cancellation.Causes.ToArray());
    }

    [Fact]
    public void AmazonsLateShipmentRateOverTenDays_IsComparedWithOurTenDayRate()
    {
        AccountHealthSnapshot ours = AccountHealth.Snapshot(Ledger, ReportDay, Policy);
        LateShipmentRateResult tenDay = ours.LateShipmentRate10Day;
        var late = new AmazonRateMetric("lateShipmentRate", tenDay.Window, tenDay.Numerator, tenDay.Denominator, tenDay.Rate, tenDay.Target, "GOOD");
        AmazonMarketplacePerformance amazon = new(AmazonMarketplace.UnitedStates.Id, "NORMAL", "GREAT", null, null, null, late, null, null);

        MetricReconciliation row = Assert.Single(AmazonReconciliation.Compare(Ledger, amazon, Policy));

        Assert.Equal(10, tenDay.Window.Days);
        Assert.Equal(MetricKind.LateShipmentRate10Day, late.Kind);
        Assert.Equal(MetricKind.LateShipmentRate10Day, row.Kind);
        Assert.Equal(tenDay.Window, row.Ours.Window);
        Assert.Equal(MetricKind.LateShipmentRate10Day, row.Amazon!.Kind);
        Assert.DoesNotContain(row.Causes, c => c.StartsWith("window length differs", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOdrDifference_IsBrokenDownByClaimsFeedbackAndChargebacks()
    {
        AccountHealthSnapshot snapshot = AccountHealth.Snapshot(Ledger, ReportDay, Policy);
        OrderDefectRateResult ours = snapshot.OrderDefectRate.Mfn;
        AmazonMarketplacePerformance amazon = Amazon() with
        {
            OrderDefectRateMfn = new AmazonOrderDefectRate(FulfillmentChannel.Mfn, ours.Window, ours.OrderCount, ours.OrderWithDefects + 2, ours.Claims + 2,
                ours.Chargebacks, null, null, ours.Target, "BAD"),
        };

        MetricReconciliation odr = AmazonReconciliation.Compare(Ledger, amazon, Policy)[0];

        Assert.Equal(
            [new DefectDifference("claims", ours.Claims + 2, ours.Claims), new DefectDifference("negativeFeedback", null, ours.NegativeFeedback), new DefectDifference("chargebacks", ours.Chargebacks, ours.Chargebacks)],
            odr.Defects.ToArray());
        Assert.Contains(odr.Causes, c => c.StartsWith($"same orders, {ours.OrderWithDefects} orders with defects against Amazon's {ours.OrderWithDefects + 2}: claims {ours.Claims} against {ours.Claims + 2} (-2) (Amazon states no count of negativeFeedback)", StringComparison.Ordinal));
    }

    [Fact]
    public void TheOtherMetrics_HaveNoDefectBreakdown()
        => Assert.True(AmazonReconciliation.Compare(Ledger, Amazon(), Policy)[1].Defects.IsEmpty);
}

