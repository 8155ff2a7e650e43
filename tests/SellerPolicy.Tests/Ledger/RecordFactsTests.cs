using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger;

public sealed class RecordFactsTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 10, 0);
    private static readonly OrderId Id = new("111-0000001-0000001");

    [Property(MaxTest = 100)]
    public Property AsOf_AfterEveryFact_IsTheRecordAsItStands()
        => Prop.ForAll(DomainArbitraries.LedgerArb, ledger =>
        {
            static Instant After(RecordKnowledge k) => k.Latest + Duration.Epsilon;
            return ledger.Orders.All(o => Equals(RecordFacts.AsOf(o, After(RecordFacts.Of(o))), o.WithCancelledByAssumed(false)))
                && ledger.Feedback.All(f => Equals(RecordFacts.AsOf(f, After(RecordFacts.Of(f))), f))
                && ledger.Claims.All(c => Equals(RecordFacts.AsOf(c, After(RecordFacts.Of(c))), c))
                && ledger.Chargebacks.All(c => Equals(RecordFacts.AsOf(c, After(RecordFacts.Of(c))), c))
                && ledger.Returns.All(r => Equals(RecordFacts.AsOf(r, After(RecordFacts.Of(r))), r))
                && ledger.Contacts.All(c => Equals(RecordFacts.AsOf(c, After(RecordFacts.Of(c))), c));
        });

    [Property(MaxTest = 100)]
    public Property AsOf_AtItsFirstFact_IsNotKnownYet()
        => Prop.ForAll(DomainArbitraries.LedgerArb, ledger =>
            ledger.Orders.All(o => RecordFacts.AsOf(o, o.PurchasedAt) is null)
            && ledger.Feedback.All(f => RecordFacts.AsOf(f, f.ReceivedAt) is null)
            && ledger.Claims.All(c => RecordFacts.AsOf(c, c.FiledAt) is null)
            && ledger.Chargebacks.All(c => RecordFacts.AsOf(c, c.ReceivedAt) is null)
            && ledger.Returns.All(r => RecordFacts.AsOf(r, r.RequestedAt) is null)
            && ledger.Contacts.All(c => RecordFacts.AsOf(c, c.BuyerContactedAt) is null));

    [Fact]
    public void AsOf_OrderBeforeItsShipment_HasNoShipmentButKeepsItsPromises()
    {
        Instant lsd = T0 + Duration.FromDays(2);
        Instant ldd = T0 + Duration.FromDays(6);
        var order = new Order(Id, FulfillmentChannel.Mfn, T0, [new OrderLine(new Sku("MUG-01"), 1, new Money(9.99m, "USD"))],
            latestShipDate: lsd, shippedAt: T0 + Duration.FromDays(1), trackingId: "1Z999", firstCarrierScanAt: T0 + Duration.FromDays(1),
            latestDeliveryDate: ldd, deliveredAt: T0 + Duration.FromDays(4));

        Order known = RecordFacts.AsOf(order, T0 + Duration.FromHours(12))!;

        Assert.Null(known.ShippedAt);
        Assert.Null(known.TrackingId);
        Assert.Null(known.FirstCarrierScanAt);
        Assert.Null(known.DeliveredAt);
        Assert.Equal(lsd, known.LatestShipDate);
        Assert.Equal(ldd, known.LatestDeliveryDate);
    }

    [Fact]
    public void AsOf_ClaimBetweenDecisionAndReversal_IsDecidedNotReversed()
    {
        var claim = new AtoZClaim(new ClaimId("AZ-1"), Id, T0, ClaimReason.NotReceived, ClaimOutcome.GrantedSellerFunded, T0 + Duration.FromDays(2), T0 + Duration.FromDays(9));

        AtoZClaim decided = RecordFacts.AsOf(claim, T0 + Duration.FromDays(5))!;
        AtoZClaim pending = RecordFacts.AsOf(claim, T0 + Duration.FromDays(1))!;

        Assert.Equal((ClaimOutcome.GrantedSellerFunded, (Instant?)(T0 + Duration.FromDays(2)), (Instant?)null), (decided.Outcome!.Value, decided.DecidedAt, decided.ReversedAt));
        Assert.Null(pending.Outcome);
        Assert.Null(pending.DecidedAt);
    }

    [Fact]
    public void AsOf_ReturnBeforeItsRefund_HasNoRefundAndTakesTheAssumedResponse()
    {
        var request = new ReturnRequest(new ReturnId("RMA-1"), Id, new Sku("MUG-01"), 1, T0, "DEFECTIVE", ReturnStatus.Refunded,
            respondedAt: T0 + Duration.FromDays(3), refundedAt: T0 + Duration.FromDays(5), refundAmount: new Money(9.99m, "USD"));
        Instant assumed = T0 + Duration.FromDays(2);

        ReturnRequest known = RecordFacts.AsOf(request, T0 + Duration.FromDays(1), assumed)!;
        ReturnRequest answered = RecordFacts.AsOf(request, T0 + Duration.FromDays(4), assumed)!;

        Assert.Equal(assumed, known.RespondedAt);
        Assert.Null(known.RefundedAt);
        Assert.Null(known.RefundAmount);
        Assert.Equal(T0 + Duration.FromDays(3), answered.RespondedAt); // a known response is not replaced by the assumption
    }
}
