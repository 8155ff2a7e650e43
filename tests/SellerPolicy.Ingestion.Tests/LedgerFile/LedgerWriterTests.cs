using System.Text;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Tests.LedgerFile;

/// <summary>The bytes <see cref="LedgerWriter"/> writes for a ledger that sets every field of every record kind.</summary>
public class LedgerWriterTests
{
    private const string Expected =
        """{"kind":"order","orderId":"111-0000001-0000001","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","marketplaceId":"ATVPDKIKX0DER","buyerId":"B1","shipToCountry":"US","lines":[{"sku":"MUG-01","asin":"B000000001","category":"Kitchen","quantity":2,"unitPrice":{"amount":9.99,"currency":"USD"}},{"sku":"CAP-02","quantity":1,"unitPrice":{"amount":5.50,"currency":"USD"}}],"shippingPrice":{"amount":3.99,"currency":"USD"},"latestShipDate":"2026-01-07T07:59:59Z","shippedAt":"2026-01-06T15:00:00Z","trackingId":"1Z999","firstCarrierScanAt":"2026-01-06T20:00:00Z","buyShippingClaimsProtected":true,"latestDeliveryDate":"2026-01-12T07:59:59Z","deliveredAt":"2026-01-10T18:00:00Z"}""" + "\n"
        + """{"kind":"feedback","orderId":"111-0000001-0000001","receivedAt":"2026-01-15T09:00:00Z","rating":1,"removedAt":"2026-01-20T09:00:00Z","removal":"BuyerRemoved"}""" + "\n"
        + """{"kind":"claim","claimId":"C-1","orderId":"111-0000001-0000001","filedAt":"2026-01-20T09:00:00Z","reason":"NotReceived","outcome":"GrantedSellerFunded","decidedAt":"2026-01-25T09:00:00Z","reversedAt":"2026-02-01T09:00:00Z"}""" + "\n"
        + """{"kind":"chargeback","chargebackId":"CB-1","orderId":"111-0000001-0000001","receivedAt":"2026-02-01T09:00:00Z","type":"Service","outcome":"DecidedForBuyer","decidedAt":"2026-02-10T09:00:00Z"}""" + "\n"
        + """{"kind":"return","returnId":"RMA-1","orderId":"111-0000001-0000001","sku":"MUG-01","quantity":1,"requestedAt":"2026-01-16T09:00:00Z","reason":"DEFECTIVE","inPolicy":true,"respondedAt":"2026-01-16T20:00:00Z","status":"Refunded","rejectedIncorrectly":false,"negativeReturnFeedback":true,"shippedAt":"2026-01-17T09:00:00Z","receivedAt":"2026-01-19T09:00:00Z","refundedAt":"2026-01-20T09:00:00Z","refundAmount":{"amount":9.99,"currency":"USD"},"returnless":false}""" + "\n"
        + """{"kind":"contact","orderId":"111-0000001-0000001","buyerContactedAt":"2026-01-13T09:00:00Z"}""" + "\n"
        + """{"kind":"order","orderId":"111-0000002-0000002","channel":"AFN","purchasedAt":"2026-01-08T09:00:00Z","lines":[{"sku":"MUG-01","quantity":1,"unitPrice":{"amount":9.99,"currency":"USD"}}],"cancelledAt":"2026-01-08T12:00:00Z","cancelledBy":"Buyer","cancelledByAssumed":true}""" + "\n";

    [Fact]
    public void Write_LedgerWithEveryField_WritesTheFormatsBytes()
    {
        var stream = new MemoryStream();
        LedgerWriter.Write(EveryField(), stream);

        Assert.Equal(Expected, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Write_LedgerWithEveryField_ReadsBackEqual()
    {
        SellerLedger ledger = EveryField();
        var stream = new MemoryStream();
        LedgerWriter.Write(ledger, stream);
        stream.Position = 0;

        Assert.Equal(ledger, LedgerReader.Read(stream).GetLedgerOrThrow());
    }

    private static Instant At(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    private static SellerLedger EveryField()
    {
        var a = new OrderId("111-0000001-0000001");
        var b = new OrderId("111-0000002-0000002");
        Order first = new(
            a, FulfillmentChannel.Mfn, At("2026-01-05T10:00:00Z"),
            [new OrderLine(new Sku("MUG-01"), 2, new Money(9.99m, "USD"), new Asin("B000000001"), "Kitchen"), new OrderLine(new Sku("CAP-02"), 1, new Money(5.50m, "USD"))],
            new MarketplaceId("ATVPDKIKX0DER"), new BuyerId("B1"), "US", new Money(3.99m, "USD"), At("2026-01-07T07:59:59Z"), At("2026-01-06T15:00:00Z"), "1Z999",
            At("2026-01-06T20:00:00Z"), buyShippingClaimsProtected: true, At("2026-01-12T07:59:59Z"), At("2026-01-10T18:00:00Z"));
        Order second = new Order(
                b, FulfillmentChannel.Afn, At("2026-01-08T09:00:00Z"), [new OrderLine(new Sku("MUG-01"), 1, new Money(9.99m, "USD"))],
                cancelledAt: At("2026-01-08T12:00:00Z"), cancelledBy: CancelledBy.Buyer)
            .WithCancelledByAssumed(true);
        return SellerLedger.CreateBuilder()
            .Add(first)
            .Add(new Feedback(a, At("2026-01-15T09:00:00Z"), 1, At("2026-01-20T09:00:00Z"), FeedbackRemoval.BuyerRemoved))
            .Add(new AtoZClaim(new ClaimId("C-1"), a, At("2026-01-20T09:00:00Z"), ClaimReason.NotReceived, ClaimOutcome.GrantedSellerFunded, At("2026-01-25T09:00:00Z"), At("2026-02-01T09:00:00Z")))
            .Add(new Chargeback(new ChargebackId("CB-1"), a, At("2026-02-01T09:00:00Z"), ChargebackType.Service, ChargebackOutcome.DecidedForBuyer, At("2026-02-10T09:00:00Z")))
            .Add(new ReturnRequest(
                new ReturnId("RMA-1"), a, new Sku("MUG-01"), 1, At("2026-01-16T09:00:00Z"), "DEFECTIVE", ReturnStatus.Refunded, inPolicy: true, At("2026-01-16T20:00:00Z"),
                rejectedIncorrectly: false, negativeReturnFeedback: true, At("2026-01-17T09:00:00Z"), At("2026-01-19T09:00:00Z"), At("2026-01-20T09:00:00Z"), new Money(9.99m, "USD")))
            .Add(new BuyerContact(a, At("2026-01-13T09:00:00Z")))
            .Add(second)
            .ToImmutable();
    }
}
