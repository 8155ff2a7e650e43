using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Tests.Returns;

/// <summary>Small builders for the returns tests: one order line, one request.</summary>
internal static class ReturnsFixtures
{
    public static Instant At(int y, int m, int d, int h = 0, int min = 0) => Instant.FromUtc(y, m, d, h, min);

    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static Order Order(
        string id = "O-1",
        Instant? purchasedAt = null,
        decimal unitPrice = 10m,
        int quantity = 1,
        string sku = "SKU-1",
        string? category = "Beauty",
        string currency = "EUR",
        string? buyer = "B1",
        string? country = "DE",
        decimal? shipping = null,
        FulfillmentChannel channel = FulfillmentChannel.Mfn,
        Instant? shippedAt = null,
        Instant? deliveredAt = null,
        Instant? latestDeliveryDate = null,
        Instant? latestShipDate = null,
        Instant? firstCarrierScanAt = null,
        bool buyShippingProtected = false,
        IEnumerable<OrderLine>? extraLines = null)
    {
        Instant purchase = purchasedAt ?? At(2026, 1, 5, 10);
        var lines = new List<OrderLine> { new(new Sku(sku), quantity, new Money(unitPrice, currency), category: category) };
        if (extraLines is not null)
        {
            lines.AddRange(extraLines);
        }

        return new Order(
            new OrderId(id), channel, purchase, lines,
            buyerId: buyer is null ? null : new BuyerId(buyer),
            shipToCountry: country,
            shippingPrice: shipping is { } s ? new Money(s, currency) : null,
            latestShipDate: latestShipDate,
            shippedAt: shippedAt,
            firstCarrierScanAt: firstCarrierScanAt,
            buyShippingClaimsProtected: buyShippingProtected,
            latestDeliveryDate: latestDeliveryDate,
            deliveredAt: deliveredAt);
    }

    public static ReturnRequest Request(
        string? returnId = "RMA-1",
        string orderId = "O-1",
        string sku = "SKU-1",
        int quantity = 1,
        Instant? requestedAt = null,
        string reason = "DEFECTIVE",
        bool? inPolicy = null,
        ReturnStatus status = ReturnStatus.Requested)
        => new(returnId is null ? null : new ReturnId(returnId), new OrderId(orderId), new Sku(sku), quantity,
            requestedAt ?? At(2026, 1, 16, 9), reason, status, inPolicy);
}
