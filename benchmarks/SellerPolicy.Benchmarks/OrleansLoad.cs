using Microsoft.Extensions.Logging;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Hosting;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Orleans;
using SellerPolicy.Orleans.Contracts;
using SellerPolicy.Orleans.Hosting;
using SellerPolicy.Sample;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// Sample sellers recorded through a local one-silo Orleans cluster (memory storage and streams) by an external client
/// over the localhost gateway, while other callers ask for snapshots of sellers already recorded.
/// </summary>
internal sealed class OrleansLoad : IAsyncDisposable
{
    private const int SiloPort = 11311;
    private const int GatewayPort = 30300;

    private readonly IHost _silo;
    private readonly IHost _client;

    private OrleansLoad(IHost silo, IHost client)
    {
        _silo = silo;
        _client = client;
    }

    /// <summary>Gets the client's grain factory.</summary>
    public IGrainFactory Grains => (IGrainFactory)_client.Services.GetService(typeof(IClusterClient))!;

    /// <summary>Starts the silo and the client.</summary>
    public static async Task<OrleansLoad> StartAsync()
    {
        IHost silo = Host.CreateDefaultBuilder()
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .UseOrleans(s => s
                .UseLocalhostClustering(SiloPort, GatewayPort)
                .AddMemoryGrainStorage(SellerPolicyOptions.StorageName)
                .AddMemoryGrainStorage("PubSubStore")
                .AddMemoryStreams("SellerPolicy")
                .AddSellerPolicy())
            .Build();
        await silo.StartAsync();
        IHost client = Host.CreateDefaultBuilder()
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .UseOrleansClient(c => c.UseLocalhostClustering(GatewayPort))
            .Build();
        await client.StartAsync();
        return new OrleansLoad(silo, client);
    }

    /// <summary>
    /// Returns <paramref name="sellers"/> sample sellers (seeds 1..N, a quarter with a bad stretch), each the first
    /// <paramref name="records"/> records of its ledger file cut into batches of <paramref name="batchSize"/> lines.
    /// </summary>
    public static (SellerAccountId Account, RecordBatch[] Batches)[] Inputs(int sellers, int records, int batchSize, string marketplace)
        => [.. Enumerable.Range(1, sellers).AsParallel().AsOrdered().Select(seed =>
        {
            var options = new SampleLedgerOptions { Orders = records, Seed = seed, BadStretch = seed % 4 == 0, MarketplaceId = marketplace };
            using var text = new MemoryStream();
            LedgerWriter.Write(SampleLedgerGenerator.Generate(options), text);
            string[] lines = [.. Encoding.UTF8.GetString(text.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(records)];
            RecordBatch[] batches = [.. lines.Chunk(batchSize).Select((chunk, i) => new RecordBatch($"s{seed}-b{i + 1}", string.Join('\n', chunk)))];
            return (new SellerAccountId($"seller-{seed:D4}", marketplace), batches);
        })];

    /// <summary>
    /// Records every batch (each seller's in order, <paramref name="parallelism"/> sellers at a time) while
    /// <paramref name="snapshotCallers"/> callers ask for snapshots of sellers already recorded; returns the records
    /// accepted and the snapshot latencies in milliseconds.
    /// </summary>
    public async Task<(long Records, double[] SnapshotMilliseconds)> RecordAsync(
        (SellerAccountId Account, RecordBatch[] Batches)[] inputs, int parallelism, int snapshotCallers)
    {
        long records = 0;
        int done = 0;
        var finished = new CancellationTokenSource();
        var latencies = new List<double>[snapshotCallers];
        Task[] callers = [.. Enumerable.Range(0, snapshotCallers).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            latencies[c] = [];
            var day = new NodaTime.LocalDate(2026, 10, 31);
            while (!finished.IsCancellationRequested)
            {
                int ready = Volatile.Read(ref done);
                if (ready == 0)
                {
                    await Task.Delay(10);
                    continue;
                }

                ISellerAccountGrain seller = Grains.GetSellerAccount(inputs[random.Next(ready)].Account);
                long start = Stopwatch.GetTimestamp();
                await seller.GetSnapshotAsync(day);
                latencies[c].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }))];

        await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (input, _) =>
        {
            ISellerAccountGrain seller = Grains.GetSellerAccount(input.Account);
            foreach (RecordBatch batch in input.Batches)
            {
                RecordBatchResult result = await seller.RecordAsync(batch);
                if (!result.Accepted)
                {
                    throw new InvalidOperationException($"{input.Account}: {result}");
                }

                Interlocked.Add(ref records, result.Added);
            }

            Interlocked.Increment(ref done);
        });
        await finished.CancelAsync();
        await Task.WhenAll(callers);
        return (records, [.. latencies.SelectMany(l => l).Order()]);
    }

    /// <summary>Returns the <paramref name="p"/>-th percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];

    /// <summary>
    /// `orleans-load SELLERS RECORDS`: one load, printing records/s, snapshot p50/p99, the retained heap per order of the
    /// process (silo, grains, memory storage) and the stored bytes per order (a diagnosis; the figure of record is
    /// <see cref="OrleansBenchmarks"/>).
    /// </summary>
    public static async Task ReportAsync(int sellers, int records, TextWriter output)
    {
        var inputs = Inputs(sellers, records, OrleansBenchmarks.BatchSize, "LOAD");
        long before = Retained();
        await using OrleansLoad load = await StartAsync();
        long started = Retained();
        var watch = Stopwatch.StartNew();
        (long accepted, double[] latencies) = await load.RecordAsync(inputs, OrleansBenchmarks.Parallelism, OrleansBenchmarks.SnapshotCallers);
        double seconds = watch.Elapsed.TotalSeconds;
        long heap = Retained() - started;
        long orders = 0, stored = 0;
        foreach ((SellerAccountId account, _) in inputs)
        {
            SellerAccountSummary summary = await load.Grains.GetSellerAccount(account).GetSummaryAsync();
            orders += summary.Orders;
            stored += summary.StoredBytes;
        }

        output.WriteLine($"sellers={sellers:N0} records={accepted:N0} orders={orders:N0} in {seconds:N1} s = {accepted / seconds:N0} records/s");
        output.WriteLine($"  snapshots under load: {latencies.Length:N0}, p50 {Percentile(latencies, 50):N2} ms, p99 {Percentile(latencies, 99):N2} ms");
        output.WriteLine($"  retained heap after the load: {heap / 1e6:N0} MB = {(double)heap / orders:N0} bytes per order (silo start: {(started - before) / 1e6:N0} MB)");
        output.WriteLine($"  stored (persisted form): {stored / 1e6:N1} MB = {(double)stored / orders:N0} bytes per order");
    }

    public async ValueTask DisposeAsync()
    {
        await _client.StopAsync();
        await _silo.StopAsync();
        _client.Dispose();
        _silo.Dispose();
    }

    private static long Retained()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
