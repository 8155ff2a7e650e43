using NodaTime;
using NodaTime.Text;
using SellerPolicy.Ledger;

namespace SellerPolicy.Tests.Metrics;

/// <summary>Terse builders for hand-checked metric cases.</summary>
internal static class MetricsTestData
{
    public static Instant T(string iso) => InstantPattern.ExtendedIso.Parse(iso).Value;

    public static Instant? TOpt(string? iso) => iso is null ? null : T(iso);

    public static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static Order Order(
        string id, string purchasedAt, FulfillmentChannel channel = FulfillmentChannel.Mfn,
        string? latestShip = null, string? shipped = null, string? tracking = null, string? scan = null,
        string? latestDelivery = null, string? delivered = null, string? cancelled = null, CancelledBy? by = null)
        => new(new OrderId(id), channel, T(purchasedAt), [new OrderLine(new Sku("SKU-1"), 1, new Money(10m, "USD"))],
            latestShipDate: TOpt(latestShip), shippedAt: TOpt(shipped), trackingId: tracking, firstCarrierScanAt: TOpt(scan),
            latestDeliveryDate: TOpt(latestDelivery), deliveredAt: TOpt(delivered), cancelledAt: TOpt(cancelled), cancelledBy: by);

    public static Feedback Feedback(string orderId, string receivedAt, int rating, string? removedAt = null)
        => new(new OrderId(orderId), T(receivedAt), rating, TOpt(removedAt), removedAt is null ? null : FeedbackRemoval.BuyerRemoved);

    public static AtoZClaim Claim(string claimId, string orderId, string filedAt, ClaimOutcome? outcome = null, string? decidedAt = null, string? reversedAt = null)
        => new(new ClaimId(claimId), new OrderId(orderId), T(filedAt), ClaimReason.NotReceived, outcome, TOpt(decidedAt), TOpt(reversedAt));

    public static Chargeback Chargeback(string id, string orderId, string receivedAt, ChargebackType type = ChargebackType.Service,
        ChargebackOutcome? outcome = null, string? decidedAt = null)
        => new(new ChargebackId(id), new OrderId(orderId), T(receivedAt), type, outcome, TOpt(decidedAt));

    public static ReturnRequest Return(string id, string orderId, string requestedAt, string? respondedAt = null,
        bool negativeFeedback = false, bool rejectedIncorrectly = false)
        => new(new ReturnId(id), new OrderId(orderId), new Sku("SKU-1"), 1, T(requestedAt), "DEFECTIVE",
            respondedAt: TOpt(respondedAt), negativeReturnFeedback: negativeFeedback, rejectedIncorrectly: rejectedIncorrectly);

    public static SellerLedger LedgerOf(params object[] records)
    {
        SellerLedger.Builder b = SellerLedger.CreateBuilder();
        foreach (object r in records)
        {
            switch (r)
            {
                case Order o: b.Add(o); break;
                case IEnumerable<Order> os: foreach (Order o in os) { b.Add(o); } break;
                case Feedback f: b.Add(f); break;
                case AtoZClaim c: b.Add(c); break;
                case Chargeback c: b.Add(c); break;
                case ReturnRequest rr: b.Add(rr); break;
                default: throw new ArgumentException($"unsupported record {r}");
            }
        }

        return b.ToImmutable();
    }
}
