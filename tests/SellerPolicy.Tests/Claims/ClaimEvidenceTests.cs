using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Ledger;
using static SellerPolicy.Tests.Claims.ClaimTestData;

namespace SellerPolicy.Tests.Claims;

public class ClaimEvidenceTests
{
    // ClaimTestData's order: purchased 2026-01-05T10:00Z, shipped (and first scanned) 20 h later, 2026-01-06T06:00Z,
    // latest ship date 2026-01-07T10:00Z, latest delivery date 2026-01-12T07:59:59Z, tracking 1Z999, one line SKU-0
    // (ASIN B000000001) at 9.99 USD.
    private const string Shipped = "2026-01-06T06:00:00Z";
    private const string LatestShipDate = "2026-01-07T10:00:00Z";
    private const string LatestDelivery = "2026-01-12T07:59:59Z";
    private const string Delivered = "2026-01-10T18:00:00Z";
    private const string NotInTheLedger = "(not in the ledger)";

    private static Order Protected(Money? shipping = null)
        => new(Id, FulfillmentChannel.Mfn, I("2026-01-05T10:00:00Z"),
            [new OrderLine(new Sku("SKU-0"), 2, new Money(9.99m, "USD"), null, "Kitchen"), new OrderLine(new Sku("SKU-1"), 1, new Money(5m, "USD"), new Asin("B000000002"), "Kitchen")],
            shippingPrice: shipping, latestShipDate: I(LatestShipDate), shippedAt: I(Shipped), trackingId: "1Z999",
            firstCarrierScanAt: I(Shipped), buyShippingClaimsProtected: true, latestDeliveryDate: I(LatestDelivery));

    private static string Only(ImmutableArray<string> lines, string fragment)
        => Assert.Single(lines, l => l.Contains(fragment, StringComparison.Ordinal));

    [Theory]
    [InlineData(ClaimReason.NotReceived)]
    [InlineData(ClaimReason.DamagedOrDefective)]
    [InlineData(ClaimReason.MateriallyDifferent)]
    [InlineData(ClaimReason.ReturnNotRefunded)]
    [InlineData(ClaimReason.RefundPromiseNotKept)]
    [InlineData(ClaimReason.Other)]
    public void For_EveryReason_GivesDistinctSentences_NoneBlank(ClaimReason reason)
    {
        foreach (OrderHistory history in new[] { History(Order()), History(Protected(new Money(4.5m, "USD")), [Delivered], [Return("2026-01-11T09:00:00Z")]) })
        {
            ImmutableArray<string> lines = ClaimEvidence.For(reason, history);
            Assert.True(lines.Length >= 2, $"{reason}: {lines.Length} lines");
            Assert.All(lines, l => Assert.Matches(@"^[A-Z(].{20,}[.)]$", l));
            Assert.Equal(lines.Length, lines.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void NotReceived_Delivered_LeadsWithTheTrackingNumberAndTheDeliveryDate()
    {
        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.NotReceived, History(Order(deliveredAt: Delivered)));

        Assert.StartsWith("Tracking number 1Z999 and the delivery date 2026-01-10T18:00:00Z", lines[0], StringComparison.Ordinal);
        Assert.Contains("carrier delivered the parcel", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void NotReceived_NoDeliveredScan_QuotesTheFirstCarrierScan_AndSaysNoDeliveryIsRecorded()
    {
        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.NotReceived, History(Order()));

        Assert.StartsWith("Tracking number 1Z999 with its carrier scans", lines[0], StringComparison.Ordinal);
        Assert.Contains($"first scan {Shipped}", lines[0], StringComparison.Ordinal);
        Assert.Contains("no delivered scan is recorded", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void NotReceived_NoTrackingNumber_AdvisesARefundOrResend()
    {
        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.NotReceived, History(Order(trackingId: null)));

        Assert.StartsWith("No tracking number on the order", lines[0], StringComparison.Ordinal);
        Assert.Contains("refund or a resend", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("1Z999", StringComparison.Ordinal));
    }

    [Fact]
    public void NotReceived_ShipConfirmation_QuotesShipDateLatestShipDateAndPromisedDelivery()
    {
        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.NotReceived, History(Order()));

        Assert.Equal($"Ship confirmation {Shipped} against the latest ship date {LatestShipDate}, and the promised delivery date {LatestDelivery}.", lines[1]);
    }

    [Fact]
    public void NotReceived_WithoutLatestShipOrDeliveryDate_LeavesOutTheShipDateAndSaysTheDeliveryDateIsMissing()
    {
        var order = new Order(Id, FulfillmentChannel.Mfn, I("2026-01-05T10:00:00Z"), [new OrderLine(new Sku("SKU-0"), 1, new Money(9.99m, "USD"))]);

        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.NotReceived, History(order));

        Assert.Equal($"Ship confirmation {NotInTheLedger}, and the promised delivery date {NotInTheLedger}.", lines[1]);
    }

    [Fact]
    public void NotReceived_BuyShippingProtection_IsMentionedOnlyWhenTheLabelHadIt()
    {
        const string BuyShipping = "Buy Shipping with claims protection";
        ImmutableArray<string> protectedLines = ClaimEvidence.For(ClaimReason.NotReceived, History(Protected()));
        ImmutableArray<string> plainLines = ClaimEvidence.For(ClaimReason.NotReceived, History(Order()));

        Assert.Contains("does not count", Only(protectedLines, BuyShipping), StringComparison.Ordinal);
        Assert.DoesNotContain(plainLines, l => l.Contains(BuyShipping, StringComparison.Ordinal));
        Assert.Equal(plainLines.Length + 1, protectedLines.Length);
    }

    [Fact]
    public void Messages_WithoutContact_SayTheLedgerHasNone_WithContact_QuoteTheFirst()
    {
        string none = ClaimEvidence.For(ClaimReason.NotReceived, History(Order()))[^1];
        string some = ClaimEvidence.For(ClaimReason.NotReceived, History(Order(), ["2026-01-09T12:00:00Z", "2026-01-08T07:30:00Z"]))[^1];

        Assert.Equal("The buyer's messages and your answers, with their dates (the ledger records no buyer contact).", none);
        Assert.Equal("The buyer's messages and your answers, with their dates (first contact 2026-01-08T07:30:00Z).", some);
    }

    [Fact]
    public void Returns_WithoutARequest_SayTheLedgerHasNone()
    {
        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.ReturnNotRefunded, History(Order()));

        Assert.Equal("The return you offered or authorised (the ledger records no return request on this order).", lines[0]);
    }

    [Fact]
    public void Returns_QuoteEachRequestWithOnlyTheStepsItReached()
    {
        ReturnRequest refunded = new(
            new ReturnId("RMA-1"), Id, new Sku("SKU-0"), 1, I("2026-01-11T09:00:00Z"), "DEFECTIVE", ReturnStatus.Refunded,
            shippedAt: I("2026-01-12T10:00:00Z"), receivedAt: I("2026-01-15T11:00:00Z"), refundedAt: I("2026-01-16T12:00:00Z"),
            refundAmount: new Money(9.99m, "USD"));
        ReturnRequest asked = Return("2026-01-13T09:00:00Z", status: ReturnStatus.Requested, id: "RMA-2");

        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.ReturnNotRefunded, History(Order(deliveredAt: Delivered), returns: [refunded, asked]));

        Assert.Equal(
            "Return request(s): RMA-1 DEFECTIVE Refunded, requested 2026-01-11T09:00:00Z, shipped back 2026-01-12T10:00:00Z, "
            + "received 2026-01-15T11:00:00Z, refunded 2026-01-16T12:00:00Z 9.99 USD; RMA-2 DEFECTIVE Requested, requested 2026-01-13T09:00:00Z.",
            lines[0]);
    }

    [Fact]
    public void Returns_ARefundWithoutAnAmount_QuotesOnlyItsDate()
    {
        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.ReturnNotRefunded,
            History(Order(), returns: [Return("2026-01-11T09:00:00Z", refundedAt: "2026-01-16T12:00:00Z")]));

        Assert.EndsWith("requested 2026-01-11T09:00:00Z, refunded 2026-01-16T12:00:00Z.", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedOrDefective_LeadsWithMessagesAndReturns_AndQuotesTheDeliveryDate()
    {
        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.DamagedOrDefective, History(Order(deliveredAt: Delivered), [Delivered], [Return("2026-01-11T09:00:00Z")]));

        Assert.Equal(4, lines.Length);
        Assert.StartsWith("The buyer's messages", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Return request(s): RMA-1", lines[1], StringComparison.Ordinal);
        Assert.Contains($"the delivery date {Delivered}", lines[2], StringComparison.Ordinal);
        Assert.Contains("Withdraw claim", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void MateriallyDifferent_NamesEachSku_WithItsAsinWhenKnown()
    {
        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.MateriallyDifferent, History(Protected()));

        Assert.Contains("for SKU-0, SKU-1 (ASIN B000000002):", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Photos of the item shipped", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("The buyer's messages", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("The return you offered", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnNotRefunded_LeadsWithTheReturn_ThenItsReceiptAndTheRefund()
    {
        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.ReturnNotRefunded, History(Order()));

        Assert.Equal(4, lines.Length);
        Assert.Contains("business days of receipt", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("The refund transaction", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("The buyer's messages", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void RefundPromiseNotKept_QuotesTheItemTotal_AndTheShippingWhenCharged()
    {
        string withShipping = ClaimEvidence.For(ClaimReason.RefundPromiseNotKept, History(Protected(new Money(4.5m, "USD"))))[0];
        string without = ClaimEvidence.For(ClaimReason.RefundPromiseNotKept, History(Protected()))[0];

        // Items: 2 × 9.99 + 1 × 5.00 = 24.98 USD.
        Assert.EndsWith("(items 24.98 USD, shipping 4.5 USD).", withShipping, StringComparison.Ordinal);
        Assert.EndsWith("(items 24.98 USD).", without, StringComparison.Ordinal);
        Assert.StartsWith("The refund transaction", without, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_AsksForMessagesAndProofOfFulfilment()
    {
        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.Other, History(Order()));

        Assert.Equal(2, lines.Length);
        Assert.StartsWith("The buyer's messages", lines[0], StringComparison.Ordinal);
        Assert.Contains("tracking, delivery date, listing", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void For_RejectsANullHistoryAndAnUndefinedReason()
    {
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => ClaimEvidence.For(ClaimReason.Other, null!)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimEvidence.For((ClaimReason)99, History(Order()))).ParamName);
    }

    [Fact]
    public void NotReceived_GivesTrackingShipmentAddressProofAndMessages_InThatOrder()
    {
        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.NotReceived, History(Order()));

        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Tracking number 1Z999", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Ship confirmation", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Proof that the parcel went to the address Amazon gave", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("The buyer's messages", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void RefundPromiseNotKept_GivesTheRefundThenTheReturnsThenTheMessages()
    {
        ImmutableArray<string> lines = ClaimEvidence.For(ClaimReason.RefundPromiseNotKept, History(Order()));

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("The refund transaction", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("The return you offered", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("The buyer's messages", lines[2], StringComparison.Ordinal);
    }
}
