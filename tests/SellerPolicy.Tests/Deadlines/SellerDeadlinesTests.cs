using NodaTime;
using SellerPolicy.Deadlines;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using static SellerPolicy.Tests.Claims.ClaimTestData;

namespace SellerPolicy.Tests.Deadlines;

public class SellerDeadlinesTests
{
    private static readonly MarketplacePolicy Policy = AmazonPolicies.Current;

    [Fact]
    public void AnswerBuyer_IsDue48HoursAfterTheMessage_AndListedOnlyUntilThen()
    {
        SellerObligation o = SellerDeadlines.AnswerBuyer(new BuyerContact(Id, I("2026-01-13T09:00:00Z")), Policy);
        Assert.Equal(I("2026-01-15T09:00:00Z"), o.DueAt);
        Assert.False(o.IsOpenAt(I("2026-01-13T08:59:59Z")));
        Assert.True(o.IsOpenAt(I("2026-01-15T09:00:00Z")));
        Assert.False(o.IsOpenAt(I("2026-01-15T09:00:01Z")));
        Assert.False(o.CompletionRecorded);
    }

    [Fact]
    public void AnswerInformationRequest_IsDue48HoursAfterFiling_72ByPolicy_AndSettledByTheDecision()
    {
        AtoZClaim claim = Claim("2026-01-20T09:00:00Z", ClaimOutcome.Denied, "2026-01-21T09:00:00Z");
        SellerObligation o = SellerDeadlines.AnswerInformationRequest(claim, Policy);
        Assert.Equal(I("2026-01-22T09:00:00Z"), o.DueAt);
        Assert.True(o.IsOpenAt(I("2026-01-21T08:59:59Z")));
        Assert.False(o.IsOpenAt(I("2026-01-21T09:00:00Z")));

        MarketplacePolicy us = Policy with { Claims = Policy.Claims with { InformationRequestResponse = Duration.FromHours(72) } };
        Assert.Equal(I("2026-01-23T09:00:00Z"), SellerDeadlines.AnswerInformationRequest(claim, us).DueAt);
    }

    [Fact]
    public void AppealClaim_OnlyForASellerFundedGrant_Due30DaysAfterTheDecision_SettledByAReversal()
    {
        AtoZClaim granted = Claim("2026-01-20T09:00:00Z", ClaimOutcome.GrantedSellerFunded, "2026-01-25T09:00:00Z");
        SellerObligation appeal = SellerDeadlines.AppealClaim(granted, Policy)!;
        Assert.Equal(I("2026-02-24T09:00:00Z"), appeal.DueAt);
        Assert.Contains("keeps counting", appeal.IfMissed, StringComparison.Ordinal);
        Assert.False(SellerDeadlines.AppealClaim(granted.WithReversal(I("2026-02-01T00:00:00Z")), Policy)!.IsOpenAt(I("2026-02-02T00:00:00Z")));
        Assert.Null(SellerDeadlines.AppealClaim(Claim("2026-01-20T09:00:00Z", ClaimOutcome.Denied, "2026-01-25T09:00:00Z"), Policy));
        Assert.Null(SellerDeadlines.AppealClaim(Claim("2026-01-20T09:00:00Z"), Policy));
    }

    [Fact]
    public void RespondToChargeback_IsDue7DaysAfterTheNotification()
    {
        SellerObligation o = SellerDeadlines.RespondToChargeback(Chargeback("2026-02-01T09:00:00Z"), Policy);
        Assert.Equal(I("2026-02-08T09:00:00Z"), o.DueAt);
        Assert.Equal(SellerObligationKind.RespondToChargeback, o.Kind);
        Assert.Equal("CB-1", o.Subject);
    }

    [Fact]
    public void RefundReturn_IsDueAtTheEndOfTheSecondBusinessDay_AndOverdueWhileUnrefunded()
    {
        // Received Friday 2026-01-16: business days Monday 19, Tuesday 20.
        ReturnRequest received = Return("2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z", "2026-01-12T09:00:00Z", "2026-01-16T15:00:00Z", status: ReturnStatus.Received);
        SellerObligation o = SellerDeadlines.RefundReturn(received, Policy)!;
        Assert.Equal(I("2026-01-21T00:00:00Z") - Duration.Epsilon, o.DueAt);
        Assert.True(o.IsOpenAt(I("2026-01-20T23:59:59Z")));
        Assert.False(o.IsOverdueAt(I("2026-01-20T23:59:59Z")));
        Assert.True(o.IsOverdueAt(I("2026-01-21T00:00:00Z")));
        Assert.True(o.IsOverdueAt(I("2026-03-01T00:00:00Z")));

        MarketplacePolicy holiday = Policy with { Returns = Policy.Returns with { Holidays = [new LocalDate(2026, 1, 19)] } };
        Assert.Equal(I("2026-01-22T00:00:00Z") - Duration.Epsilon, SellerDeadlines.RefundReturn(received, holiday)!.DueAt);

        ReturnRequest refunded = Return("2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z", "2026-01-12T09:00:00Z", "2026-01-16T15:00:00Z", "2026-01-22T00:00:00Z", ReturnStatus.Refunded);
        Assert.True(SellerDeadlines.RefundReturn(refunded, Policy)!.IsOverdueAt(I("2026-01-21T12:00:00Z")));
        Assert.False(SellerDeadlines.RefundReturn(refunded, Policy)!.IsOpenAt(I("2026-01-22T00:00:00Z")));
        Assert.Null(SellerDeadlines.RefundReturn(Return("2026-01-10T09:00:00Z"), Policy));
    }

    [Fact]
    public void RespondToReturnRequest_IsDue48HoursAfterTheRequest_AndOverdueUntilAnswered()
    {
        SellerObligation unanswered = SellerDeadlines.RespondToReturnRequest(Return("2026-01-16T09:00:00Z", status: ReturnStatus.Requested), Policy)!;
        Assert.Equal(I("2026-01-18T09:00:00Z"), unanswered.DueAt);
        Assert.True(unanswered.IsOverdueAt(I("2026-01-19T00:00:00Z")));

        SellerObligation answeredLate = SellerDeadlines.RespondToReturnRequest(Return("2026-01-16T09:00:00Z", respondedAt: "2026-01-19T09:00:00Z"), Policy)!;
        Assert.False(answeredLate.IsOpenAt(I("2026-01-19T09:00:00Z")));

        SellerObligation statusOnly = SellerDeadlines.RespondToReturnRequest(Return("2026-01-16T09:00:00Z", status: ReturnStatus.Authorized), Policy)!;
        Assert.False(statusOnly.IsOpenAt(I("2026-01-17T00:00:00Z")));
        Assert.Null(SellerDeadlines.RespondToReturnRequest(Return("2026-01-16T09:00:00Z", returnless: true), Policy));
    }

    [Fact]
    public void ReturnLabelExpiry_Is30DaysAfterAuthorisation_UntilTheBuyerShips()
    {
        SellerObligation o = SellerDeadlines.ReturnLabelExpiry(Return("2026-01-16T09:00:00Z", respondedAt: "2026-01-16T20:00:00Z", shippedAt: "2026-01-25T00:00:00Z"), Policy)!;
        Assert.Equal(I("2026-02-15T20:00:00Z"), o.DueAt);
        Assert.True(o.IsOpenAt(I("2026-01-24T00:00:00Z")));
        Assert.False(o.IsOpenAt(I("2026-01-25T00:00:00Z")));
        Assert.Null(SellerDeadlines.ReturnLabelExpiry(Return("2026-01-16T09:00:00Z", status: ReturnStatus.Requested), Policy));
    }

    [Fact]
    public void PlanOfAction_IsDue17DaysAfterTheSuspension()
    {
        SellerObligation o = SellerDeadlines.PlanOfAction(I("2026-03-01T00:00:00Z"), Policy);
        Assert.Equal(I("2026-03-18T00:00:00Z"), o.DueAt);
        Assert.Null(o.OrderId);
        Assert.Contains("root causes", o.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void AllObligationsOf_LeavesReturnObligationsOutForAnOrderFulfilledByAmazon()
    {
        ReturnRequest unanswered = Return("2026-01-16T09:00:00Z", status: ReturnStatus.Requested);
        Assert.Contains(SellerDeadlines.AllObligationsOf(History(Order(), returns: [unanswered]), Policy), o => o.Kind == SellerObligationKind.RespondToReturnRequest);
        Assert.Empty(SellerDeadlines.AllObligationsOf(History(Order(channel: FulfillmentChannel.Afn), returns: [unanswered]), Policy));
    }

    [Fact]
    public void EveryCalculator_RejectsANullArgument_NamingIt()
    {
        var contact = new BuyerContact(Id, I("2026-01-13T09:00:00Z"));
        AtoZClaim claim = Claim("2026-01-20T09:00:00Z");
        Chargeback chargeback = Chargeback("2026-02-01T09:00:00Z");
        ReturnRequest request = Return("2026-01-16T09:00:00Z");
        OrderHistory history = History(Order());
        Action[] nullRecord =
        [
            () => SellerDeadlines.AnswerBuyer(null!, Policy),
            () => SellerDeadlines.AnswerInformationRequest(null!, Policy),
            () => SellerDeadlines.AppealClaim(null!, Policy),
            () => SellerDeadlines.RespondToChargeback(null!, Policy),
            () => SellerDeadlines.RespondToReturnRequest(null!, Policy),
            () => SellerDeadlines.RefundReturn(null!, Policy),
            () => SellerDeadlines.ReturnLabelExpiry(null!, Policy),
            () => SellerDeadlines.AllObligationsOf(null!, Policy),
        ];
        Action[] nullPolicy =
        [
            () => SellerDeadlines.AnswerBuyer(contact, null!),
            () => SellerDeadlines.AnswerInformationRequest(claim, null!),
            () => SellerDeadlines.AppealClaim(claim, null!),
            () => SellerDeadlines.RespondToChargeback(chargeback, null!),
            () => SellerDeadlines.RespondToReturnRequest(request, null!),
            () => SellerDeadlines.RefundReturn(request, null!),
            () => SellerDeadlines.ReturnLabelExpiry(request, null!),
            () => SellerDeadlines.AllObligationsOf(history, null!),
            () => SellerDeadlines.PlanOfAction(I("2026-03-01T00:00:00Z"), null!),
        ];

        Assert.All(nullRecord, call => Assert.NotEqual("policy", Assert.Throws<ArgumentNullException>(call).ParamName));
        Assert.All(nullPolicy, call => Assert.Equal("policy", Assert.Throws<ArgumentNullException>(call).ParamName));
    }

    [Fact]
    public void OnlyTheReturnObligations_StayOpenPastDue_TheOthersAreNotRecordedAsDone()
    {
        ReturnRequest received = Return("2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z", "2026-01-12T09:00:00Z", "2026-01-16T15:00:00Z", status: ReturnStatus.Received);

        Assert.False(SellerDeadlines.AnswerBuyer(new BuyerContact(Id, I("2026-01-13T09:00:00Z")), Policy).CompletionRecorded);
        Assert.False(SellerDeadlines.AnswerInformationRequest(Claim("2026-01-20T09:00:00Z"), Policy).CompletionRecorded);
        Assert.False(SellerDeadlines.AppealClaim(Claim("2026-01-20T09:00:00Z", ClaimOutcome.GrantedSellerFunded, "2026-01-25T09:00:00Z"), Policy)!.CompletionRecorded);
        Assert.False(SellerDeadlines.RespondToChargeback(Chargeback("2026-02-01T09:00:00Z"), Policy).CompletionRecorded);
        Assert.False(SellerDeadlines.ReturnLabelExpiry(received, Policy)!.CompletionRecorded);
        Assert.False(SellerDeadlines.PlanOfAction(I("2026-03-01T00:00:00Z"), Policy).CompletionRecorded);
        Assert.True(SellerDeadlines.RespondToReturnRequest(received, Policy)!.CompletionRecorded);
        Assert.True(SellerDeadlines.RefundReturn(received, Policy)!.CompletionRecorded);
    }

    [Fact]
    public void RespondToChargeback_SaysWhetherAMissedResponseCountsTowardOdr()
    {
        Assert.Contains("being a service chargeback, counts toward ODR", SellerDeadlines.RespondToChargeback(Chargeback("2026-02-01T09:00:00Z"), Policy).IfMissed, StringComparison.Ordinal);
        Assert.Contains("a fraud chargeback does not count toward ODR", SellerDeadlines.RespondToChargeback(Chargeback("2026-02-01T09:00:00Z", ChargebackType.Fraud), Policy).IfMissed, StringComparison.Ordinal);
    }

    [Fact]
    public void RefundReturn_ARefundedOrClosedStatusWithoutAnInstant_IsSettledAtTheReceipt()
    {
        foreach (ReturnStatus status in new[] { ReturnStatus.Refunded, ReturnStatus.Closed })
        {
            ReturnRequest request = Return("2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z", "2026-01-12T09:00:00Z", "2026-01-16T15:00:00Z", status: status);

            Assert.Equal(I("2026-01-16T15:00:00Z"), SellerDeadlines.RefundReturn(request, Policy)!.SettledAt);
        }

        ReturnRequest waiting = Return("2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z", "2026-01-12T09:00:00Z", "2026-01-16T15:00:00Z", status: ReturnStatus.Received);
        Assert.Null(SellerDeadlines.RefundReturn(waiting, Policy)!.SettledAt);
    }

    [Fact]
    public void ReturnLabelExpiry_IsSettledByTheShipment_OrByTheReceiptWhenNoShipmentIsRecorded()
    {
        ReturnRequest shippedAndReceived = Return("2026-01-16T09:00:00Z", "2026-01-16T20:00:00Z", "2026-01-20T00:00:00Z", "2026-01-25T00:00:00Z", status: ReturnStatus.Received);
        ReturnRequest receivedOnly = Return("2026-01-16T09:00:00Z", "2026-01-16T20:00:00Z", receivedAt: "2026-01-25T00:00:00Z", status: ReturnStatus.Received);
        ReturnRequest neither = Return("2026-01-16T09:00:00Z", "2026-01-16T20:00:00Z");

        Assert.Equal(I("2026-01-20T00:00:00Z"), SellerDeadlines.ReturnLabelExpiry(shippedAndReceived, Policy)!.SettledAt);
        Assert.Equal(I("2026-01-25T00:00:00Z"), SellerDeadlines.ReturnLabelExpiry(receivedOnly, Policy)!.SettledAt);
        Assert.Null(SellerDeadlines.ReturnLabelExpiry(neither, Policy)!.SettledAt);
    }

    [Fact]
    public void AllObligationsOf_ListsEveryObligationOfEveryRecord()
    {
        OrderHistory history = History(
            Order(),
            contacts: ["2026-01-13T09:00:00Z"],
            returns: [Return("2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z", receivedAt: "2026-01-16T15:00:00Z", status: ReturnStatus.Received)],
            chargebacks: [Chargeback("2026-02-01T09:00:00Z")],
            claims: [Claim("2026-01-20T09:00:00Z", ClaimOutcome.GrantedSellerFunded, "2026-01-25T09:00:00Z")]);

        Assert.Equal(
            [
                SellerObligationKind.AnswerBuyer, SellerObligationKind.AnswerInformationRequest, SellerObligationKind.AppealClaim,
                SellerObligationKind.RespondToChargeback, SellerObligationKind.RespondToReturnRequest, SellerObligationKind.RefundReturn,
                SellerObligationKind.ReturnLabelExpiry,
            ],
            SellerDeadlines.AllObligationsOf(history, Policy).Select(o => o.Kind));
    }

    [Fact]
    public void SellerDeadlines_SharesNoMethodNameWithSellerObligations()
    {
        // SellerDeadlines.ForOrder (every obligation) and SellerObligations.ForOrder (the open ones) were look-alikes returning
        // different types; the first is AllObligationsOf now.
        static IEnumerable<string> Names(Type type)
            => type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Select(m => m.Name);

        Assert.Empty(Names(typeof(SellerDeadlines)).Intersect(Names(typeof(SellerObligations))));
        Assert.Contains(nameof(SellerDeadlines.AllObligationsOf), Names(typeof(SellerDeadlines)));
    }
}
