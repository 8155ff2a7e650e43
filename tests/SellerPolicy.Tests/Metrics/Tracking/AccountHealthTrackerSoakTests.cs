using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Metrics.Tracking;
using SellerPolicy.Policies;
using SellerPolicy.Sample;
using SellerPolicy.Time;
using Xunit.Abstractions;

namespace SellerPolicy.Tests.Metrics.Tracking;

/// <summary>
/// The soak of the incremental tracker (docs/reliability.md): many sellers' events, each record with its earlier versions,
/// shuffled together and delivered again and again (a notification service delivers at least once, in any order). At
/// intervals every seller's tracker must equal the batch engine, and once every order is known (its windows full) the
/// trackers' memory must not grow with further deliveries.
/// </summary>
/// <remarks>
/// A few seconds by default; <c>eng/soak.sh</c> runs it long through the variables <c>SELLERPOLICY_SOAK_SELLERS</c>,
/// <c>SELLERPOLICY_SOAK_ORDERS</c> (per seller) and <c>SELLERPOLICY_SOAK_ROUNDS</c>.
/// </remarks>
[Collection(SoakCollection.Name)]
public sealed class AccountHealthTrackerSoakTests(ITestOutputHelper output)
{
    private static readonly MarketplacePolicy Policy = AmazonPolicies.Current;

    [Fact]
    public void ShuffledRedeliveredEvents_ManySellers_TrackersEqualTheEngine_AndMemoryStaysFlat()
    {
        int sellers = Setting("SELLERPOLICY_SOAK_SELLERS", 12);
        int orders = Setting("SELLERPOLICY_SOAK_ORDERS", 250);
        int rounds = Setting("SELLERPOLICY_SOAK_ROUNDS", 4);
        var random = new Random(20261207);

        Seller[] all = [.. Enumerable.Range(0, sellers).Select(s => new Seller(s, orders))];
        (int Seller, Action<AccountHealthTracker> Record)[] events =
            [.. all.SelectMany(seller => AccountHealthTrackerTests.EventsOf(seller.Ledger).Select(e => (seller.Index, e)))];
        int checkEvery = Math.Max(1, events.Length / 5);
        long delivered = 0;
        int checks = 0;
        long fullMemory = 0;

        for (int round = 1; round <= rounds; round++)
        {
            random.Shuffle(events);
            for (int i = 0; i < events.Length; i++)
            {
                (int seller, Action<AccountHealthTracker> record) = events[i];
                record(all[seller].Tracker);
                delivered++;

                // In the first round a tracker holds part of the ledger; from the second on it has seen every record, and an
                // earlier version delivered again must never undo what a later one told.
                if (round > 1 && i % checkEvery == checkEvery - 1)
                {
                    Seller probe = all[random.Next(all.Length)];
                    probe.AssertEqualsEngine($"round {round}, event {i + 1}");
                    checks++;
                }
            }

            foreach (Seller seller in all)
            {
                seller.AssertEqualsEngine($"end of round {round}");
                checks++;
            }

            long memory = MemoryInUse();
            if (round == 1)
            {
                fullMemory = memory;
            }
            else
            {
                // Flat: the same records delivered again replace what a tracker holds; a little slack for the runtime's own.
                Assert.True(
                    memory <= fullMemory + (fullMemory / 50) + (256 << 10),
                    $"after round {round} the heap holds {memory:N0} bytes, after round 1 (every order known) {fullMemory:N0}");
            }

            output.WriteLine($"round {round}: {delivered:N0} events delivered, heap {memory:N0} bytes");
        }

        output.WriteLine($"{sellers} sellers, {sellers * orders:N0} orders, {events.Length:N0} events a round, {delivered:N0} delivered, {checks} checks against the engine");
        Assert.Equal(all.Sum(s => s.Ledger.Orders.Length), all.Sum(s => s.Tracker.OrderCount));
    }

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), out int value) && value > 0 ? value : fallback;

    private static long MemoryInUse()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>One seller: a sample ledger of its own, its tracker, and the batch engine over the whole ledger.</summary>
    private sealed class Seller
    {
        private readonly AccountHealthEngine _engine;
        private readonly LocalDate[] _days;

        public Seller(int index, int orders)
        {
            Index = index;
            Ledger = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = orders, Seed = 1000 + index, Days = 120 + (index % 5 * 60) });
            Tracker = new AccountHealthTracker(Policy);
            _engine = AccountHealthEngine.Create(Ledger, Policy);

            // Every week of the ledger and three months after it: windows filling, full, and emptying.
            LocalDate first = Policy.Reporting.DayOf(Ledger.Orders.Min(o => o.PurchasedAt));
            LocalDate last = Policy.Reporting.DayOf(Ledger.Orders.Max(o => o.PurchasedAt)).PlusDays(90);
            _days = [.. new DayWindow(first, last).EnumerateDays().Where((_, i) => i % 7 == 0)];
        }

        public int Index { get; }

        public SellerLedger Ledger { get; }

        public AccountHealthTracker Tracker { get; }

        public void AssertEqualsEngine(string when)
        {
            foreach (LocalDate day in _days)
            {
                AccountHealthSnapshot expected = _engine.Snapshot(day);
                AccountHealthSnapshot actual = Tracker.Snapshot(day);
                if (actual != expected)
                {
                    Assert.Fail($"seller {Index}, {when}, as of {day}: the engine says {expected.Counts}, the tracker {actual.Counts}");
                }
            }
        }
    }
}

/// <summary>
/// The soak measures the process's heap, so it runs alone: xunit runs a collection without parallelization after the
/// parallel ones, and other tests' allocations cannot pass for a tracker's growth.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Soak (runs alone)";
}
