using BenchmarkDotNet.Attributes;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ingestion.Tests.HighPerformance;
using SellerPolicy.Ledger;
using SellerPolicy.Sample;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// The storage seam's targets side by side, at 1M orders (issue 14): the sample's own file against a large-catalogue file
/// in another tool's style (spaces, other field order); the same ledger as Parquet; and the orders alone read by the JSON
/// reader against a third party's reader (the tests' <see cref="TabSeparatedOrders"/>, public API only) through
/// <see cref="OrderBatch"/>. Each benchmark returns the record count, so the work cannot be skipped.
/// </summary>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private const int Orders = 1_000_000;

    private string _own = null!;
    private string _otherStyle = null!;
    private string _parquet = null!;
    private string _ordersJson = null!;
    private byte[] _ordersTsv = null!;

    /// <summary>Writes the files that are missing (cached outside the repository, see <see cref="LedgerCache"/>).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _own = LedgerCache.PathOf(Orders);
        _otherStyle = LedgerCache.LargeCatalogueOtherStylePathOf(Orders);
        SellerLedger ledger = LedgerCache.Load(Orders);
        _parquet = LedgerCache.Cached($"ledger-{Orders}-seed{LedgerCache.Seed}.parquet", path =>
        {
            LedgerParquet.WriteFile(ledger, path);
            return ledger.RecordCount;
        });
        SellerLedger.Builder orders = SellerLedger.CreateBuilder();
        foreach (Order order in ledger.Orders)
        {
            orders.Add(order);
        }

        SellerLedger ordersOnly = orders.ToImmutable();
        _ordersJson = LedgerCache.Cached($"orders-{Orders}-seed{LedgerCache.Seed}.jsonl", path =>
        {
            using FileStream stream = File.Create(path);
            LedgerWriter.Write(ordersOnly, stream);
            return ordersOnly.RecordCount;
        });
        _ordersTsv = TabSeparatedOrders.Write(ordersOnly);
    }

    /// <summary>The sample's own 1M-order file (compact, the library's field order, a 40-SKU catalogue).</summary>
    [Benchmark(Baseline = true)]
    public int LoadSampleFile() => LedgerReader.ReadFile(_own).GetLedgerOrThrow().RecordCount;

    /// <summary>1M orders of a 50,000-SKU catalogue with varied prices, written with spaces and another field order.</summary>
    [Benchmark]
    public int LoadLargeCatalogueOtherStyleFile() => LedgerReader.ReadFile(_otherStyle).GetLedgerOrThrow().RecordCount;

    /// <summary>The sample's own ledger as Parquet (one file, a kind column).</summary>
    [Benchmark]
    public int LoadParquet() => LedgerParquet.ReadFile(_parquet).GetLedgerOrThrow().RecordCount;

    /// <summary>The 1M orders alone, by the JSON reader.</summary>
    [Benchmark]
    public int LoadOrdersJson() => LedgerReader.ReadFile(_ordersJson).GetLedgerOrThrow().RecordCount;

    /// <summary>The same 1M orders, by a reader outside the packages building through the public <see cref="OrderBatch"/>.</summary>
    [Benchmark]
    public int LoadOrdersThirdPartyBatch() => TabSeparatedOrders.Read(_ordersTsv, "orders.tsv").ToImmutable().RecordCount;
}
