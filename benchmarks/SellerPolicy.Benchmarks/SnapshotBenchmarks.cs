using BenchmarkDotNet.Attributes;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Metrics.Tracking;
using SellerPolicy.Policies;
using SellerPolicy.Tests.Metrics;

namespace SellerPolicy.Benchmarks;

/// <summary>A snapshot of every metric as of one day (the last day of the ledger, in the bad stretch's ODR window).</summary>
[MemoryDiagnoser]
public class SnapshotBenchmarks
{
    private SellerLedger _ledger = null!;
    private AccountHealthEngine _engine = null!;
    private AccountHealthTracker _tracker = null!;
    private LocalDate _asOf;

    /// <summary>Gets or sets the number of orders.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.Orders))]
    public int Orders { get; set; }

    /// <summary>Loads the ledger, builds the engine and feeds the tracker.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ledger = LedgerCache.Load(Orders);
        _asOf = LedgerCache.Options(Orders).LastDay;
        _engine = AccountHealthEngine.Create(_ledger, AmazonPolicies.Current);
        _tracker = TrackerBenchmarks.Feed(_ledger);
        if (_tracker.Snapshot(_asOf) != _engine.Snapshot(_asOf))
        {
            throw new InvalidOperationException("tracker and engine disagree");
        }
    }

    /// <summary>The reference calculator: LINQ over every order.</summary>
    [Benchmark(Baseline = true)]
    public AccountHealthSnapshot ReferenceSnapshot() => ReferenceCalculator.Snapshot(_ledger, _asOf, AmazonPolicies.Current);

    /// <summary>The engine: every metric with the ids of the orders that hurt each.</summary>
    [Benchmark]
    public AccountHealthSnapshot EngineSnapshot() => _engine.Snapshot(_asOf);

    /// <summary>The engine: the counts only.</summary>
    [Benchmark]
    public AccountHealthCounts EngineCountsOn() => _engine.CountsOn(_asOf);

    /// <summary>The incremental tracker, fed with every record.</summary>
    [Benchmark]
    public AccountHealthSnapshot TrackerSnapshot() => _tracker.Snapshot(_asOf);
}
