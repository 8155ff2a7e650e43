using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Metrics;

/// <summary>A generated ledger, the policy it is judged under and the seed that reproduces it.</summary>
internal sealed record MetricsCase(int Seed, MarketplacePolicy Policy, SellerLedger Ledger, LocalDate FirstDay, LocalDate LastDay)
{
    public override string ToString()
        => $"seed {Seed}: {Ledger} under {Policy.Version} zone {Policy.Reporting} lag {Policy.OrderDefectRate.LagDays} pending {Policy.OrderDefectRate.PendingClaimsCount}";
}

/// <summary>
/// Small ledgers biased toward the edges the rules care about: instants at midnight and one tick before it in the reporting
/// zone, removals and decisions on the very instant or the next day, shipments exactly at the latest ship date, deliveries
/// exactly at the latest delivery date, responses exactly at the deadline, pending and reversed claims, fraud chargebacks,
/// reporting zones with DST changes in the range. Seed-driven so a failure names its seed.
/// </summary>
internal static class MetricsLedgerGenerator
{
    public static readonly LocalDate BaseDay = new(2026, 2, 20); // DST changes: US 2026-03-08, EU 2026-03-29.

    private static readonly LocalTime[] Times =
    [
        LocalTime.Midnight, LocalTime.MaxValue, LocalTime.Noon, new(0, 0, 0, 1), new(23, 30), new(1, 30), new(2, 30),
    ];

    private static readonly DateTimeZone[] Zones =
    [
        DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["America/New_York"], DateTimeZoneProviders.Tzdb["Europe/Berlin"],
    ];

    public static Arbitrary<MetricsCase> Cases(int maxOrders = 40) => Arb.From(Gen.Choose(0, int.MaxValue).Select(seed => Build(seed, maxOrders)));

    public static MetricsCase Build(int seed, int maxOrders = 40)
    {
        var rng = new Random(seed);
        DateTimeZone zone = Zones[rng.Next(Zones.Length)];
        MarketplacePolicy policy = AmazonPolicies.Current with
        {
            Reporting = new ReportingCalendar(zone),
            OrderDefectRate = new OrderDefectRatePolicy
            {
                LagDays = new[] { 14, 0, 3 }[rng.Next(3)],
                WindowDays = new[] { 60, 7 }[rng.Next(2)],
                PendingClaimsCount = rng.Next(4) != 0,
                CountingClaimOutcomes = rng.Next(5) == 0
                    ? [ClaimOutcome.GrantedSellerFunded, ClaimOutcome.GrantedAmazonFunded]
                    : new OrderDefectRatePolicy().CountingClaimOutcomes,
            },
        };
        var g = new Builder(rng, zone);
        SellerLedger ledger = g.Ledger(rng.Next(maxOrders + 1));
        return new MetricsCase(seed, policy, ledger, BaseDay.PlusDays(-2), BaseDay.PlusDays(40 + 14 + 60 + 5));
    }

    private sealed class Builder(Random rng, DateTimeZone zone)
    {
        private readonly SellerLedger.Builder _ledger = SellerLedger.CreateBuilder();

        public SellerLedger Ledger(int orders)
        {
            for (int i = 0; i < orders; i++)
            {
                AddOrder(i);
            }

            return _ledger.ToImmutable();
        }

        private bool Chance(int percent) => rng.Next(100) < percent;

        private Instant At(LocalDate day) => zone.AtLeniently(day.At(Times[rng.Next(Times.Length)])).ToInstant();

        /// <summary>An instant not before <paramref name="prev"/>: often the same instant, else a biased time up to maxDays later.</summary>
        private Instant After(Instant prev, int maxDays)
        {
            if (Chance(12))
            {
                return prev;
            }

            if (Chance(8))
            {
                return prev + Duration.FromHours(24 * rng.Next(0, maxDays + 1)) + Duration.FromTicks(rng.Next(0, 2));
            }

            Instant candidate = At(prev.InZone(zone).Date.PlusDays(rng.Next(0, maxDays + 1)));
            return candidate < prev ? prev : candidate;
        }

        private void AddOrder(int i)
        {
            var id = new OrderId($"O-{i:D3}");
            Instant purchased = At(BaseDay.PlusDays(rng.Next(0, 40)));
            Instant? latestShip = Chance(85) ? After(purchased, 3) : null;
            Instant? shipped = Chance(75) ? (latestShip is { } l && Chance(25) ? l : After(purchased, 5)) : null;
            string? tracking = shipped is not null && Chance(80) ? "TRK" + i : null;
            Instant? scan = shipped is { } s && Chance(75) ? (Chance(80) ? After(s, 2) : After(purchased, 2)) : null;
            Instant? latestDelivery = Chance(75) ? After(latestShip ?? purchased, 6) : null;
            Instant? delivered = shipped is { } s2 && Chance(70)
                ? (latestDelivery is { } ld && ld >= s2 && Chance(30) ? ld : After(s2, 8))
                : null;
            Instant? cancelled = null;
            CancelledBy? by = null;
            if (Chance(25))
            {
                cancelled = shipped is { } s3 && Chance(25) ? s3 : After(purchased, 4);
                by = (CancelledBy)rng.Next(3);
            }

            var order = new Order(
                id, Chance(70) ? FulfillmentChannel.Mfn : FulfillmentChannel.Afn, purchased,
                [new OrderLine(new Sku("SKU-1"), 2, new Money(10m, "USD"))],
                latestShipDate: latestShip, shippedAt: shipped, trackingId: tracking, firstCarrierScanAt: scan,
                latestDeliveryDate: latestDelivery, deliveredAt: delivered, cancelledAt: cancelled, cancelledBy: by);
            _ledger.Add(order);

            if (Chance(40))
            {
                Instant received = After(purchased, 25);
                int rating = Chance(60) ? rng.Next(1, 3) : rng.Next(3, 6);
                _ledger.Add(Chance(40)
                    ? new Feedback(id, received, rating, After(received, 15), (FeedbackRemoval)rng.Next(3))
                    : new Feedback(id, received, rating));
            }

            int claims = Chance(30) ? rng.Next(1, 3) : 0;
            for (int k = 0; k < claims; k++)
            {
                Instant filed = After(purchased, 30);
                ClaimOutcome? outcome = Chance(65) ? (ClaimOutcome)rng.Next(7) : null;
                Instant? decided = outcome is null ? null : After(filed, 10);
                Instant? reversed = outcome is ClaimOutcome.GrantedSellerFunded or ClaimOutcome.SellerRefunded or ClaimOutcome.OrderCancelled && Chance(35)
                    ? After(decided!.Value, 10)
                    : null;
                _ledger.Add(new AtoZClaim(new ClaimId($"C-{i}-{k}"), id, filed, ClaimReason.NotReceived, outcome, decided, reversed));
            }

            if (Chance(20))
            {
                Instant received = After(purchased, 30);
                ChargebackOutcome? outcome = Chance(50) ? (ChargebackOutcome)rng.Next(2) : null;
                _ledger.Add(new Chargeback(new ChargebackId($"CB-{i}"), id, received, Chance(70) ? ChargebackType.Service : ChargebackType.Fraud,
                    outcome, outcome is null ? null : After(received, 10)));
            }

            if (Chance(30))
            {
                Instant requested = After(purchased, 20);
                Instant? responded = Chance(65)
                    ? rng.Next(4) switch
                    {
                        0 => requested + Duration.FromHours(48),
                        1 => requested + Duration.FromHours(48) + Duration.FromTicks(1),
                        _ => After(requested, 4),
                    }
                    : null;
                _ledger.Add(new ReturnRequest(new ReturnId($"R-{i}"), id, new Sku("SKU-1"), 1, requested, "DEFECTIVE",
                    respondedAt: responded, rejectedIncorrectly: Chance(15), negativeReturnFeedback: Chance(15)));
            }
        }
    }
}
