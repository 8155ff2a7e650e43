using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Tests.Metrics;

namespace SellerPolicy.Tests.Marketplaces;

/// <summary>
/// The edge-biased ledgers of <see cref="MetricsLedgerGenerator"/>, with what the eBay and Walmart rules also read: buyer ids
/// from a small pool (so buyers have several, some defective, orders; some orders have none) and refunds on return requests
/// (some at the request's instant, some days later, some never). Seed-driven, so a failure names its seed.
/// </summary>
internal static class PackLedgerGenerator
{
    public static Arbitrary<MetricsCase> Cases(int maxOrders = 40) => Arb.From(Gen.Choose(0, int.MaxValue).Select(seed => Build(seed, maxOrders)));

    public static MetricsCase Build(int seed, int maxOrders = 40)
    {
        MetricsCase amazon = MetricsLedgerGenerator.Build(seed, maxOrders);
        var rng = new Random(unchecked((seed * 7919) + 13));
        int buyers = rng.Next(1, 8);
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        foreach (Order o in amazon.Ledger.Orders)
        {
            BuyerId? buyer = rng.Next(10) == 0 ? null : new BuyerId("B" + rng.Next(buyers));
            builder.Add(new Order(
                o.OrderId, o.Channel, o.PurchasedAt, o.Lines, o.MarketplaceId, buyer, o.ShipToCountry, o.ShippingPrice, o.LatestShipDate,
                o.ShippedAt, o.TrackingId, o.FirstCarrierScanAt, o.BuyShippingClaimsProtected, o.LatestDeliveryDate, o.DeliveredAt,
                o.CancelledAt, o.CancelledBy));
        }

        foreach (Feedback f in amazon.Ledger.Feedback)
        {
            builder.Add(f);
        }

        foreach (AtoZClaim c in amazon.Ledger.Claims)
        {
            builder.Add(c);
        }

        foreach (Chargeback c in amazon.Ledger.Chargebacks)
        {
            builder.Add(c);
        }

        foreach (ReturnRequest r in amazon.Ledger.Returns)
        {
            Instant? refunded = rng.Next(3) switch
            {
                0 => null,
                1 => r.RequestedAt,
                _ => r.RequestedAt + Duration.FromHours(rng.Next(0, 24 * 20)),
            };
            builder.Add(new ReturnRequest(
                r.ReturnId, r.OrderId, r.Sku, r.Quantity, r.RequestedAt, r.Reason, refunded is null ? r.Status : ReturnStatus.Refunded, r.InPolicy,
                r.RespondedAt, r.RejectedIncorrectly, r.NegativeReturnFeedback, r.ShippedAt, r.ReceivedAt, refunded,
                refunded is null ? null : new Money(10m, "USD"), r.Returnless));
        }

        return amazon with { Ledger = builder.ToImmutable() };
    }
}
