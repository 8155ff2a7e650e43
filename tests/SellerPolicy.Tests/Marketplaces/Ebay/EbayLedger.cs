using NodaTime;
using SellerPolicy.Ledger;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Marketplaces.Ebay;

/// <summary>Builds eBay worked-example ledgers: clean transactions, seller cancellations, cases and late shipments, each with a buyer.</summary>
internal sealed class EbayLedger
{
    private readonly SellerLedger.Builder _builder = SellerLedger.CreateBuilder();
    private int _next;

    /// <summary>Adds <paramref name="count"/> clean transactions purchased on <paramref name="day"/>, each by its own buyer.</summary>
    public EbayLedger Clean(int count, string day)
    {
        for (int i = 0; i < count; i++)
        {
            Add(day, "clean-" + _next);
        }

        return this;
    }

    /// <summary>Adds a transaction purchased on <paramref name="day"/> that the seller cancelled (unable to ship) on <paramref name="cancelledOn"/>.</summary>
    public EbayLedger Cancelled(string day, string buyer, string? cancelledOn = null)
    {
        Add(day, buyer, cancelled: T((cancelledOn ?? day) + "T12:00:00Z"));
        return this;
    }

    /// <summary>Adds a transaction purchased on <paramref name="day"/> with a case closed for the buyer, seller funded, on <paramref name="closedOn"/>.</summary>
    public EbayLedger Case(string day, string buyer, string closedOn)
    {
        OrderId id = Add(day, buyer);
        _builder.Add(new AtoZClaim(new ClaimId("case-" + id.Value), id, T(day + "T13:00:00Z"), ClaimReason.NotReceived,
            ClaimOutcome.GrantedSellerFunded, T(closedOn + "T12:00:00Z")));
        return this;
    }

    /// <summary>Adds a transaction purchased on <paramref name="day"/> due to ship the next day, scanned and delivered late.</summary>
    public EbayLedger Late(string day, string buyer)
    {
        Instant purchased = T(day + "T10:00:00Z");
        Add(day, buyer, latestShip: purchased + Duration.FromDays(1), shipped: purchased + Duration.FromDays(3),
            latestDelivery: purchased + Duration.FromDays(4), delivered: purchased + Duration.FromDays(6));
        return this;
    }

    public SellerLedger Build() => _builder.ToImmutable();

    private OrderId Add(string day, string buyer, Instant? cancelled = null, Instant? latestShip = null, Instant? shipped = null,
        Instant? latestDelivery = null, Instant? delivered = null)
    {
        var id = new OrderId($"E-{_next++:D5}");
        _builder.Add(new Order(id, FulfillmentChannel.Mfn, T(day + "T10:00:00Z"), [new OrderLine(new Sku("SKU-1"), 1, new Money(10m, "USD"))],
            buyerId: new BuyerId(buyer), latestShipDate: latestShip, shippedAt: shipped, trackingId: shipped is null ? null : "T" + id.Value,
            firstCarrierScanAt: shipped, latestDeliveryDate: latestDelivery, deliveredAt: delivered,
            cancelledAt: cancelled, cancelledBy: cancelled is null ? null : CancelledBy.Seller));
        return id;
    }
}
