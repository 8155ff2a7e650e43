using BenchmarkDotNet.Attributes;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Benchmarks;

/// <summary>Loading a ledger file (strict: every record validated) and building the engine's index from the ledger.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string _path = null!;
    private SellerLedger _ledger = null!;

    /// <summary>Gets or sets the number of orders.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.Orders))]
    public int Orders { get; set; }

    /// <summary>Writes the file if missing and loads it once for the index benchmark.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = LedgerCache.PathOf(Orders);
        _ledger = LedgerCache.Load(Orders);
    }

    /// <summary>Reads and validates the JSON Lines file into a ledger.</summary>
    [Benchmark(Baseline = true)]
    public int LoadLedgerFile() => LedgerReader.ReadFile(_path).GetLedgerOrThrow().RecordCount;

    /// <summary>Builds the engine's columnar index from the loaded ledger.</summary>
    [Benchmark]
    public int BuildEngineIndex() => AccountHealthEngine.Create(_ledger, AmazonPolicies.Current).ContributionCount;
}
