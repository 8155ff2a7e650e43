using System.Diagnostics;
using System.Text;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Orleans;
using SellerPolicy.Orleans.Contracts;
using SellerPolicy.Sample;

namespace SellerPolicy.Silo;

/// <summary>How many sample sellers to load on start (<c>--sellers N</c>), with how many orders each (<c>--orders N</c>).</summary>
internal sealed record SampleLoad(int Sellers, int Orders, string Marketplace);

/// <summary>Loads the sample sellers through their grains once the silo is up, in batches of 500 records.</summary>
internal sealed partial class SampleSellerLoader(SampleLoad load, IGrainFactory grains, IHostApplicationLifetime lifetime, ILogger<SampleSellerLoader> logger) : BackgroundService
{
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (load.Sellers <= 0)
        {
            return;
        }

        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var clock = Stopwatch.StartNew();
        long records = 0;
        await Parallel.ForEachAsync(Enumerable.Range(1, load.Sellers), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = stoppingToken }, async (seed, _) =>
        {
            var options = new SampleLedgerOptions { Orders = load.Orders, Seed = seed, BadStretch = seed % 4 == 0, MarketplaceId = load.Marketplace };
            using var text = new MemoryStream();
            LedgerWriter.Write(SampleLedgerGenerator.Generate(options), text);
            string[] lines = Encoding.UTF8.GetString(text.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            ISellerAccountGrain seller = grains.GetSellerAccount(new SellerAccountId($"seller-{seed:D4}", load.Marketplace));
            for (int i = 0; i < lines.Length; i += BatchSize)
            {
                RecordBatchResult result = await seller.RecordAsync(new RecordBatch($"sample-{seed}-{i / BatchSize + 1}", string.Join('\n', lines.Skip(i).Take(BatchSize))));
                if (!result.Accepted)
                {
                    throw new InvalidOperationException($"sample seller {seed} was refused: {result}");
                }
            }

            Interlocked.Add(ref records, lines.Length);
        });
        LogLoaded(logger, load.Sellers, records, clock.Elapsed.TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Sellers} sample sellers ({Records} records) in {Seconds:0.0} s: try GET /sellers/seller-0001/health and GET /fleet/at-risk")]
    private static partial void LogLoaded(ILogger logger, int sellers, long records, double seconds);
}
