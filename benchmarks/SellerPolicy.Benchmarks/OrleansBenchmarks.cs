using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SellerPolicy.Orleans;
using SellerPolicy.Orleans.Contracts;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// 1,000 sellers × 1,000 records through a local one-silo Orleans cluster (a fresh silo per iteration), in batches of 100,
/// 64 sellers at a time, while 4 callers ask for snapshots: records/s is 1,000,000 / Mean; the snapshot latencies of each
/// iteration are printed (p50, p99) to the log.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class OrleansBenchmarks
{
    public const int BatchSize = 100;
    public const int Parallelism = 64;
    public const int SnapshotCallers = 4;

    private (SellerAccountId Account, RecordBatch[] Batches)[] _inputs = [];
    private OrleansLoad _load = null!;

    /// <summary>Gets or sets the number of sellers.</summary>
    [Params(1000)]
    public int Sellers { get; set; }

    /// <summary>Gets or sets the records per seller.</summary>
    [Params(1000)]
    public int RecordsPerSeller { get; set; }

    [GlobalSetup]
    public void Setup() => _inputs = OrleansLoad.Inputs(Sellers, RecordsPerSeller, BatchSize, "BENCH");

    [IterationSetup]
    public void StartCluster() => _load = OrleansLoad.StartAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void StopCluster() => _load.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Records every seller's batches; returns the records accepted.</summary>
    [Benchmark]
    public long RecordAllSellers()
    {
        (long records, double[] latencies) = _load.RecordAsync(_inputs, Parallelism, SnapshotCallers).GetAwaiter().GetResult();
        Console.WriteLine($"// snapshots under load: {latencies.Length} calls, p50 {OrleansLoad.Percentile(latencies, 50):N2} ms, p99 {OrleansLoad.Percentile(latencies, 99):N2} ms");
        return records;
    }
}
