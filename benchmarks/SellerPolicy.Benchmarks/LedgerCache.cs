using System.Diagnostics;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Sample;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// The benchmark inputs: ledgers of the seeded sample generator, written once as JSON Lines to a cache directory outside
/// the repository (<c>$SELLERPOLICY_BENCH_CACHE</c>, else <c>~/.cache/sellerpolicy-bench</c>) and read back by every run.
/// The file is written by streaming the generator into the writer, so even 10M orders are never held in memory twice.
/// </summary>
internal static class LedgerCache
{
    /// <summary>The seed of every benchmark ledger.</summary>
    public const int Seed = 42;

    public static string Directory
        => Environment.GetEnvironmentVariable("SELLERPOLICY_BENCH_CACHE") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "sellerpolicy-bench");

    public static SampleLedgerOptions Options(int orders) => new() { Orders = orders, Seed = Seed };

    /// <summary>Returns the path of the cached ledger file of <paramref name="orders"/> orders, writing it first if missing.</summary>
    public static string PathOf(int orders)
        => Cached($"ledger-{orders}-seed{Seed}.jsonl", path =>
        {
            using FileStream stream = File.Create(path);
            return LedgerWriter.Write(SampleLedgerGenerator.Stream(Options(orders)), stream);
        });

    /// <summary>The catalogue of the large-catalogue ledgers: 50,000 SKUs with varied prices.</summary>
    public const int LargeCatalogue = 50_000;

    /// <summary>
    /// Returns the path of the cached ledger of <paramref name="orders"/> orders from a <see cref="LargeCatalogue"/>-SKU
    /// catalogue written in another tool's style (spaces after separators, fields in alphabetical order): what `sample
    /// --orders N --catalogue 50000 --style spaced` writes. Writes it first if missing.
    /// </summary>
    public static string LargeCatalogueOtherStylePathOf(int orders)
        => Cached($"ledger-{orders}-seed{Seed}-catalogue{LargeCatalogue}-spaced.jsonl", path =>
        {
            using FileStream stream = File.Create(path);
            return LedgerWriter.Write(SampleLedgerGenerator.Stream(Options(orders) with { Catalogue = LargeCatalogue }), stream, LedgerWriteStyle.Spaced);
        });

    /// <summary>Returns the path of <paramref name="name"/> in the cache, written first by <paramref name="write"/> (which returns
    /// the records written) if missing; written to a temporary name and moved, so an interrupted write leaves no file.</summary>
    public static string Cached(string name, Func<string, long> write)
    {
        string path = Path.Combine(Directory, name);
        if (File.Exists(path))
        {
            return path;
        }

        System.IO.Directory.CreateDirectory(Directory);
        var watch = Stopwatch.StartNew();
        long records = write(path + ".tmp");
        File.Move(path + ".tmp", path, overwrite: true);
        Console.Error.WriteLine($"// wrote {records:N0} records ({new FileInfo(path).Length / 1e6:N0} MB) to {path} in {watch.Elapsed.TotalSeconds:N1} s");
        return path;
    }

    private static (int Orders, SellerLedger Ledger)? _last;

    /// <summary>Loads the cached ledger of <paramref name="orders"/> orders (the last one loaded is kept for in-process runs).</summary>
    public static SellerLedger Load(int orders)
    {
        if (_last is { } last && last.Orders == orders)
        {
            return last.Ledger;
        }

        _last = null;

        // Read at every size (since the fourth session reading the 10M file, 21-34 s, is faster than generating it, 52 s, and
        // gives the ledger a user would have).
        SellerLedger ledger = LedgerReader.ReadFile(PathOf(orders)).GetLedgerOrThrow();
        _last = (orders, ledger);
        return ledger;
    }
}
