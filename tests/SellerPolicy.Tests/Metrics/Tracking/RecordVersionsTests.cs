using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics.Tracking;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Metrics.Tracking;

public sealed class RecordVersionsTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 10, 0);
    private static readonly OrderId Id = new("111-0000001-0000001");
    private static readonly ClaimId Claim = new("AZ-1");

    [Fact]
    public void Wins_OfferedWithALaterFact_WinsOverHeldWithMoreFacts()
    {
        // Held: filed and decided (two facts, latest on day 2); offered: filed again on day 3 (one fact, later).
        var held = new AtoZClaim(Claim, Id, T0, ClaimReason.NotReceived, ClaimOutcome.Denied, T0 + Duration.FromDays(2));
        var offered = new AtoZClaim(Claim, Id, T0 + Duration.FromDays(3), ClaimReason.NotReceived);

        Assert.True(RecordVersions.Wins(offered, held));
        Assert.False(RecordVersions.Wins(held, offered));
    }

    [Fact]
    public void Wins_OfferedWithAnEarlierLatestFact_Loses()
    {
        Order held = Order(shippedAt: T0 + Duration.FromHours(30));
        Order offered = Order(shippedAt: null);

        Assert.False(RecordVersions.Wins(offered, held));
        Assert.True(RecordVersions.Wins(held, offered));
    }

    [Fact]
    public void Wins_SameLatestFact_MoreFactsWins()
    {
        // Decided at the filing instant: the same latest fact, one fact more.
        var pending = new AtoZClaim(Claim, Id, T0, ClaimReason.NotReceived);
        var decided = new AtoZClaim(Claim, Id, T0, ClaimReason.NotReceived, ClaimOutcome.Denied, T0);

        Assert.True(RecordVersions.Wins(decided, pending));
        Assert.False(RecordVersions.Wins(pending, decided));
    }

    [Fact]
    public void Wins_ReturnWithANegativeReturnFeedback_HoldsOneFactMore()
    {
        ReturnRequest plain = Return(negativeReturnFeedback: false);
        ReturnRequest withFeedback = Return(negativeReturnFeedback: true);

        Assert.True(RecordVersions.Wins(withFeedback, plain));
        Assert.False(RecordVersions.Wins(plain, withFeedback));
    }

    [Fact]
    public void Wins_EqualKnowledge_GoesToTheOffered()
    {
        var held = new Feedback(Id, T0, 1);
        var offered = new Feedback(Id, T0, 5); // another rating, the same facts

        Assert.True(RecordVersions.Wins(offered, held));
        Assert.True(RecordVersions.Wins(held, offered));
        Assert.True(RecordVersions.Wins(new BuyerContact(Id, T0), new BuyerContact(Id, T0)));
        var chargeback = new Chargeback(new ChargebackId("CB-1"), Id, T0, ChargebackType.Service);
        Assert.True(RecordVersions.Wins(chargeback, chargeback));
    }

    [Fact]
    public void Wins_NullVersion_Throws()
    {
        var feedback = new Feedback(Id, T0, 1);

        ArgumentNullException offered = Assert.Throws<ArgumentNullException>(() => RecordVersions.Wins(null!, feedback));
        ArgumentNullException held = Assert.Throws<ArgumentNullException>(() => RecordVersions.Wins(feedback, null!));
        Assert.Equal("offered", offered.ParamName);
        Assert.Equal("held", held.ParamName);
    }

    [Fact]
    public void LatestFact_OrderWithLaterPromises_IsItsLatestFactNotAPromise()
    {
        Instant delivered = T0 + Duration.FromDays(3);
        Order order = Order(shippedAt: T0 + Duration.FromDays(1)).WithDelivery(T0 + Duration.FromDays(9), delivered);

        Assert.Equal(delivered, RecordVersions.LatestFact(order));
    }

    [Property(MaxTest = 100)]
    public Property LatestFact_OverEveryRecord_IsTheLedgersLatestInstant()
        => Prop.ForAll(DomainArbitraries.LedgerArb, ledger =>
        {
            Instant[] facts =
            [
                .. ledger.Orders.Select(RecordVersions.LatestFact), .. ledger.Feedback.Select(RecordVersions.LatestFact),
                .. ledger.Claims.Select(RecordVersions.LatestFact), .. ledger.Chargebacks.Select(RecordVersions.LatestFact),
                .. ledger.Returns.Select(RecordVersions.LatestFact), .. ledger.Contacts.Select(RecordVersions.LatestFact),
            ];
            Instant? expected = facts.Length == 0 ? null : facts.Max();
            return ledger.LatestInstant() == expected;
        });

    private static Order Order(Instant? shippedAt)
        => new(Id, FulfillmentChannel.Mfn, T0, [new OrderLine(new Sku("MUG-01"), 1, new Money(9.99m, "USD"))],
            latestShipDate: T0 + Duration.FromDays(2), shippedAt: shippedAt, trackingId: shippedAt is null ? null : "1Z999");

    private static ReturnRequest Return(bool negativeReturnFeedback)
        => new(new ReturnId("RMA-1"), Id, new Sku("MUG-01"), 1, T0 + Duration.FromDays(4), "DEFECTIVE", ReturnStatus.Authorized,
            respondedAt: T0 + Duration.FromDays(5), negativeReturnFeedback: negativeReturnFeedback);
}
