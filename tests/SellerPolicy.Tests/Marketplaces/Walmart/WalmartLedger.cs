using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Walmart;
using SellerPolicy.Metrics;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Marketplaces.Walmart;

/// <summary>Builds Walmart worked-example ledgers: <c>good</c> orders that meet every standard and <c>bad</c> ones that miss one.</summary>
internal static class WalmartLedger
{
    public static readonly LocalDate AsOf = Day("2026-03-20");

    /// <summary>Orders purchased on 2026-03-10, shipped the next day with tracking and a scan, delivered by the estimate.</summary>
    public static Order Good(int i, string prefix = "G")
    {
        Instant purchased = T("2026-03-10T10:00:00Z");
        return new Order(new OrderId($"{prefix}-{i:D4}"), FulfillmentChannel.Mfn, purchased, [new OrderLine(new Sku("SKU-1"), 1, new Money(10m, "USD"))],
            buyerId: new BuyerId("B" + i), latestShipDate: purchased + Duration.FromDays(1), shippedAt: purchased + Duration.FromDays(1),
            trackingId: "T" + i, firstCarrierScanAt: purchased + Duration.FromDays(1), latestDeliveryDate: purchased + Duration.FromDays(4),
            deliveredAt: purchased + Duration.FromDays(3));
    }

    /// <summary>Returns the result of <paramref name="metric"/> as of <see cref="AsOf"/> on the records.</summary>
    public static MetricResult Judge(MetricId metric, IEnumerable<object> records)
        => AccountHealth.Snapshot(LedgerOf([.. records]), AsOf, WalmartPolicies.Current)[metric];

    /// <summary>Returns <paramref name="good"/> good orders and <paramref name="bad"/> orders made bad by <paramref name="spoil"/>.</summary>
    public static IEnumerable<object> Orders(int good, int bad, Func<Order, IEnumerable<object>> spoil)
        => Enumerable.Range(0, good).Select(i => (object)Good(i)).Concat(Enumerable.Range(0, bad).SelectMany(i => spoil(Good(i, "X"))));
}
