using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using static SellerPolicy.Tests.Claims.ClaimTestData;

namespace SellerPolicy.Tests.Claims;

public partial class ClaimEligibilityRulesTests
{
    // Current policy; purchase 2026-01-05T10:00Z, latest delivery date 2026-01-12T07:59:59Z:
    // "not received" opens 2026-01-15T07:59:59Z (+72 h), the window closes 2026-04-12T07:59:59Z (+90 × 24 h).
    private static readonly MarketplacePolicy Current = AmazonPolicies.Current;
    private static readonly MarketplacePolicy Legacy = AmazonPolicies.Legacy;
    private const string EarlyContact = "2026-01-06T09:00:00Z";

    private static ClaimEligibility Judge(OrderHistory history, ClaimReason reason, string at, MarketplacePolicy? policy = null)
        => ClaimEligibilityRules.Evaluate(history, reason, I(at), policy ?? Current);

    [Fact]
    public void Evaluate_AnInstantBeforeTheOrderWasPlaced_IsAnError_NotTooEarly()
    {
        OrderHistory history = History(Order(), [EarlyContact]);

        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Judge(history, ClaimReason.NotReceived, "2026-01-05T09:59:59Z"));

        Assert.Equal("at", ex.ParamName);
        Assert.StartsWith($"at (2026-01-05T09:59:59Z) is before order {history.Order.OrderId} was placed (2026-01-05T10:00:00Z)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AtThePurchaseInstant_IsJudged()
        => Assert.Equal(ClaimEligibilityCode.TooEarly, Judge(History(Order(), [EarlyContact]), ClaimReason.NotReceived, "2026-01-05T10:00:00Z").Code);

    [Fact]
    public void NotReceived_OneSecondBeforeOpening_IsTooEarly()
    {
        OrderHistory history = History(Order(), [EarlyContact]);
        ClaimEligibility result = Judge(history, ClaimReason.NotReceived, "2026-01-15T07:59:58Z");
        Assert.Equal(ClaimEligibilityCode.TooEarly, result.Code);
        Assert.False(result.Eligible);
        Assert.Equal(I("2026-01-15T07:59:59Z"), result.OpensAt);
        Assert.Contains("2026-01-15T07:59:59Z", result.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void NotReceived_AtTheOpeningInstant_IsEligible()
    {
        ClaimEligibility result = Judge(History(Order(), [EarlyContact]), ClaimReason.NotReceived, "2026-01-15T07:59:59Z");
        Assert.True(result.Eligible);
        Assert.Equal(ClaimEligibilityCode.Eligible, result.Code);
        Assert.Empty(result.Failures);
        Assert.Equal("amazon@2025-01-01", result.PolicyVersion);
    }

    [Fact]
    public void Window_AtTheClosingInstant_IsEligible_AndOneSecondLater_IsClosed()
    {
        OrderHistory history = History(Order(), [EarlyContact]);
        ClaimEligibility last = Judge(history, ClaimReason.NotReceived, "2026-04-12T07:59:59Z");
        ClaimEligibility after = Judge(history, ClaimReason.NotReceived, "2026-04-12T08:00:00Z");
        Assert.Equal(I("2026-04-12T07:59:59Z"), last.ClosesAt);
        Assert.True(last.Eligible);
        Assert.Equal(ClaimEligibilityCode.WindowClosed, after.Code);
    }

    [Theory]
    [InlineData("2026-01-22T09:59:00Z", ClaimEligibilityCode.ContactSellerFirst)] // 47:59 after contact
    [InlineData("2026-01-22T09:59:59Z", ClaimEligibilityCode.ContactSellerFirst)] // 47:59:59
    [InlineData("2026-01-22T10:00:00Z", ClaimEligibilityCode.Eligible)] // 48:00
    public void Contact_WaitOf48Hours_IsExactToTheSecond(string at, ClaimEligibilityCode expected)
    {
        ClaimEligibility result = Judge(History(Order(), ["2026-01-20T10:00:00Z"]), ClaimReason.NotReceived, at);
        Assert.Equal(expected, result.Code);
        Assert.Equal(I("2026-01-22T10:00:00Z"), result.ContactWaitEndsAt);
    }

    [Fact]
    public void Contact_NoneOrOnlyAfterTheInstant_MeansContactSellerFirst()
    {
        Assert.Equal(ClaimEligibilityCode.ContactSellerFirst, Judge(History(Order()), ClaimReason.NotReceived, "2026-02-01T00:00:00Z").Code);
        ClaimEligibility later = Judge(History(Order(), ["2026-02-02T00:00:00Z"]), ClaimReason.NotReceived, "2026-02-01T00:00:00Z");
        Assert.Equal(ClaimEligibilityCode.ContactSellerFirst, later.Code);
        Assert.Contains("has not contacted", later.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void NotReceived_DeliveredScanBeforeTheEstimate_OpensAtTheScan()
    {
        OrderHistory history = History(Order(deliveredAt: "2026-01-10T18:00:00Z"), [EarlyContact]);
        Assert.Equal(ClaimEligibilityCode.TooEarly, Judge(history, ClaimReason.NotReceived, "2026-01-10T17:59:59Z").Code);
        ClaimEligibility atScan = Judge(history, ClaimReason.NotReceived, "2026-01-10T18:00:00Z");
        Assert.True(atScan.Eligible);
        Assert.Equal(I("2026-01-10T18:00:00Z"), atScan.OpensAt);
        Assert.Contains("delivered scan", atScan.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void NotReceived_DeliveredScanLaterThan72HoursAfterTheEstimate_OpensAt72Hours()
    {
        ClaimEligibility result = Judge(History(Order(deliveredAt: "2026-01-16T00:00:00Z"), [EarlyContact]), ClaimReason.NotReceived, "2026-01-15T07:59:59Z");
        Assert.True(result.Eligible);
        Assert.Equal(I("2026-01-15T07:59:59Z"), result.OpensAt);
    }

    [Fact]
    public void OtherReasons_OpenAtTheDeliveredScan_ElseAtTheEstimate()
    {
        ReturnRequest asked = Return("2026-01-11T09:00:00Z");
        ClaimEligibility scanned = Judge(History(Order(deliveredAt: "2026-01-10T18:00:00Z"), [EarlyContact], [asked]), ClaimReason.DamagedOrDefective, "2026-01-12T00:00:00Z");
        Assert.Equal(I("2026-01-10T18:00:00Z"), scanned.OpensAt);
        Assert.True(scanned.Eligible);

        ClaimEligibility estimated = Judge(History(Order(), [EarlyContact], [asked]), ClaimReason.DamagedOrDefective, "2026-01-12T07:59:58Z");
        Assert.Equal(I("2026-01-12T07:59:59Z"), estimated.OpensAt);
        Assert.Equal(ClaimEligibilityCode.TooEarly, estimated.Code);
    }

    [Fact]
    public void MissingLatestDeliveryDate_UnderTheCurrentPolicy_CannotBeJudged()
    {
        OrderHistory history = History(Order(latestDeliveryDate: null, deliveredAt: "2026-01-10T18:00:00Z"), [EarlyContact]);
        ClaimEligibility result = Judge(history, ClaimReason.NotReceived, "2026-02-01T00:00:00Z");
        Assert.Equal(ClaimEligibilityCode.MissingDeliveryEstimate, result.Code);
        Assert.Null(result.ClosesAt);
        Assert.Equal(I("2026-01-10T18:00:00Z"), result.OpensAt);
    }

    [Fact]
    public void Legacy_NotReceived_OpensThirtyDaysAfterPurchase_WhenEarlierThanTheEstimate()
    {
        OrderHistory history = History(Order("2020-03-01T10:00:00Z", latestDeliveryDate: "2020-04-10T10:00:00Z"), ["2020-03-02T10:00:00Z"]);
        Assert.Equal(ClaimEligibilityCode.TooEarly, Judge(history, ClaimReason.NotReceived, "2020-03-31T09:59:59Z", Legacy).Code);
        ClaimEligibility open = Judge(history, ClaimReason.NotReceived, "2020-03-31T10:00:00Z", Legacy);
        Assert.True(open.Eligible);
        Assert.Contains("legacy", open.Rule, StringComparison.Ordinal);
        Assert.Equal(I("2020-04-13T10:00:00Z"), Judge(history, ClaimReason.NotReceived, "2020-03-31T10:00:00Z", Current).OpensAt);
    }

    [Fact]
    public void Legacy_Window_ClosesNinetyDaysAfterPurchase_NotAfterTheEstimate()
    {
        OrderHistory history = History(Order("2020-03-01T10:00:00Z", latestDeliveryDate: "2020-03-08T10:00:00Z"), ["2020-03-02T10:00:00Z"]);
        ClaimEligibility last = Judge(history, ClaimReason.NotReceived, "2020-05-30T10:00:00Z", Legacy);
        Assert.Equal(I("2020-05-30T10:00:00Z"), last.ClosesAt);
        Assert.True(last.Eligible);
        Assert.Equal(ClaimEligibilityCode.WindowClosed, Judge(history, ClaimReason.NotReceived, "2020-05-30T10:00:01Z", Legacy).Code);
        Assert.Equal(I("2020-06-06T10:00:00Z"), Judge(history, ClaimReason.NotReceived, "2020-05-30T10:00:01Z", Current).ClosesAt);
    }

    [Fact]
    public void Legacy_MissingEstimate_NotReceived_OpensFromThePurchase_ButIsUndecidableBeforeThat()
    {
        OrderHistory history = History(Order("2020-03-01T10:00:00Z", latestDeliveryDate: null), ["2020-03-02T10:00:00Z"]);
        ClaimEligibility open = Judge(history, ClaimReason.NotReceived, "2020-03-31T10:00:00Z", Legacy);
        Assert.True(open.Eligible);
        Assert.Equal(I("2020-05-30T10:00:00Z"), open.ClosesAt);

        ClaimEligibility before = Judge(history, ClaimReason.NotReceived, "2020-03-31T09:59:59Z", Legacy);
        Assert.Equal(ClaimEligibilityCode.MissingDeliveryEstimate, before.Code);
        Assert.DoesNotContain(ClaimEligibilityCode.TooEarly, before.Failures);
    }

    [Fact]
    public void Legacy_MissingEstimateAndScan_OtherReason_HasNoOpening()
    {
        OrderHistory history = History(Order("2020-03-01T10:00:00Z", latestDeliveryDate: null), ["2020-03-02T10:00:00Z"], [Return("2020-03-05T10:00:00Z")]);
        ClaimEligibility result = Judge(history, ClaimReason.DamagedOrDefective, "2020-03-20T10:00:00Z", Legacy);
        Assert.Equal(ClaimEligibilityCode.MissingDeliveryEstimate, result.Code);
        Assert.Null(result.OpensAt);
        Assert.Equal(I("2020-05-30T10:00:00Z"), result.ClosesAt);
    }

    [Fact]
    public void Legacy_DeliveredAfterTheCloseFromPurchase_WindowClosesAtItsOpening()
    {
        OrderHistory history = History(Order("2020-03-01T10:00:00Z", latestDeliveryDate: "2020-03-08T10:00:00Z", deliveredAt: "2020-06-15T10:00:00Z"), ["2020-03-02T10:00:00Z"], [Return("2020-06-15T11:00:00Z")]);
        ClaimEligibility result = Judge(history, ClaimReason.DamagedOrDefective, "2020-06-15T10:00:00Z", Legacy);
        Assert.Equal(result.OpensAt, result.ClosesAt);
        Assert.Contains("never closes before it opens", Judge(history, ClaimReason.DamagedOrDefective, "2020-06-16T10:00:00Z", Legacy).Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_JudgesAnOldOrderUnderTheRulesOfItsPurchaseDay()
    {
        OrderHistory old = History(Order("2020-03-01T10:00:00Z", latestDeliveryDate: "2020-03-08T10:00:00Z"), ["2020-03-02T10:00:00Z"]);
        ClaimEligibility judgedOld = ClaimEligibilityRules.Evaluate(old, ClaimReason.NotReceived, I("2020-04-01T00:00:00Z"), AmazonPolicies.Timeline);
        Assert.Equal("amazon@2015-01-01", judgedOld.PolicyVersion);
        Assert.Equal(I("2020-05-30T10:00:00Z"), judgedOld.ClosesAt);

        ClaimEligibility judgedNew = ClaimEligibilityRules.Evaluate(History(Order(), [EarlyContact]), ClaimReason.NotReceived, I("2026-02-01T00:00:00Z"), AmazonPolicies.Timeline);
        Assert.Equal("amazon@2025-01-01", judgedNew.PolicyVersion);
    }

    [Fact]
    public void FulfilledByAmazon_IsReportedBeforeEveryOtherCode()
    {
        OrderHistory history = History(Order(channel: FulfillmentChannel.Afn), [], [], [Chargeback("2026-01-20T00:00:00Z")]);
        ClaimEligibility result = Judge(history, ClaimReason.Other, "2026-05-01T00:00:00Z");
        Assert.Equal(ClaimEligibilityCode.FulfilledByAmazon, result.Code);
        Assert.Equal(
            new[] { ClaimEligibilityCode.FulfilledByAmazon, ClaimEligibilityCode.ChargebackFiled, ClaimEligibilityCode.NotCovered, ClaimEligibilityCode.WindowClosed, ClaimEligibilityCode.ContactSellerFirst },
            result.Failures.ToArray());
    }

    [Fact]
    public void Chargeback_ReceivedAtOrBeforeTheInstant_RulesTheClaimOut_ALaterOneDoesNot()
    {
        OrderHistory history = History(Order(), [EarlyContact], [], [Chargeback("2026-01-20T00:00:00Z", ChargebackType.Fraud)]);
        Assert.Equal(ClaimEligibilityCode.ChargebackFiled, Judge(history, ClaimReason.NotReceived, "2026-01-20T00:00:00Z").Code);
        Assert.Equal(ClaimEligibilityCode.Eligible, Judge(history, ClaimReason.NotReceived, "2026-01-19T23:59:59Z").Code);
    }

    [Fact]
    public void NotCovered_WhenEveryLineIsInANotCoveredCategory_OrForReasonOther()
    {
        Assert.Equal(ClaimEligibilityCode.NotCovered, Judge(History(Order(categories: ["Digital", "giftcard"]), [EarlyContact]), ClaimReason.NotReceived, "2026-02-01T00:00:00Z").Code);
        Assert.Equal(ClaimEligibilityCode.Eligible, Judge(History(Order(categories: ["Digital", "Kitchen"]), [EarlyContact]), ClaimReason.NotReceived, "2026-02-01T00:00:00Z").Code);
        Assert.Equal(ClaimEligibilityCode.Eligible, Judge(History(Order(categories: [null]), [EarlyContact]), ClaimReason.NotReceived, "2026-02-01T00:00:00Z").Code);
        Assert.Equal(ClaimEligibilityCode.NotCovered, Judge(History(Order(), [EarlyContact]), ClaimReason.Other, "2026-02-01T00:00:00Z").Code);
    }

    [Fact]
    public void NotCovered_FollowsThePolicyLists()
    {
        MarketplacePolicy open = Current with { Claims = Current.Claims with { NotCoveredReasons = [], NotCoveredCategories = [] } };
        Assert.Equal(ClaimEligibilityCode.Eligible, Judge(History(Order(categories: ["Digital"]), [EarlyContact]), ClaimReason.Other, "2026-02-01T00:00:00Z", open).Code);
    }

    [Fact]
    public void SeveralCodes_WindowClosedComesBeforeContactSellerFirst_TooEarlyBeforeReturnNotRequested()
    {
        Assert.Equal(ClaimEligibilityCode.WindowClosed, Judge(History(Order()), ClaimReason.NotReceived, "2026-05-01T00:00:00Z").Code);
        ClaimEligibility early = Judge(History(Order()), ClaimReason.DamagedOrDefective, "2026-01-06T00:00:00Z");
        Assert.Equal(new[] { ClaimEligibilityCode.TooEarly, ClaimEligibilityCode.ReturnNotRequested, ClaimEligibilityCode.ContactSellerFirst }, early.Failures.ToArray());
    }

    [Theory]
    [InlineData(ClaimReason.DamagedOrDefective)]
    [InlineData(ClaimReason.MateriallyDifferent)]
    public void DamagedOrDifferent_NeedsAReturnRequestedAtOrBeforeTheInstant(ClaimReason reason)
    {
        Order order = Order(deliveredAt: "2026-01-10T18:00:00Z");
        Assert.Equal(ClaimEligibilityCode.ReturnNotRequested, Judge(History(order, [EarlyContact]), reason, "2026-01-20T00:00:00Z").Code);
        OrderHistory asked = History(order, [EarlyContact], [Return("2026-01-20T00:00:00Z")]);
        Assert.Equal(ClaimEligibilityCode.ReturnNotRequested, Judge(asked, reason, "2026-01-19T23:59:59Z").Code);
        Assert.Equal(ClaimEligibilityCode.Eligible, Judge(asked, reason, "2026-01-20T00:00:00Z").Code);
    }

    // Delivered 2026-01-10T18:00Z: the return window closes 2026-02-09T18:00Z. Arranged (answered) 2026-01-16T20:00Z:
    // the buyer must ship back by 2026-01-30T20:00Z.
    [Theory]
    [InlineData("2026-01-30T20:00:00Z", ClaimEligibilityCode.Eligible)]
    [InlineData("2026-01-30T20:00:01Z", ClaimEligibilityCode.ReturnNotRequested)]
    [InlineData(null, ClaimEligibilityCode.ReturnNotRequested)]
    public void ReturnNotRefunded_NeedsTheReturnShippedWithin14DaysOfArrangingIt(string? shippedAt, ClaimEligibilityCode expected)
    {
        OrderHistory history = History(Order(deliveredAt: "2026-01-10T18:00:00Z"), [EarlyContact],
            [Return("2026-01-16T09:00:00Z", respondedAt: "2026-01-16T20:00:00Z", shippedAt: shippedAt)]);
        ClaimEligibility result = Judge(history, ClaimReason.ReturnNotRefunded, "2026-02-15T00:00:00Z");
        Assert.Equal(expected, result.Code);
    }

    [Fact]
    public void ReturnNotRefunded_ShippedAfterTheInstant_IsNotYetShipped()
    {
        OrderHistory history = History(Order(deliveredAt: "2026-01-10T18:00:00Z"), [EarlyContact],
            [Return("2026-01-16T09:00:00Z", respondedAt: "2026-01-16T20:00:00Z", shippedAt: "2026-01-20T00:00:00Z")]);
        ClaimEligibility before = Judge(history, ClaimReason.ReturnNotRefunded, "2026-01-19T23:59:59Z");
        Assert.Equal(ClaimEligibilityCode.ReturnNotRequested, before.Code);
        Assert.Contains("has not been shipped back", before.Rule, StringComparison.Ordinal);
        Assert.True(Judge(history, ClaimReason.ReturnNotRefunded, "2026-01-20T00:00:00Z").Eligible);
    }

    [Fact]
    public void ReturnNotRefunded_RequestedAfterTheReturnWindow_DoesNotQualify()
    {
        OrderHistory inside = History(Order(deliveredAt: "2026-01-10T18:00:00Z"), [EarlyContact],
            [Return("2026-02-09T18:00:00Z", shippedAt: "2026-02-10T00:00:00Z")]);
        OrderHistory outside = History(Order(deliveredAt: "2026-01-10T18:00:00Z"), [EarlyContact],
            [Return("2026-02-09T18:00:01Z", shippedAt: "2026-02-10T00:00:00Z")]);
        Assert.True(Judge(inside, ClaimReason.ReturnNotRefunded, "2026-02-20T00:00:00Z").Eligible);
        ClaimEligibility late = Judge(outside, ClaimReason.ReturnNotRefunded, "2026-02-20T00:00:00Z");
        Assert.Equal(ClaimEligibilityCode.ReturnNotRequested, late.Code);
        Assert.Contains("outside the return window", late.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void RefundPromiseNotKept_AReturnlessRefundInTheWindow_NeedsNoShipment()
    {
        OrderHistory history = History(Order(deliveredAt: "2026-01-10T18:00:00Z"), [EarlyContact],
            [Return("2026-01-16T09:00:00Z", status: ReturnStatus.Requested, returnless: true)]);
        Assert.True(Judge(history, ClaimReason.RefundPromiseNotKept, "2026-02-01T00:00:00Z").Eligible);
        Assert.Equal(ClaimEligibilityCode.ReturnNotRequested, Judge(History(Order(deliveredAt: "2026-01-10T18:00:00Z"), [EarlyContact]), ClaimReason.RefundPromiseNotKept, "2026-02-01T00:00:00Z").Code);
    }

    [Fact]
    public void EligibleRule_StatesTheWindowAndTheContact()
    {
        ClaimEligibility result = Judge(History(Order(), [EarlyContact]), ClaimReason.NotReceived, "2026-02-01T00:00:00Z");
        Assert.Contains("2026-01-15T07:59:59Z", result.Rule, StringComparison.Ordinal);
        Assert.Contains("2026-04-12T07:59:59Z", result.Rule, StringComparison.Ordinal);
        Assert.Contains("2026-01-06T09:00:00Z", result.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_ForNotReceived_QuotesTrackingAndDeliveryDate()
    {
        ClaimEligibility result = Judge(History(Order(deliveredAt: "2026-01-10T18:00:00Z"), [EarlyContact]), ClaimReason.NotReceived, "2026-02-01T00:00:00Z");
        Assert.Contains(result.Evidence, e => e.Contains("1Z999", StringComparison.Ordinal) && e.Contains("2026-01-10T18:00:00Z", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_RejectsAnUndefinedReason()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Judge(History(Order()), (ClaimReason)99, "2026-02-01T00:00:00Z"));

    [Fact]
    public void NullArguments_AreRejectedNamingThem()
    {
        OrderHistory history = History(Order());
        Instant at = I("2026-02-01T00:00:00Z");

        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => ClaimEligibilityRules.Evaluate(null!, ClaimReason.NotReceived, at, Current)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ClaimEligibilityRules.Evaluate(history, ClaimReason.NotReceived, at, (MarketplacePolicy)null!)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => ClaimEligibilityRules.Evaluate(null!, ClaimReason.NotReceived, at, AmazonPolicies.Timeline)).ParamName);
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => ClaimEligibilityRules.Evaluate(history, ClaimReason.NotReceived, at, (PolicyTimeline)null!)).ParamName);
        Assert.Equal("order", Assert.Throws<ArgumentNullException>(() => ClaimEligibilityRules.PolicyFor(null!, AmazonPolicies.Timeline)).ParamName);
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => ClaimEligibilityRules.PolicyFor(history.Order, null!)).ParamName);
    }

    [Fact]
    public void Rule_FulfilledByAmazon_SendsTheBuyerToAmazonCustomerService()
        => Assert.Equal(
            "the order is Fulfilled by Amazon: the buyer goes to Amazon customer service; the A-to-z Guarantee covers items sold and fulfilled by the seller",
            Judge(History(Order(channel: FulfillmentChannel.Afn), [EarlyContact]), ClaimReason.NotReceived, "2026-02-01T00:00:00Z").Rule);

    [Fact]
    public void Rule_Chargeback_NamesItAndWhenItWasReceived()
    {
        ClaimEligibility result = Judge(History(Order(), [EarlyContact], [], [Chargeback("2026-01-20T00:00:00Z", id: "CB-77")]), ClaimReason.NotReceived, "2026-02-01T00:00:00Z");

        Assert.StartsWith("the buyer filed chargeback CB-77 with the card issuer (received 2026-01-20T00:00:00Z)", result.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_NotCovered_NamesTheReason_OrEachCategoryOnce()
    {
        ClaimEligibility reason = Judge(History(Order(), [EarlyContact]), ClaimReason.Other, "2026-02-01T00:00:00Z");
        ClaimEligibility categories = Judge(History(Order(categories: ["Digital", "giftcard", "digital"]), [EarlyContact]), ClaimReason.NotReceived, "2026-02-01T00:00:00Z");

        Assert.Equal("the guarantee does not cover the reason Other (policy claims.notCoveredReasons)", reason.Rule);
        Assert.Equal("every line of the order is in a category the guarantee does not cover (Digital, giftcard; policy claims.notCoveredCategories)", categories.Rule);
    }

    [Fact]
    public void Rule_TooEarly_NamesTheOpeningAndTheRuleThatSetsIt()
    {
        OrderHistory history = History(Order(), [EarlyContact], [Return("2026-01-11T09:00:00Z")]);
        OrderHistory delivered = History(Order(deliveredAt: Delivered), [EarlyContact], [Return("2026-01-11T09:00:00Z")]);

        Assert.Equal(
            "the window opens at 2026-01-15T07:59:59Z (3 days after the latest estimated delivery date 2026-01-12T07:59:59Z)",
            Judge(history, ClaimReason.NotReceived, "2026-01-14T00:00:00Z").Rule);
        Assert.Equal(
            "the window opens at 2026-01-12T07:59:59Z (opens at delivery: no delivered scan, so the latest estimated delivery date 2026-01-12T07:59:59Z)",
            Judge(history, ClaimReason.DamagedOrDefective, "2026-01-11T10:00:00Z").Rule);
        Assert.Equal(
            "the window opens at 2026-01-10T18:00:00Z (opens at delivery: the delivered scan 2026-01-10T18:00:00Z)",
            Judge(delivered, ClaimReason.DamagedOrDefective, "2026-01-10T17:00:00Z").Rule);
        Assert.Equal(
            "the window opens at 2026-01-10T18:00:00Z (the delivered scan 2026-01-10T18:00:00Z the buyer disputes)",
            Judge(delivered, ClaimReason.NotReceived, "2026-01-10T17:00:00Z").Rule);
    }

    private const string Delivered = "2026-01-10T18:00:00Z";

    [Fact]
    public void Rule_Legacy_NamesThePurchaseAsTheStartAndTheEnd()
    {
        OrderHistory history = History(Order("2020-03-01T10:00:00Z", latestDeliveryDate: "2020-04-10T10:00:00Z"), ["2020-03-02T10:00:00Z"]);

        Assert.Equal(
            "the window opens at 2020-03-31T10:00:00Z (30 days after the purchase 2020-03-01T10:00:00Z (legacy rule))",
            Judge(history, ClaimReason.NotReceived, "2020-03-30T10:00:00Z", Legacy).Rule);
        Assert.Equal(
            "the window closed at 2020-05-30T10:00:00Z (closes 90 days after the purchase 2020-03-01T10:00:00Z (legacy rule)); Amazon may still accept a claim it finds warranted",
            Judge(history, ClaimReason.NotReceived, "2020-06-01T10:00:00Z", Legacy).Rule);
    }

    [Fact]
    public void Rule_WindowClosed_NamesTheCloseFromTheEstimate()
        => Assert.Equal(
            "the window closed at 2026-04-12T07:59:59Z (closes 90 days after the latest estimated delivery date 2026-01-12T07:59:59Z); Amazon may still accept a claim it finds warranted",
            Judge(History(Order(), [EarlyContact]), ClaimReason.NotReceived, "2026-04-12T08:00:00Z").Rule);

    [Fact]
    public void Rule_MissingDates_SayWhichEndCannotBeComputed()
    {
        ClaimEligibility noEstimate = Judge(History(Order(latestDeliveryDate: null, deliveredAt: Delivered), [EarlyContact]), ClaimReason.NotReceived, "2026-02-01T00:00:00Z");
        ClaimEligibility noDates = Judge(
            History(Order("2020-03-01T10:00:00Z", latestDeliveryDate: null), ["2020-03-02T10:00:00Z"], [Return("2020-03-05T10:00:00Z")]),
            ClaimReason.DamagedOrDefective, "2020-03-20T10:00:00Z", Legacy);
        ClaimEligibility legacyNotYet = Judge(
            History(Order("2020-03-01T10:00:00Z", latestDeliveryDate: null), ["2020-03-02T10:00:00Z"]), ClaimReason.NotReceived, "2020-03-31T09:59:59Z", Legacy);

        Assert.Equal("the order has no latest estimated delivery date: the window closes 90 days after it, so its end cannot be computed", noEstimate.Rule);
        Assert.Equal("the order has neither a delivered scan nor a latest estimated delivery date: the window opens at delivery, so its start cannot be computed", noDates.Rule);
        Assert.Equal(
            "the order has no latest estimated delivery date: the window opens at 2020-03-31T10:00:00Z at the latest (30 days after the purchase 2020-03-01T10:00:00Z (legacy rule)), and it may open earlier, 72 h after the estimate",
            legacyNotYet.Rule);
    }

    [Fact]
    public void Rule_ContactWaitNotOver_NamesTheContactAndTheEndOfTheWait()
        => Assert.Equal(
            "the buyer contacted the seller at 2026-01-20T10:00:00Z: the seller has 48 h to answer, until 2026-01-22T10:00:00Z",
            Judge(History(Order(), ["2026-01-20T10:00:00Z"]), ClaimReason.NotReceived, "2026-01-21T00:00:00Z").Rule);

    [Fact]
    public void Rule_NoReturnRequest_SaysWhatTheReasonNeeds()
    {
        OrderHistory history = History(Order(deliveredAt: Delivered), [EarlyContact]);

        Assert.Equal(
            "for DamagedOrDefective the buyer must first ask the seller for a return; the ledger has no return request on the order by 2026-01-20T00:00:00Z",
            Judge(history, ClaimReason.DamagedOrDefective, "2026-01-20T00:00:00Z").Rule);
        Assert.Equal(
            "for ReturnNotRefunded the buyer must have requested a return within the return window and shipped it back; the ledger has no return request on the order by 2026-01-20T00:00:00Z",
            Judge(history, ClaimReason.ReturnNotRefunded, "2026-01-20T00:00:00Z").Rule);
    }

    [Fact]
    public void Rule_ReturnShippedBackLate_NamesTheShipmentAndTheDeadline()
    {
        OrderHistory history = History(Order(deliveredAt: Delivered), [EarlyContact],
            [Return("2026-01-16T09:00:00Z", respondedAt: "2026-01-16T20:00:00Z", shippedAt: "2026-01-30T20:00:01Z")]);

        Assert.Equal(
            "return RMA-1 was shipped back at 2026-01-30T20:00:01Z, later than 14 days after it was arranged at 2026-01-16T20:00:00Z (by 2026-01-30T20:00:00Z)",
            Judge(history, ClaimReason.ReturnNotRefunded, "2026-02-15T00:00:00Z").Rule);
    }

    [Fact]
    public void Return_ShippedAtTheInstantItself_IsKnownThen()
    {
        // Shipped late, exactly at the instant judged: the shipment is a fact of that instant, so the rule is "shipped late",
        // not "not shipped yet".
        OrderHistory history = History(Order(deliveredAt: Delivered), [EarlyContact],
            [Return("2026-01-16T09:00:00Z", respondedAt: "2026-01-16T20:00:00Z", shippedAt: "2026-02-01T00:00:00Z")]);

        Assert.StartsWith("return RMA-1 was shipped back at 2026-02-01T00:00:00Z, later than", Judge(history, ClaimReason.ReturnNotRefunded, "2026-02-01T00:00:00Z").Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Return_AnsweredAtTheInstantItself_IsArrangedThen()
    {
        // The seller's answer at the instant judged is known: the 14 days run from the answer, not from the request.
        OrderHistory history = History(Order(deliveredAt: Delivered), [EarlyContact],
            [Return("2026-01-16T09:00:00Z", respondedAt: "2026-01-20T12:00:00Z")]);

        Assert.Equal(
            "return RMA-1 has not been shipped back by 2026-01-20T12:00:00Z: the buyer must ship it within 14 days of 2026-01-20T12:00:00Z (by 2026-02-03T12:00:00Z)",
            Judge(history, ClaimReason.ReturnNotRefunded, "2026-01-20T12:00:00Z").Rule);
        Assert.Equal(
            "return RMA-1 has not been shipped back by 2026-01-20T11:59:59Z: the buyer must ship it within 14 days of 2026-01-16T09:00:00Z (by 2026-01-30T09:00:00Z)",
            Judge(history, ClaimReason.ReturnNotRefunded, "2026-01-20T11:59:59Z").Rule);
    }

    [Fact]
    public void Return_SeveralOutsideTheWindow_TheRuleNamesTheFirst()
    {
        // Delivered 2026-01-10T18:00Z: the return window closed 2026-02-09T18:00Z.
        OrderHistory history = History(Order(deliveredAt: Delivered), [EarlyContact],
            [Return("2026-02-10T09:00:00Z", id: "RMA-1"), Return("2026-02-11T09:00:00Z", id: "RMA-2")]);

        Assert.StartsWith("return RMA-1 was requested at 2026-02-10T09:00:00Z, outside the return window that closed at 2026-02-09T18:00:00Z", Judge(history, ClaimReason.ReturnNotRefunded, "2026-02-15T00:00:00Z").Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(48 * 60, "48 h")] // 2 days: below 3 days, said in hours
    [InlineData(72 * 60, "3 days")] // exactly 3 days: in days
    [InlineData(97 * 60, "97 h")] // 4 days and 1 h: not whole days
    [InlineData(90 * 24 * 60, "90 days")]
    [InlineData(90, "0:01:30:00")] // not whole hours: NodaTime's own format
    public void FormatDuration_DaysFromThreeWholeDays_ElseWholeHours_ElseTheExactDuration(int minutes, string expected)
        => Assert.Equal(expected, ClaimEligibilityRules.FormatDuration(Duration.FromMinutes(minutes)));
}
