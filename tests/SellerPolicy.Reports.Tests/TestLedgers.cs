using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Sample;

namespace SellerPolicy.Reports.Tests;

/// <summary>The ledgers the report tests run on.</summary>
public static class TestLedgers
{
    /// <summary>Markup that would run if a value were written into the page unencoded.</summary>
    public const string Hostile = "<script>alert(1)</script>";

    public static readonly LocalDate AsOf = new(2026, 3, 31);

    private static readonly Lazy<SellerLedger> SampleLedger = new(() => SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 5000, Seed = 7 }));

    /// <summary>The CLI's sample (5,000 orders, seed 7): MFN ODR is BAD on its last day.</summary>
    public static SellerLedger Sample => SampleLedger.Value;

    public static PolicyTimeline Amazon => AmazonPolicies.Timeline;

    /// <summary>
    /// Twenty clean MFN orders over five days a month before <see cref="AsOf"/> (inside the ODR window, past its lag), and one whose order id, SKU, category and
    /// buyer's return reason all hold <see cref="Hostile"/> markup and whose negative feedback makes MFN ODR BAD.
    /// </summary>
    public static SellerLedger WithHostileStrings()
    {
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        Instant start = AsOf.PlusDays(-30).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        for (int i = 0; i < 20; i++)
        {
            builder.Add(Order($"111-0000000-{i:0000000}", "MUG-1", "Kitchen", start + Duration.FromHours(i * 6)));
        }

        var hostile = new OrderId("ORD-" + Hostile);
        builder.Add(Order(hostile.Value, "SKU-" + Hostile, "Category-" + Hostile, start + Duration.FromHours(3)));
        builder.Add(new Feedback(hostile, start + Duration.FromDays(2), 1));
        builder.Add(new ReturnRequest(new ReturnId("RMA-1"), hostile, new Sku("SKU-" + Hostile), 1, start + Duration.FromDays(3), "Comment-" + Hostile));
        return builder.ToImmutable();
    }

    private static Order Order(string id, string sku, string category, Instant purchased)
        => new(
            new OrderId(id), FulfillmentChannel.Mfn, purchased, [new OrderLine(new Sku(sku), 1, new Money(20m, "USD"), category: category)],
            latestShipDate: purchased + Duration.FromDays(2), shippedAt: purchased + Duration.FromDays(1), trackingId: "TRACK-" + id.Length,
            firstCarrierScanAt: purchased + Duration.FromDays(1), latestDeliveryDate: purchased + Duration.FromDays(5), deliveredAt: purchased + Duration.FromDays(3));
}
