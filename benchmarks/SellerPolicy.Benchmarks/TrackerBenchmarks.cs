using BenchmarkDotNet.Attributes;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Metrics.Tracking;
using SellerPolicy.Policies;

namespace SellerPolicy.Benchmarks;

/// <summary>The incremental tracker ingesting every record of a ledger as events, against building the batch engine once.</summary>
[MemoryDiagnoser]
public class TrackerBenchmarks
{
    private SellerLedger _ledger = null!;

    /// <summary>Gets or sets the number of orders.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.Orders))]
    public int Orders { get; set; }

    /// <summary>Loads the ledger.</summary>
    [GlobalSetup]
    public void Setup() => _ledger = LedgerCache.Load(Orders);

    /// <summary>Records every order, feedback, claim, chargeback and return request into a new tracker.</summary>
    public static AccountHealthTracker Feed(SellerLedger ledger)
    {
        var tracker = new AccountHealthTracker(AmazonPolicies.Current);
        foreach (Order o in ledger.Orders)
        {
            tracker.Record(o);
        }

        foreach (Feedback f in ledger.Feedback)
        {
            tracker.Record(f);
        }

        foreach (AtoZClaim c in ledger.Claims)
        {
            tracker.Record(c);
        }

        foreach (Chargeback c in ledger.Chargebacks)
        {
            tracker.Record(c);
        }

        foreach (ReturnRequest r in ledger.Returns)
        {
            tracker.Record(r);
        }

        return tracker;
    }

    /// <summary>Building the batch engine from the same records (the cost a host would pay per recomputation).</summary>
    [Benchmark(Baseline = true)]
    public int BatchEngineCreate() => AccountHealthEngine.Create(_ledger, AmazonPolicies.Current).OrderCount;

    /// <summary>The tracker ingesting every record as an event.</summary>
    [Benchmark]
    public int TrackerRecordAll() => Feed(_ledger).OrderCount;

    /// <summary>The tracker seeded from the ledger in one pass (<see cref="AccountHealthTracker.Create"/>).</summary>
    [Benchmark]
    public int TrackerCreateFromLedger() => AccountHealthTracker.Create(_ledger, AmazonPolicies.Current).OrderCount;
}
