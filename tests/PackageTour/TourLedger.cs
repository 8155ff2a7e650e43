using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace PackageTour;

/// <summary>
/// A seller's year built from the app's own objects (no file): 50,000 orders over the 365 days up to <see cref="AsOf"/>, with
/// late shipments, seller cancellations, feedback, A-to-z claims, chargebacks and return requests at fixed strides, plus one
/// order still waiting to ship. Built once per test run.
/// </summary>
public sealed class TourLedger
{
    public const int OrderCount = 50_000;

    public static readonly LocalDate AsOf = new(2026, 10, 31);

    public static readonly LocalDate FirstDay = AsOf.PlusDays(-364);

    /// <summary>The order bought the day before <see cref="AsOf"/> and not shipped yet.</summary>
    public static readonly OrderId Unshipped = new("TOUR-UNSHIPPED-1");

    public TourLedger()
    {
        // Amazon's current rules, then a stricter late-shipment target from June 2026: a policy change inside the year.
        Stricter = AmazonPolicies.Current with
        {
            EffectiveFrom = new LocalDate(2026, 6, 1),
            LateShipment = new RollingMetricPolicy(30, MetricTarget.LessThan(0.03)),
        };
        Timeline = new PolicyTimeline([AmazonPolicies.Current, Stricter]);

        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        for (int i = 0; i < OrderCount; i++)
        {
            Instant bought = FirstDay.PlusDays(i % 365).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromMinutes(600 + (i % 600));
            var id = new OrderId($"111-{i / 10_000:D7}-{i:D7}");
            bool afn = i % 3 == 0;
            bool cancelled = !afn && i % 40 == 7;
            Instant shipped = bought + Duration.FromDays(i % 25 == 0 ? 3 : 1);
            var sku = new Sku($"SKU-{i % 30}");
            decimal price = 8m + (i % 30);
            builder.Add(new Order(
                id, afn ? FulfillmentChannel.Afn : FulfillmentChannel.Mfn, bought, [new OrderLine(sku, 1, new Money(price, "USD"))],
                latestShipDate: bought + Duration.FromDays(2),
                shippedAt: cancelled ? null : shipped,
                trackingId: cancelled ? null : $"1Z{i:D10}",
                firstCarrierScanAt: cancelled ? null : shipped,
                latestDeliveryDate: bought + Duration.FromDays(7),
                deliveredAt: cancelled ? null : shipped + Duration.FromDays(3),
                cancelledAt: cancelled ? bought + Duration.FromHours(5) : null,
                cancelledBy: cancelled ? CancelledBy.Seller : null));
            if (cancelled)
            {
                continue;
            }

            if (i % 50 == 3)
            {
                builder.Add(new Feedback(id, bought + Duration.FromDays(10), rating: 1));
            }
            else if (i % 20 == 5)
            {
                builder.Add(new Feedback(id, bought + Duration.FromDays(9), rating: 5));
            }

            if (!afn && i % 97 == 11)
            {
                builder.Add(new AtoZClaim(new ClaimId($"AZ-{i}"), id, bought + Duration.FromDays(20), ClaimReason.NotReceived));
                ClaimCount++;
            }

            if (i % 199 == 13)
            {
                builder.Add(new Chargeback(new ChargebackId($"CB-{i}"), id, bought + Duration.FromDays(25), ChargebackType.Service));
            }

            if (i % 30 == 9)
            {
                builder.Add(new ReturnRequest(new ReturnId($"RMA-{i}"), id, sku, 1, bought + Duration.FromDays(8), "DEFECTIVE", respondedAt: bought + Duration.FromDays(9)));
                ReturnCount++;
            }
        }

        Instant yesterday = AsOf.PlusDays(-1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromHours(15);
        builder.Add(new Order(
            Unshipped, FulfillmentChannel.Mfn, yesterday, [new OrderLine(new Sku("SKU-1"), 2, new Money(9m, "USD"))],
            latestShipDate: yesterday + Duration.FromDays(2), latestDeliveryDate: yesterday + Duration.FromDays(7)));
        LedgerBuildResult built = builder.Build();
        BuildProblems = built.Problems;
        Ledger = built.GetLedgerOrThrow();
    }

    public SellerLedger Ledger { get; }

    public IReadOnlyList<LedgerProblem> BuildProblems { get; }

    public MarketplacePolicy Stricter { get; }

    public PolicyTimeline Timeline { get; }

    public int ClaimCount { get; }

    public int ReturnCount { get; }
}
