using NodaTime;
using SellerPolicy.Deadlines;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using static SellerPolicy.Tests.Claims.ClaimTestData;

namespace SellerPolicy.Tests.Deadlines;

public class SellerObligationsTests
{
    private static SellerLedger Ledger()
    {
        Order order = Order(deliveredAt: "2026-01-10T18:00:00Z");
        Order other = new(new OrderId("111-0000002-0000002"), FulfillmentChannel.Mfn, I("2026-01-06T10:00:00Z"),
            [new OrderLine(new Sku("SKU-0"), 1, new Money(5m, "USD"))], latestDeliveryDate: I("2026-01-13T07:59:59Z"));
        return SellerLedger.CreateBuilder()
            .Add(order)
            .Add(other)
            .Add(new BuyerContact(Id, I("2026-01-19T09:00:00Z")))
            .Add(Claim("2026-01-19T12:00:00Z"))
            .Add(new Chargeback(new ChargebackId("CB-9"), other.OrderId, I("2026-01-15T09:00:00Z"), ChargebackType.Service))
            .Add(Return("2026-01-12T09:00:00Z", "2026-01-12T10:00:00Z", "2026-01-13T09:00:00Z", "2026-01-16T15:00:00Z", status: ReturnStatus.Received))
            .ToImmutable();
    }

    [Fact]
    public void Open_ListsTheMorningCheck_SoonestDueFirst_WithOverdueOnesLeading()
    {
        OpenObligations open = SellerObligations.Open(Ledger(), I("2026-01-21T08:00:00Z"), AmazonPolicies.Timeline);
        Assert.Equal(
            new[] { SellerObligationKind.RefundReturn, SellerObligationKind.AnswerBuyer, SellerObligationKind.AnswerInformationRequest, SellerObligationKind.RespondToChargeback },
            open.Items.Select(o => o.Kind).ToArray());
        Assert.Equal(1, open.OverdueCount);
        Assert.True(open.IsOverdue(open.Items[0]));
        Assert.Equal(I("2026-01-21T08:00:00Z"), open.At);
        Assert.Equal(Duration.FromHours(1), open.TimeLeft(open.Items[1]));
        Assert.DoesNotContain(open.Items, o => o.Kind == SellerObligationKind.ReturnLabelExpiry); // shipped back: settled
    }

    [Fact]
    public void Open_WithASuspension_AddsThePlanOfAction()
    {
        OpenObligations open = SellerObligations.Open(SellerLedger.Empty, I("2026-03-10T00:00:00Z"), AmazonPolicies.Timeline, I("2026-03-01T00:00:00Z"));
        SellerObligation plan = Assert.Single(open.Items);
        Assert.Equal(SellerObligationKind.PlanOfAction, plan.Kind);
        Assert.Empty(SellerObligations.Open(SellerLedger.Empty, I("2026-03-18T00:00:01Z"), AmazonPolicies.Timeline, I("2026-03-01T00:00:00Z")).Items);
    }

    [Fact]
    public void ForOrder_ListsOnlyThatOrdersObligations()
    {
        SellerLedger ledger = Ledger();
        OpenObligations open = SellerObligations.ForOrder(ledger.GetHistory(Id), I("2026-01-21T08:00:00Z"), AmazonPolicies.Timeline);
        Assert.All(open.Items, o => Assert.Equal(Id, o.OrderId));
        Assert.Equal(3, open.Items.Length);
    }

    [Fact]
    public void Open_AnOrderWithOnlyAContact_OrOnlyAClaim_IsListed()
    {
        Order first = Order();
        Order second = new(new OrderId("111-0000002-0000002"), FulfillmentChannel.Mfn, I("2026-01-06T10:00:00Z"),
            [new OrderLine(new Sku("SKU-0"), 1, new Money(5m, "USD"))], latestDeliveryDate: I("2026-01-13T07:59:59Z"));
        SellerLedger ledger = SellerLedger.CreateBuilder()
            .Add(first)
            .Add(second)
            .Add(new BuyerContact(first.OrderId, I("2026-01-19T09:00:00Z")))
            .Add(new AtoZClaim(new ClaimId("C-2"), second.OrderId, I("2026-01-19T09:00:00Z"), ClaimReason.NotReceived))
            .ToImmutable();

        OpenObligations open = SellerObligations.Open(ledger, I("2026-01-20T00:00:00Z"), AmazonPolicies.Timeline);

        // Both are due at the same instant: the kinds in their order break the tie.
        Assert.Equal(
            [(SellerObligationKind.AnswerBuyer, first.OrderId), (SellerObligationKind.AnswerInformationRequest, second.OrderId)],
            open.Items.Select(o => (o.Kind, o.OrderId!.Value)));
    }

    [Fact]
    public void Open_ObligationsDueAtOnceOfOneKind_AreInTheOrderOfTheirSubjects()
    {
        Order order = Order();
        SellerLedger ledger = SellerLedger.CreateBuilder()
            .Add(order)
            .Add(new Chargeback(new ChargebackId("CB-B"), order.OrderId, I("2026-01-19T09:00:00Z"), ChargebackType.Service))
            .Add(new Chargeback(new ChargebackId("CB-A"), order.OrderId, I("2026-01-19T09:00:00Z"), ChargebackType.Fraud))
            .Add(new Chargeback(new ChargebackId("CB-C"), order.OrderId, I("2026-01-19T09:00:00Z"), ChargebackType.Service))
            .ToImmutable();

        OpenObligations open = SellerObligations.Open(ledger, I("2026-01-20T00:00:00Z"), AmazonPolicies.Timeline);

        Assert.Equal(["CB-A", "CB-B", "CB-C"], open.Items.Select(o => o.Subject));
    }

    [Fact]
    public void NullArguments_AreRejectedNamingThem()
    {
        OpenObligations open = SellerObligations.Open(Ledger(), I("2026-01-21T08:00:00Z"), AmazonPolicies.Timeline);

        Assert.Equal("ledger", Assert.Throws<ArgumentNullException>(() => SellerObligations.Open(null!, open.At, AmazonPolicies.Timeline)).ParamName);
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => SellerObligations.Open(SellerLedger.Empty, open.At, null!)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => SellerObligations.ForOrder(null!, open.At, AmazonPolicies.Timeline)).ParamName);
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => SellerObligations.ForOrder(Ledger().GetHistory(Id), open.At, null!)).ParamName);
        Assert.Equal("obligation", Assert.Throws<ArgumentNullException>(() => open.IsOverdue(null!)).ParamName);
        Assert.Equal("obligation", Assert.Throws<ArgumentNullException>(() => open.TimeLeft(null!)).ParamName);
    }

    [Fact]
    public void OpenObligations_AreEqual_WhenTheirInstantAndItemsAre()
    {
        OpenObligations open = SellerObligations.Open(Ledger(), I("2026-01-21T08:00:00Z"), AmazonPolicies.Timeline);
        OpenObligations same = SellerObligations.Open(Ledger(), I("2026-01-21T08:00:00Z"), AmazonPolicies.Timeline);
        OpenObligations sameItemsLater = new(I("2026-01-21T08:00:01Z"), open.Items);
        OpenObligations fewerItems = new(open.At, open.Items.RemoveAt(0));

        Assert.Equal(open, same);
        Assert.Equal(open.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(open, sameItemsLater);
        Assert.NotEqual(open, fewerItems);
        Assert.False(open.Equals(null));
    }
}
