using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Metrics;

/// <summary>Hand-checked cases for every rule and boundary of domain-rules.md 4.1 (as of D = 2026-03-31 unless said).</summary>
public sealed class AccountHealthTests
{
    private static readonly LocalDate D = Day("2026-03-31");
    private static readonly MarketplacePolicy Policy = AmazonPolicies.Current;

    private static AccountHealthSnapshot Snap(SellerLedger ledger, LocalDate? asOf = null, MarketplacePolicy? policy = null)
    {
        AccountHealthSnapshot engine = AccountHealth.Snapshot(ledger, asOf ?? D, policy ?? Policy);
        Assert.Equal(ReferenceCalculator.Snapshot(ledger, asOf ?? D, policy ?? Policy), engine);
        return engine;
    }

    private static IEnumerable<Order> CleanOrders(int count, string day, string prefix = "X")
        => Enumerable.Range(0, count).Select(i => Order($"{prefix}-{i:D3}", day + "T12:00:00Z"));

    // ---------- Order Defect Rate ----------

    [Fact]
    public void Odr_SeedExample_OneClaimTwoNegativeFeedbacksOnThreeOrdersOfHundred_IsThreePercent()
    {
        SellerLedger ledger = LedgerOf(
            CleanOrders(97, "2026-02-10"),
            Order("A", "2026-02-10T12:00:00Z"), Order("B", "2026-02-11T12:00:00Z"), Order("C", "2026-02-12T12:00:00Z"),
            Claim("C-1", "A", "2026-02-20T12:00:00Z"),
            Feedback("B", "2026-02-20T12:00:00Z", 1), Feedback("C", "2026-02-21T12:00:00Z", 2));

        OrderDefectRateResult odr = Snap(ledger).OrderDefectRate.Mfn;

        Assert.Equal((100, 3, 1, 0, 2), (odr.OrderCount, odr.OrderWithDefects, odr.Claims, odr.Chargebacks, odr.NegativeFeedback));
        Assert.Equal(0.03, odr.Rate, 12);
        Assert.Equal(MetricStatus.Bad, odr.Status);
        Assert.Equal(new[] { "A", "B", "C" }, odr.OrderIds.Select(o => o.Value));
        Assert.Equal(new DayWindow(Day("2026-01-17"), Day("2026-03-17")), odr.Window);
        Assert.Equal("amazon@2025-01-01", odr.PolicyVersion);
        Assert.Equal(new[] { "orderDefectRate.mfn" }, Snap(ledger).FailingMetricNames);
    }

    [Theory]
    [InlineData("2026-03-17T23:59:59Z", 1)] // last day of the window: D-14
    [InlineData("2026-03-18T00:00:00Z", 0)] // D-13: still in the lag
    [InlineData("2026-01-17T00:00:00Z", 1)] // first day: D-14-59
    [InlineData("2026-01-16T23:59:59Z", 0)] // D-74: out
    public void Odr_WindowIsPurchaseDaysFromDMinus73ToDMinus14(string purchasedAt, int counted)
    {
        SellerLedger ledger = LedgerOf(Order("A", purchasedAt), Feedback("A", "2026-03-30T00:00:00Z", 1));
        OrderDefectRateResult odr = Snap(ledger).OrderDefectRate.Mfn;
        Assert.Equal((counted, counted), (odr.OrderCount, odr.OrderWithDefects));
    }

    [Fact]
    public void Odr_AttributedByPurchaseDate_DefectArrivingAfterWindowEndStillCounts()
    {
        // Purchased on the window's last day; feedback arrives on D itself.
        SellerLedger ledger = LedgerOf(Order("A", "2026-03-17T10:00:00Z"), Feedback("A", "2026-03-31T23:00:00Z", 2));
        Assert.Equal(1, Snap(ledger).OrderDefectRate.Mfn.OrderWithDefects);
        Assert.Equal(0, Snap(ledger, D.PlusDays(-1)).OrderDefectRate.Mfn.OrderWithDefects); // not yet received
    }

    [Fact]
    public void Odr_LagZero_WindowEndsOnAsOfDay()
    {
        MarketplacePolicy noLag = Policy with { OrderDefectRate = new OrderDefectRatePolicy { LagDays = 0 } };
        SellerLedger ledger = LedgerOf(Order("A", "2026-03-31T10:00:00Z"), Order("B", "2026-01-30T10:00:00Z"), Order("C", "2026-01-31T10:00:00Z"));
        OrderDefectRateResult odr = Snap(ledger, policy: noLag).OrderDefectRate.Mfn;
        Assert.Equal(new DayWindow(Day("2026-01-31"), D), odr.Window);
        Assert.Equal(2, odr.OrderCount);
    }

    [Fact]
    public void Odr_OrderWithThreeDefects_CountedOnce_EachComponentOnce()
    {
        SellerLedger ledger = LedgerOf(
            Order("A", "2026-02-10T12:00:00Z"), Order("B", "2026-02-10T12:00:00Z"),
            Feedback("A", "2026-02-15T00:00:00Z", 1), Claim("C-1", "A", "2026-02-16T00:00:00Z"), Claim("C-2", "A", "2026-02-17T00:00:00Z"),
            Chargeback("CB-1", "A", "2026-02-18T00:00:00Z"));
        OrderDefectRateResult odr = Snap(ledger).OrderDefectRate.Mfn;
        Assert.Equal((2, 1, 1, 1, 1), (odr.OrderCount, odr.OrderWithDefects, odr.Claims, odr.Chargebacks, odr.NegativeFeedback));
        Assert.Equal(0.5, odr.Rate);
        Assert.Equal(["A"], odr.OrderIds.Select(o => o.Value));
    }

    [Fact]
    public void Odr_MfnAndAfnAreSeparateRates()
    {
        SellerLedger ledger = LedgerOf(
            Order("M", "2026-02-10T12:00:00Z"), Order("F", "2026-02-10T12:00:00Z", FulfillmentChannel.Afn), Order("F2", "2026-02-10T12:00:00Z", FulfillmentChannel.Afn),
            Feedback("F", "2026-02-15T00:00:00Z", 1));
        AccountHealthSnapshot s = Snap(ledger);
        Assert.Equal((1, 0), (s.OrderDefectRate.Mfn.OrderCount, s.OrderDefectRate.Mfn.OrderWithDefects));
        Assert.Equal((2, 1), (s.OrderDefectRate.Afn.OrderCount, s.OrderDefectRate.Afn.OrderWithDefects));
        Assert.Equal(FulfillmentChannel.Afn, s.OrderDefectRate.Afn.Channel);
        Assert.Equal(MetricStatus.Good, s.OrderDefectRate.Mfn.Status);
        Assert.Equal([MetricKind.OrderDefectRateAfn], s.FailingMetrics.ToArray());
    }

    [Theory]
    [InlineData("2026-03-31T00:00:00Z", 0)]           // removed on D: gone as of D
    [InlineData("2026-03-31T23:59:59.9999999Z", 0)]   // last tick of D: still gone as of D
    [InlineData("2026-04-01T00:00:00Z", 1)]           // removed on D+1: still counts on D
    public void Feedback_RemovalOnDVersusDPlusOne(string removedAt, int counted)
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-02-10T12:00:00Z"), Feedback("A", "2026-02-15T00:00:00Z", 1, removedAt));
        Assert.Equal(counted, Snap(ledger).OrderDefectRate.Mfn.NegativeFeedback);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 0)] // neutral
    [InlineData(5, 0)]
    public void Feedback_OnlyRatingsUpToTwoAreNegative(int rating, int counted)
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-02-10T12:00:00Z"), Feedback("A", "2026-02-15T00:00:00Z", rating));
        Assert.Equal(counted, Snap(ledger).OrderDefectRate.Mfn.NegativeFeedback);
    }

    [Theory]
    [InlineData(null, null, null, true, 1)]                                                              // pending counts
    [InlineData(null, null, null, false, 0)]                                                             // policy switch: pending does not
    [InlineData(ClaimOutcome.Denied, "2026-03-31T10:00:00Z", null, true, 0)]                             // denied on D
    [InlineData(ClaimOutcome.Denied, "2026-04-01T00:00:00Z", null, true, 1)]                             // denied on D+1: pending on D
    [InlineData(ClaimOutcome.Withdrawn, "2026-03-01T00:00:00Z", null, true, 0)]
    [InlineData(ClaimOutcome.GrantedAmazonFunded, "2026-03-01T00:00:00Z", null, true, 0)]
    [InlineData(ClaimOutcome.BuyShippingProtected, "2026-03-01T00:00:00Z", null, true, 0)]
    [InlineData(ClaimOutcome.GrantedSellerFunded, "2026-03-01T00:00:00Z", null, true, 1)]
    [InlineData(ClaimOutcome.SellerRefunded, "2026-03-01T00:00:00Z", null, false, 1)]
    [InlineData(ClaimOutcome.OrderCancelled, "2026-03-01T00:00:00Z", null, true, 1)]
    [InlineData(ClaimOutcome.GrantedSellerFunded, "2026-03-01T00:00:00Z", "2026-03-31T12:00:00Z", true, 0)] // reversed on D
    [InlineData(ClaimOutcome.GrantedSellerFunded, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", true, 1)] // reversed after D
    public void Claim_CountsAsOfD(ClaimOutcome? outcome, string? decidedAt, string? reversedAt, bool pendingCounts, int counted)
    {
        MarketplacePolicy policy = Policy with { OrderDefectRate = new OrderDefectRatePolicy { PendingClaimsCount = pendingCounts } };
        SellerLedger ledger = LedgerOf(Order("A", "2026-02-10T12:00:00Z"), Claim("C-1", "A", "2026-02-20T00:00:00Z", outcome, decidedAt, reversedAt));
        Assert.Equal(counted, Snap(ledger, policy: policy).OrderDefectRate.Mfn.Claims);
    }

    [Theory]
    [InlineData(ChargebackType.Fraud, null, null, 0)]                                                   // fraud never counts
    [InlineData(ChargebackType.Service, null, null, 1)]                                                 // pending service counts
    [InlineData(ChargebackType.Service, ChargebackOutcome.DecidedForBuyer, "2026-03-01T00:00:00Z", 1)]
    [InlineData(ChargebackType.Service, ChargebackOutcome.DecidedForSeller, "2026-03-31T00:00:00Z", 0)] // won on D: stops
    [InlineData(ChargebackType.Service, ChargebackOutcome.DecidedForSeller, "2026-04-01T00:00:00Z", 1)] // won after D
    [InlineData(ChargebackType.Fraud, ChargebackOutcome.DecidedForBuyer, "2026-03-01T00:00:00Z", 0)]
    public void Chargeback_CountsAsOfD(ChargebackType type, ChargebackOutcome? outcome, string? decidedAt, int counted)
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-02-10T12:00:00Z"), Chargeback("CB-1", "A", "2026-02-20T00:00:00Z", type, outcome, decidedAt));
        Assert.Equal(counted, Snap(ledger).OrderDefectRate.Mfn.Chargebacks);
    }

    [Fact]
    public void Odr_DefectReceivedAfterD_NotYetKnown()
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-02-10T12:00:00Z"), Claim("C-1", "A", "2026-04-01T00:00:00Z"));
        Assert.Equal(0, Snap(ledger).OrderDefectRate.Mfn.OrderWithDefects);
        Assert.Equal(1, Snap(ledger, D.PlusDays(1)).OrderDefectRate.Mfn.OrderWithDefects);
    }

    // ---------- Pre-fulfilment cancellation ----------

    [Theory]
    [InlineData(CancelledBy.Buyer, null, 0)]                    // the buyer's cancel option never counts
    [InlineData(CancelledBy.Seller, null, 1)]
    [InlineData(CancelledBy.System, null, 1)]                   // auto-cancelled, never confirmed
    [InlineData(CancelledBy.Seller, "2026-03-29T09:00:00Z", 0)] // shipped before the cancellation
    [InlineData(CancelledBy.Seller, "2026-03-29T10:00:00Z", 0)] // shipped at the same instant: not "before shipment"
    public void Cancellation_BySellerOrSystemBeforeShipment(CancelledBy by, string? shipped, int counted)
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-03-28T12:00:00Z", shipped: shipped, cancelled: "2026-03-29T10:00:00Z", by: by),
            Order("B", "2026-03-28T12:00:00Z"));
        PreFulfillmentCancellationRateResult r = Snap(ledger).PreFulfillmentCancellationRate;
        Assert.Equal((2, counted), (r.OrderCount, r.CancellationCount));
        Assert.Equal(counted == 1 ? ["A"] : Array.Empty<string>(), r.OrderIds.Select(o => o.Value));
    }

    [Theory]
    [InlineData("2026-03-25T00:00:00Z", 1)] // D-6: first day
    [InlineData("2026-03-24T23:59:59Z", 0)] // D-7: out
    [InlineData("2026-03-31T23:59:59Z", 1)] // D: last day
    public void Cancellation_WindowIsSevenPurchaseDays(string purchasedAt, int orders)
    {
        SellerLedger ledger = LedgerOf(Order("A", purchasedAt));
        PreFulfillmentCancellationRateResult r = Snap(ledger).PreFulfillmentCancellationRate;
        Assert.Equal(orders, r.OrderCount);
        Assert.Equal(new DayWindow(Day("2026-03-25"), D), r.Window);
    }

    [Fact]
    public void Cancellation_KnownOnlyAfterD_NotCountedOnD()
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-03-30T12:00:00Z", cancelled: "2026-04-01T00:00:00Z", by: CancelledBy.Seller));
        Assert.Equal(0, Snap(ledger).PreFulfillmentCancellationRate.CancellationCount);
        Assert.Equal(1, Snap(ledger, D.PlusDays(1)).PreFulfillmentCancellationRate.CancellationCount);
    }

    [Fact]
    public void Cancellation_AfnOrdersNotCounted()
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-03-30T12:00:00Z", FulfillmentChannel.Afn, cancelled: "2026-03-30T13:00:00Z", by: CancelledBy.Seller));
        Assert.Equal(MetricStatus.None, Snap(ledger).PreFulfillmentCancellationRate.Status);
    }

    // ---------- Late shipment ----------

    [Theory]
    [InlineData("2026-03-25T18:00:00Z", 0)]          // shipped exactly at the latest ship date: on time
    [InlineData("2026-03-25T18:00:00.0000001Z", 1)]  // one tick later: late
    [InlineData("2026-03-24T18:00:00Z", 0)]
    [InlineData(null, 1)]                             // unshipped and overdue
    public void LateShipment_JudgedOnTheInstant(string? shipped, int late)
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-03-23T12:00:00Z", latestShip: "2026-03-25T18:00:00Z", shipped: shipped));
        AccountHealthSnapshot s = Snap(ledger);
        Assert.Equal((1, late), (s.LateShipmentRate.OrderCount, s.LateShipmentRate.LateShipmentCount));
        Assert.Equal((1, late), (s.LateShipmentRate10Day.OrderCount, s.LateShipmentRate10Day.LateShipmentCount));
    }

    [Fact]
    public void LateShipment_UnshippedDueOnD_IsLateAsOfD_EvenIfItShipsOnTimeLater()
    {
        // Latest ship date is on D (23:00); as of the end of D it has passed and the shipment is not known.
        SellerLedger ledger = LedgerOf(Order("A", "2026-03-30T12:00:00Z", latestShip: "2026-03-31T23:00:00Z", shipped: "2026-03-31T23:00:00Z"));
        Assert.Equal(0, Snap(ledger).LateShipmentRate.LateShipmentCount); // shipped on D at the deadline: known, on time
        SellerLedger unknown = LedgerOf(Order("B", "2026-03-30T12:00:00Z", latestShip: "2026-03-31T23:00:00Z"));
        Assert.Equal(1, Snap(unknown).LateShipmentRate.LateShipmentCount);
        Assert.Equal(0, Snap(unknown, D.PlusDays(-1)).LateShipmentRate.OrderCount); // not due yet
    }

    [Fact]
    public void LateShipment_CancelledBeforeShipment_LeftOutFromTheCancellationDay()
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-03-18T12:00:00Z", latestShip: "2026-03-20T18:00:00Z", cancelled: "2026-03-25T10:00:00Z", by: CancelledBy.Buyer));
        Assert.Equal((1, 1), (Snap(ledger, Day("2026-03-24")).LateShipmentRate.OrderCount, Snap(ledger, Day("2026-03-24")).LateShipmentRate.LateShipmentCount));
        Assert.Equal(0, Snap(ledger, Day("2026-03-25")).LateShipmentRate.OrderCount);
    }

    [Theory]
    [InlineData("2026-03-22T10:00:00Z", 1, 1)] // D-9: in both windows
    [InlineData("2026-03-21T10:00:00Z", 1, 0)] // D-10: 30-day only
    [InlineData("2026-03-02T10:00:00Z", 1, 0)] // D-29: 30-day first day
    [InlineData("2026-03-01T10:00:00Z", 0, 0)] // D-30: out
    public void LateShipment_TenAndThirtyDayWindowsByLatestShipDate(string latestShip, int in30, int in10)
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-02-27T12:00:00Z", latestShip: latestShip));
        AccountHealthSnapshot s = Snap(ledger);
        Assert.Equal((in30, in10), (s.LateShipmentRate.OrderCount, s.LateShipmentRate10Day.OrderCount));
    }

    // ---------- Valid tracking ----------

    [Fact]
    public void ValidTracking_NeedsTrackingIdAndScanKnownAsOfD_FailingOrdersListed()
    {
        SellerLedger ledger = LedgerOf(
            Order("A", "2026-03-20T12:00:00Z", shipped: "2026-03-21T12:00:00Z", tracking: "T1", scan: "2026-03-21T20:00:00Z"),
            Order("B", "2026-03-20T12:00:00Z", shipped: "2026-03-21T12:00:00Z", scan: "2026-03-21T20:00:00Z"),
            Order("C", "2026-03-20T12:00:00Z", shipped: "2026-03-21T12:00:00Z", tracking: "T3", scan: "2026-04-01T00:00:00Z"));
        ValidTrackingRateResult r = Snap(ledger).ValidTrackingRate;
        Assert.Equal((3, 1), (r.ShipmentCount, r.ValidTrackingCount));
        Assert.Equal(["B", "C"], r.OrderIds.Select(o => o.Value));
        Assert.Equal(TargetCondition.GreaterThan, r.Target.Condition);
        Assert.Equal(MetricStatus.Bad, r.Status);
        Assert.Equal(2, Snap(ledger, D.PlusDays(1)).ValidTrackingRate.ValidTrackingCount);
    }

    [Theory]
    [InlineData("2026-03-02T10:00:00Z", 1)] // D-29
    [InlineData("2026-03-01T23:59:59Z", 0)] // D-30
    [InlineData("2026-04-01T00:00:00Z", 0)] // shipped after D: unknown
    public void ValidTracking_WindowByShipDay(string shipped, int shipments)
        => Assert.Equal(shipments, Snap(LedgerOf(Order("A", "2026-02-27T12:00:00Z", shipped: shipped, tracking: "T"))).ValidTrackingRate.ShipmentCount);

    // ---------- On-time delivery ----------

    [Theory]
    [InlineData("2026-03-25T20:00:00Z", 1)]          // delivered exactly at the promised instant: on time
    [InlineData("2026-03-25T20:00:00.0000001Z", 0)]  // one tick later
    [InlineData(null, 0)]                             // not delivered
    public void OnTimeDelivery_DeliveredByLatestDeliveryDate(string? delivered, int onTime)
    {
        SellerLedger ledger = LedgerOf(
            Order("A", "2026-03-20T12:00:00Z", shipped: "2026-03-21T12:00:00Z", tracking: "T", scan: "2026-03-21T13:00:00Z",
                latestDelivery: "2026-03-25T20:00:00Z", delivered: delivered),
            Order("U", "2026-03-20T12:00:00Z", shipped: "2026-03-21T12:00:00Z", latestDelivery: "2026-03-25T20:00:00Z")); // untracked: not in it
        OnTimeDeliveryRateResult r = Snap(ledger).OnTimeDeliveryRate;
        Assert.Equal((1, onTime), (r.ShipmentCountWithValidTracking, r.OnTimeDeliveryCount));
        Assert.Equal(onTime == 1 ? Array.Empty<string>() : ["A"], r.OrderIds.Select(o => o.Value));
    }

    [Theory]
    [InlineData("2026-03-18T10:00:00Z", 1)] // D-13
    [InlineData("2026-03-17T10:00:00Z", 0)] // D-14
    public void OnTimeDelivery_WindowIsFourteenDeliveryDays(string latestDelivery, int shipments)
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-03-10T12:00:00Z", shipped: "2026-03-11T12:00:00Z", tracking: "T", scan: "2026-03-11T13:00:00Z",
            latestDelivery: latestDelivery));
        Assert.Equal(shipments, Snap(ledger).OnTimeDeliveryRate.ShipmentCountWithValidTracking);
    }

    // ---------- Return dissatisfaction ----------

    [Theory]
    [InlineData("2026-03-12T10:00:00Z", 0)]          // answered exactly at 48 h
    [InlineData("2026-03-12T10:00:00.0000001Z", 1)]  // one tick late
    [InlineData(null, 1)]                             // never answered, deadline long past
    public void ReturnDissatisfaction_ResponseLaterThan48Hours(string? respondedAt, int late)
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-03-01T12:00:00Z"), Return("R-1", "A", "2026-03-10T10:00:00Z", respondedAt));
        ReturnDissatisfactionRateResult r = Snap(ledger).ReturnDissatisfactionRate;
        Assert.Equal((1, late, late, 0, 0), (r.ReturnRequestCount, r.DissatisfiedCount, r.LateResponseCount, r.NegativeReturnFeedbackCount, r.InvalidRejectionCount));
    }

    [Fact]
    public void ReturnDissatisfaction_UnansweredBecomesLateOnTheDayTheDeadlinePasses()
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-03-01T12:00:00Z"), Return("R-1", "A", "2026-03-29T10:00:00Z"));
        Assert.Equal(0, Snap(ledger, Day("2026-03-30")).ReturnDissatisfactionRate.LateResponseCount); // deadline 03-31T10:00
        Assert.Equal(1, Snap(ledger, Day("2026-03-31")).ReturnDissatisfactionRate.LateResponseCount);
    }

    [Fact]
    public void ReturnDissatisfaction_ThreeComponentsCountedPerRequest_OrderIdsDistinct()
    {
        SellerLedger ledger = LedgerOf(
            Order("A", "2026-03-01T12:00:00Z", shipped: "2026-03-02T12:00:00Z"),
            Order("B", "2026-03-01T12:00:00Z"),
            new ReturnRequest(new ReturnId("R-1"), new OrderId("A"), new Sku("SKU-1"), 1, T("2026-03-10T10:00:00Z"), "DEFECTIVE",
                respondedAt: T("2026-03-10T11:00:00Z"), negativeReturnFeedback: true, rejectedIncorrectly: true),
            Return("R-3", "B", "2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z"));
        ReturnDissatisfactionRateResult r = Snap(ledger).ReturnDissatisfactionRate;
        Assert.Equal((2, 1, 1, 0, 1), (r.ReturnRequestCount, r.DissatisfiedCount, r.NegativeReturnFeedbackCount, r.LateResponseCount, r.InvalidRejectionCount));
        Assert.Equal(["A"], r.OrderIds.Select(o => o.Value));
        Assert.Equal(0.5, r.Rate);
    }

    // ---------- Empty windows, overall status, time zones, timeline ----------

    [Fact]
    public void EmptyWindows_StatusNone_RateZero()
    {
        SellerLedger ledger = LedgerOf(Order("A", "2025-01-01T12:00:00Z"));
        AccountHealthSnapshot s = Snap(ledger);
        Assert.All(s.Metrics, m => Assert.Equal((MetricStatus.None, 0.0), (m.Status, m.Rate)));
        Assert.Equal(MetricStatus.None, s.OverallStatus);
    }

    [Fact]
    public void OverallStatus_GoodWhenNothingFails()
    {
        SellerLedger ledger = LedgerOf(CleanOrders(10, "2026-02-10"));
        AccountHealthSnapshot s = Snap(ledger);
        Assert.Equal(MetricStatus.Good, s.OverallStatus);
        Assert.Empty(s.FailingMetrics);
    }

    [Fact]
    public void ReportingZoneWithDst_BucketsByLocalDay()
    {
        // 2026-03-08 is the US DST change. 04:30Z on 03-08 is 23:30 on 03-07 in New York (EST, UTC-5).
        var newYork = Policy with { Reporting = new ReportingCalendar(DateTimeZoneProviders.Tzdb["America/New_York"]), OrderDefectRate = new OrderDefectRatePolicy { LagDays = 0, WindowDays = 1 } };
        SellerLedger ledger = LedgerOf(Order("A", "2026-03-08T04:30:00Z"));
        Assert.Equal(1, Snap(ledger, Day("2026-03-07"), newYork).OrderDefectRate.Mfn.OrderCount);
        Assert.Equal(0, Snap(ledger, Day("2026-03-08"), newYork).OrderDefectRate.Mfn.OrderCount);
        Assert.Equal(1, Snap(ledger, Day("2026-03-08"), Policy with { OrderDefectRate = newYork.OrderDefectRate }).OrderDefectRate.Mfn.OrderCount);

        // Removal at local midnight starting 03-09 (04:00Z, EDT UTC-4): still counts as of 03-08, gone as of 03-09.
        var odr = newYork with { OrderDefectRate = new OrderDefectRatePolicy { LagDays = 0 } };
        SellerLedger removed = LedgerOf(Order("B", "2026-03-01T12:00:00Z"), Feedback("B", "2026-03-02T12:00:00Z", 1, "2026-03-09T04:00:00Z"));
        Assert.Equal(1, Snap(removed, Day("2026-03-08"), odr).OrderDefectRate.Mfn.NegativeFeedback);
        Assert.Equal(0, Snap(removed, Day("2026-03-09"), odr).OrderDefectRate.Mfn.NegativeFeedback);
        SellerLedger beforeMidnight = LedgerOf(Order("B", "2026-03-01T12:00:00Z"), Feedback("B", "2026-03-02T12:00:00Z", 1, "2026-03-09T03:59:59Z"));
        Assert.Equal(0, Snap(beforeMidnight, Day("2026-03-08"), odr).OrderDefectRate.Mfn.NegativeFeedback);
    }

    [Fact]
    public void Snapshot_WithTimeline_UsesVersionInEffectOnAsOfDay()
    {
        SellerLedger ledger = LedgerOf(Order("A", "2024-06-01T12:00:00Z"));
        Assert.Equal("amazon@2015-01-01", AccountHealth.Snapshot(ledger, Day("2024-07-01"), AmazonPolicies.Timeline).PolicyVersion);
        Assert.Equal("amazon@2025-01-01", AccountHealth.Snapshot(ledger, Day("2025-07-01"), AmazonPolicies.Timeline).OrderDefectRate.Mfn.PolicyVersion);
    }

    [Fact]
    public void Snapshot_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => AccountHealth.Snapshot(null!, D, Policy));
        Assert.Throws<ArgumentNullException>(() => AccountHealth.Snapshot(SellerLedger.Empty, D, (MarketplacePolicy)null!));
    }
}
