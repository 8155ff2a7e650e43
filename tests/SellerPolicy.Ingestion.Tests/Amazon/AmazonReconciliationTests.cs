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

    private static AmazonMarketplacePerformance Amazon(int orderDelta = 0, int cancellationWindowEndShift = 0)
    {
        AccountHealthSnapshot ours = AccountHealth.Snapshot(Ledger, ReportDay, Policy);
        OrderDefectRateResult odr = ours.OrderDefectRate.Mfn;
        PreFulfillmentCancellationRateResult cancel = ours.PreFulfillmentCancellationRate;
        return new AmazonMarketplacePerformance(
            AmazonMarketplace.UnitedStates.Id, "NORMAL", "GREAT",
            new AmazonOrderDefectRate(FulfillmentChannel.Mfn, odr.Window, odr.OrderCount + orderDelta, odr.OrderWithDefects, odr.Claims, odr.Chargebacks,
                odr.NegativeFeedback, odr.Rate, odr.Target, "BAD"),
            null,
            new AmazonRateMetric("preFulfillmentCancellationRate", cancel.Window.PlusDays(cancellationWindowEndShift), cancel.Numerator, cancel.Denominator,
                cancel.Rate, cancel.Target, "GOOD"),
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
            ],
            odr.Causes.ToArray());
        Assert.Equal(0.0 - 0.009, odr.RateDifference!.Value, 9);
    }
}
