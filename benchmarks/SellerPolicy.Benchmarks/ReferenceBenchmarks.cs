using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Tests.Metrics;
using SellerPolicy.Time;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// The engine against what a user without it would write: the reference calculator (LINQ over the domain objects,
/// recomputing each day), at 100k orders. One cold iteration per method: a 365-day reference series takes minutes.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class ReferenceBenchmarks
{
    private SellerLedger _ledger = null!;
    private AccountHealthEngine _engine = null!;
    private DayWindow _days;

    /// <summary>Gets or sets the number of orders (100k: the reference is O(orders) per day).</summary>
    [Params(100_000)]
    public int Orders { get; set; }

    /// <summary>Gets or sets the number of days of the series.</summary>
    [Params(365)]
    public int Days { get; set; }

    /// <summary>Loads the ledger and builds the engine.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ledger = LedgerCache.Load(Orders);
        _days = DayWindow.Ending(LedgerCache.Options(Orders).LastDay, Days);
        _engine = AccountHealthEngine.Create(_ledger, AmazonPolicies.Current);
    }

    /// <summary>The reference calculator, one full recomputation per day.</summary>
    [Benchmark(Baseline = true)]
    public int ReferenceSeries()
    {
        int sum = 0;
        foreach (var day in _days.EnumerateDays())
        {
            sum += ReferenceCalculator.Snapshot(_ledger, day, AmazonPolicies.Current).Counts.MfnOrderWithDefects;
        }

        return sum;
    }

    /// <summary>The engine's series (index prebuilt).</summary>
    [Benchmark]
    public int EngineSeries() => _engine.Series(_days).Counts.Sum(c => c.MfnOrderWithDefects);

    /// <summary>The engine's series including building the index from the ledger.</summary>
    [Benchmark]
    public int EngineCreateAndSeries() => AccountHealthEngine.Create(_ledger, AmazonPolicies.Current).Series(_days).Counts.Sum(c => c.MfnOrderWithDefects);
}
