using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Returns;
using static SellerPolicy.Tests.Returns.ReturnsFixtures;

namespace SellerPolicy.Tests.Returns;

/// <summary>A random ledger of returns and a random valid rule set, built from one seed (FsCheck supplies the seeds).</summary>
internal static class ReturnlessScenario
{
    private static readonly string?[] Categories = ["Beauty", "Kitchen", "Toys", null];
    private static readonly string[] Reasons = ["DEFECTIVE", "NO_LONGER_NEEDED", "WRONG_ITEM"];
    private static readonly string?[] Countries = ["DE", "FR", null];
    private static readonly Instant Start = At(2026, 1, 1);

    public static SellerLedger Ledger(Random random)
    {
        var builder = SellerLedger.CreateBuilder();
        int orders = random.Next(1, 25);
        for (int i = 0; i < orders; i++)
        {
            Instant purchase = Start + Duration.FromHours(random.Next(0, 24 * 90));
            int quantity = random.Next(1, 3);
            builder.Add(Order(
                id: $"O-{i}",
                purchasedAt: purchase,
                unitPrice: random.Next(100, 4000) / 100m,
                quantity: quantity,
                category: Categories[random.Next(Categories.Length)],
                buyer: $"B{random.Next(1, 4)}",
                country: Countries[random.Next(Countries.Length)],
                shipping: random.Next(0, 2) == 0 ? null : 3.99m,
                deliveredAt: purchase + Duration.FromDays(2)));
            int requests = random.Next(0, quantity + 1); // one unit each: never more than ordered
            for (int k = 0; k < requests; k++)
            {
                bool? inPolicy = random.Next(0, 5) switch { 0 => false, 1 => true, _ => null };
                builder.Add(Request(
                    returnId: random.Next(0, 4) == 0 ? null : $"RMA-{i}-{k}",
                    orderId: $"O-{i}",
                    requestedAt: purchase + Duration.FromDays(3 + k) + Duration.FromHours(random.Next(0, 24 * 35)) + Duration.FromMinutes(k), // distinct keys without RMA
                    reason: Reasons[random.Next(Reasons.Length)],
                    inPolicy: inPolicy));
            }
        }

        return builder.ToImmutable();
    }

    public static ReturnlessRule Rule(Random random, string name)
    {
        decimal min = random.Next(0, 2000) / 100m;
        decimal max = min + (random.Next(0, 4000) / 100m);
        Instant from = Start + Duration.FromDays(random.Next(-60, 40));
        Instant? until = random.Next(0, 2) == 0 ? null : from + Duration.FromDays(random.Next(1, 60));
        string[]? categories = random.Next(0, 2) == 0 ? null : Categories.Where(c => c is not null && random.Next(0, 2) == 0).Select(c => c!).DefaultIfEmpty("Beauty").ToArray();
        string[]? reasons = random.Next(0, 2) == 0 ? null : Reasons.Where(_ => random.Next(0, 2) == 0).DefaultIfEmpty("DEFECTIVE").ToArray();
        return new ReturnlessRule(name, new PriceRange(min, max), from, until, categories, reasons);
    }

    /// <summary>Random rules, keeping only those that overlap none kept before: always a valid set.</summary>
    public static ReturnlessRuleSet RuleSet(Random random)
    {
        var kept = new List<ReturnlessRule>();
        int tries = random.Next(0, 8);
        for (int i = 0; i < tries; i++)
        {
            ReturnlessRule candidate = Rule(random, $"r{i}");
            if (!kept.Any(k => k.Overlaps(candidate)))
            {
                kept.Add(candidate);
            }
        }

        BuyerGuard? guard = random.Next(0, 3) == 0 ? null : new BuyerGuard(random.Next(0, 4), random.Next(1, 60));
        return new ReturnlessRuleSet("EUR", kept, new ReturnCostAssumption(6.5m, 18m), random.Next(0, 101) / 100m, "DE", random.Next(0, 3) == 0 ? [new Sku("SKU-1")] : null, guard);
    }
}
