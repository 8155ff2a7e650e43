using BenchmarkDotNet.Attributes;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Ledger.HighPerformance;
using SellerPolicy.Sample;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// The fast record parser alone, on one thread, over every line of a ledger held in memory: the library's own layout
/// (kind first) and another tool's (spaces, fields sorted, so the kind is looked up first). Isolates the per-field work the
/// file reader's parallel blocks and ledger build hide in their noise.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private byte[] _own = null!;
    private byte[] _spaced = null!;
    private (int Start, int Length)[] _ownLines = null!;
    private (int Start, int Length)[] _spacedLines = null!;

    /// <summary>Gets or sets the number of orders.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.Orders))]
    public int Orders { get; set; }

    /// <summary>Reads the sample file and writes the same records in the other style, both into memory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _own = File.ReadAllBytes(LedgerCache.PathOf(Orders));
        var spaced = new MemoryStream();
        LedgerWriter.Write(SampleLedgerGenerator.Stream(LedgerCache.Options(Orders)), spaced, LedgerWriteStyle.Spaced);
        _spaced = spaced.ToArray();
        _ownLines = LinesOf(_own);
        _spacedLines = LinesOf(_spaced);
    }

    /// <summary>Parses every line of the sample file (kind first).</summary>
    [Benchmark(Baseline = true)]
    public int ParseOwnLayout() => Parse(_own, _ownLines);

    /// <summary>Parses every line of the other-style file (spaces, fields sorted).</summary>
    [Benchmark]
    public int ParseOtherLayout() => Parse(_spaced, _spacedLines);

    private static int Parse(byte[] text, (int Start, int Length)[] lines)
    {
        var parser = new FastRecordParser();
        var orders = new OrderBatch(lines.Length);
        int read = 0;
        foreach ((int start, int length) in lines)
        {
            read += parser.TryParse(text.AsSpan(start, length), orders, default, out _) ? 1 : 0;
        }

        return read;
    }

    private static (int Start, int Length)[] LinesOf(byte[] text)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                lines.Add((start, i - start));
                start = i + 1;
            }
        }

        return [.. lines];
    }
}
