using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Ebay;
using SellerPolicy.Metrics;
using SellerPolicy.Time;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Marketplaces.Ebay;

public sealed class EbayTransactionRulesTests
{
    private static readonly EbaySellerStandards Standards = new();
    private static readonly ReportingCalendar Utc = ReportingCalendar.Utc;

    private static int D(string iso) => DayNumber.Of(Day(iso));

    private static readonly ContributionSink Sink = new(Utc, 16);

    [Fact]
    public void CancellationDefect_SellerCancelledBeforeShipping_CountsFromTheCancellationDay()
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", cancelled: "2026-01-12T23:00:00Z", by: CancelledBy.Seller);
        Assert.Equal(D("2026-01-12"), EbayTransactionRules.CancellationDefectFrom(OrderEvidence.Of(order), Sink, Standards));
    }

    [Theory]
    [InlineData(CancelledBy.Buyer)]
    [InlineData(CancelledBy.System)]
    public void CancellationDefect_BuyerOrEbayCancelled_NeverCounts(CancelledBy by)
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", cancelled: "2026-01-12T10:00:00Z", by: by);
        Assert.Equal(DayNumber.Never, EbayTransactionRules.CancellationDefectFrom(OrderEvidence.Of(order), Sink, Standards));
    }

    [Fact]
    public void CancellationDefect_CancelledAfterShipping_NeverCounts()
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", shipped: "2026-01-11T10:00:00Z", cancelled: "2026-01-12T10:00:00Z", by: CancelledBy.Seller);
        Assert.Equal(DayNumber.Never, EbayTransactionRules.CancellationDefectFrom(OrderEvidence.Of(order), Sink, Standards));
    }

    [Fact]
    public void CaseSpan_ClosedForTheBuyerSellerFunded_CountsFromTheDecisionUntilTheReversal()
    {
        AtoZClaim claim = Claim("c1", "o1", "2026-01-15T10:00:00Z", ClaimOutcome.GrantedSellerFunded, "2026-01-20T10:00:00Z", "2026-02-01T10:00:00Z");
        Assert.Equal(new KnownSpan(T("2026-01-20T10:00:00Z"), T("2026-02-01T10:00:00Z")), EbayTransactionRules.CaseSpan(claim, Standards));
    }

    [Fact]
    public void CaseSpan_OpenCase_DoesNotCount()
        => Assert.Null(EbayTransactionRules.CaseSpan(Claim("c1", "o1", "2026-01-15T10:00:00Z"), Standards));

    [Theory]
    [InlineData(ClaimOutcome.SellerRefunded)]
    [InlineData(ClaimOutcome.GrantedAmazonFunded)]
    [InlineData(ClaimOutcome.OrderCancelled)]
    [InlineData(ClaimOutcome.Denied)]
    [InlineData(ClaimOutcome.Withdrawn)]
    [InlineData(ClaimOutcome.BuyShippingProtected)]
    public void CaseSpan_ResolvedBySellerOrNotForTheBuyer_DoesNotCount(ClaimOutcome outcome)
        => Assert.Null(EbayTransactionRules.CaseSpan(Claim("c1", "o1", "2026-01-15T10:00:00Z", outcome, "2026-01-20T10:00:00Z"), Standards));

    [Fact]
    public void CaseSpan_OutcomeSelectedByPolicy_Counts()
    {
        var standards = new EbaySellerStandards { CaseOutcomesWithoutSellerResolution = [ClaimOutcome.GrantedSellerFunded, ClaimOutcome.OrderCancelled] };
        Assert.NotNull(EbayTransactionRules.CaseSpan(Claim("c1", "o1", "2026-01-15T10:00:00Z", ClaimOutcome.OrderCancelled, "2026-01-20T10:00:00Z"), standards));
    }

    [Fact]
    public void LateDays_ScannedWithinHandlingTime_NeverLate()
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", latestShip: "2026-01-12T23:59:59Z", shipped: "2026-01-12T10:00:00Z", tracking: "T",
            scan: "2026-01-12T20:00:00Z", latestDelivery: "2026-01-16T23:59:59Z", delivered: "2026-01-20T10:00:00Z");
        Assert.Equal((DayNumber.Never, DayNumber.Never), EbayTransactionRules.LateDays(OrderEvidence.Of(order), Sink));
    }

    [Fact]
    public void LateDays_ScannedLateButDeliveredByTheEstimate_NeverLate()
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", latestShip: "2026-01-12T23:59:59Z", shipped: "2026-01-13T10:00:00Z", tracking: "T",
            scan: "2026-01-13T20:00:00Z", latestDelivery: "2026-01-16T23:59:59Z", delivered: "2026-01-16T10:00:00Z");
        Assert.Equal((DayNumber.Never, DayNumber.Never), EbayTransactionRules.LateDays(OrderEvidence.Of(order), Sink));
    }

    [Fact]
    public void LateDays_ScannedLateAndDeliveredLate_LateFromTheEstimatedDeliveryDay()
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", latestShip: "2026-01-12T23:59:59Z", shipped: "2026-01-13T10:00:00Z", tracking: "T",
            scan: "2026-01-13T20:00:00Z", latestDelivery: "2026-01-16T23:59:59Z", delivered: "2026-01-18T10:00:00Z");
        Assert.Equal((D("2026-01-16"), DayNumber.Never), EbayTransactionRules.LateDays(OrderEvidence.Of(order), Sink));
    }

    [Fact]
    public void LateDays_NoEstimatedDelivery_LateFromTheHandlingDeadlineWithoutAScan()
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", latestShip: "2026-01-12T23:59:59Z");
        Assert.Equal((D("2026-01-12"), DayNumber.Never), EbayTransactionRules.LateDays(OrderEvidence.Of(order), Sink));
    }

    [Fact]
    public void LateDays_CancelledBeforeShipping_StopsOnTheCancellationDay()
    {
        Order order = Order("o1", "2026-01-10T10:00:00Z", latestShip: "2026-01-12T23:59:59Z", cancelled: "2026-01-15T10:00:00Z", by: CancelledBy.Seller);
        Assert.Equal((D("2026-01-12"), D("2026-01-15")), EbayTransactionRules.LateDays(OrderEvidence.Of(order), Sink));
    }

    [Fact]
    public void LateDays_NoHandlingDeadline_NeverLate()
        => Assert.Equal((DayNumber.Never, DayNumber.Never), EbayTransactionRules.LateDays(OrderEvidence.Of(Order("o1", "2026-01-10T10:00:00Z")), Sink));
}
