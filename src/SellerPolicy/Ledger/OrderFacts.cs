using NodaTime;

namespace SellerPolicy.Ledger;

/// <summary>
/// The values of an order that the account-health rules read, taken from an <see cref="Order"/> or from a row of the
/// ledger's table without making one.
/// </summary>
internal readonly record struct OrderFacts(
    FulfillmentChannel Channel,
    Instant PurchasedAt,
    Instant? LatestShipDate,
    Instant? ShippedAt,
    Instant? FirstCarrierScanAt,
    bool HasTrackingId,
    Instant? LatestDeliveryDate,
    Instant? DeliveredAt,
    Instant? CancelledAt,
    CancelledBy? CancelledBy)
{
    /// <summary>Returns the facts of <paramref name="order"/>.</summary>
    public static OrderFacts Of(Order order)
        => new(order.Channel, order.PurchasedAt, order.LatestShipDate, order.ShippedAt, order.FirstCarrierScanAt, order.TrackingId is not null,
            order.LatestDeliveryDate, order.DeliveredAt, order.CancelledAt, order.CancelledBy);
}
