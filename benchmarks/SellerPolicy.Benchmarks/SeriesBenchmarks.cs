using BenchmarkDotNet.Attributes;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// A 365-day daily series: the engine (every metric, difference arrays over the prebuilt index) against DuckDB (ODR only, MFN
/// and AFN, one SQL query with window functions and a range join over tables already loaded). DuckDB is the baseline: it is
/// what a data-savvy user would reach for. Its numbers are checked equal to the engine's in setup.
/// </summary>
[MemoryDiagnoser]
public class SeriesBenchmarks
{
    private AccountHealthEngine _engine = null!;
    private DuckDbOdrSeries _duck = null!;
    private DayWindow _days;

    /// <summary>Gets or sets the number of orders.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.Orders))]
    public int Orders { get; set; }

    /// <summary>Loads the ledger, builds the engine's index and the DuckDB tables, and checks they agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        SellerLedger ledger = LedgerCache.Load(Orders);
        _days = DayWindow.Ending(LedgerCache.Options(Orders).LastDay, 365);
        _engine = AccountHealthEngine.Create(ledger, AmazonPolicies.Current);
        _duck = new DuckDbOdrSeries(ledger, AmazonPolicies.Current);
        _duck.CheckEquals(_engine.Series(_days), _days);
    }

    /// <summary>Releases DuckDB.</summary>
    [GlobalCleanup]
    public void Cleanup() => _duck.Dispose();

    /// <summary>DuckDB: the ODR series (MFN and AFN) of 365 days in one SQL query.</summary>
    [Benchmark(Baseline = true)]
    public long DuckDbOdrSeries365() => _duck.Run(_days).Checksum;

    /// <summary>The engine: the series of every metric over 365 days.</summary>
    [Benchmark]
    public int EngineAllMetricsSeries365() => _engine.Series(_days).Counts[^1].MfnOrderWithDefects;
}
