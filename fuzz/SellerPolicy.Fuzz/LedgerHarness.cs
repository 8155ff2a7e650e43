using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Ledger.HighPerformance;

namespace SellerPolicy.Fuzz;

/// <summary>
/// The ledger reader on one input: every line through the fast parser and the full one (a line the fast path accepts must
/// give exactly the full parser's record), then the whole input through <see cref="LedgerReader"/> in blocks of two sizes
/// (the result must not depend on where the blocks are cut). Any exception is a finding.
/// </summary>
internal static class LedgerHarness
{
    public static void Run(byte[] input)
    {
        var fast = new FastRecordParser();
        int number = 0;
        foreach (ReadOnlyMemory<byte> line in Lines(input))
        {
            number++;
            if (fast.TryParse(line.Span) is { } record)
            {
                object full = FullParse(line);
                if (!record.Equals(full))
                {
                    throw new FuzzFinding($"line {number}: the fast parser read {record}, the full parser {full}");
                }
            }
        }

        LedgerBuildMode mode = input.Length % 2 == 0 ? LedgerBuildMode.Strict : LedgerBuildMode.Lenient;
        LedgerBuildResult whole = LedgerReader.Read(new MemoryStream(input), "fuzz.jsonl", mode, LineChunks.DefaultChunkSize, workers: 1);
        LedgerBuildResult cut = LedgerReader.Read(new MemoryStream(input), "fuzz.jsonl", mode, chunkSize: 16, workers: 1);
        if (Describe(whole) != Describe(cut))
        {
            throw new FuzzFinding($"read in one block:\n{Describe(whole)}\nread in 16-byte blocks:\n{Describe(cut)}");
        }
    }

    /// <summary>The lines as the reader cuts them: at LF, without a CR before it, blank ones left out.</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> Lines(byte[] input)
    {
        int start = input is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        while (start <= input.Length)
        {
            int newline = Array.IndexOf(input, (byte)'\n', start);
            int end = newline < 0 ? input.Length : newline;
            int length = end > start && input[end - 1] == (byte)'\r' ? end - start - 1 : end - start;
            var line = new ReadOnlyMemory<byte>(input, start, length);
            if (!line.Span.TrimStart(" \t\r"u8).IsEmpty)
            {
                yield return line;
            }

            start = end + 1;
        }
    }

    /// <summary>The full parser's record for a line (a refused order is its problem), or the count of what it gave.</summary>
    private static object FullParse(ReadOnlyMemory<byte> line)
    {
        var orders = new OrderBatch(4);
        var output = new List<ParsedLine>();
        LedgerRecordParser.Parse(line, default, new SymbolTable(), orders, output);
        object item = (orders.Count, orders.Refused.Count, output.Count) switch
        {
            (1, 0, 0) => orders.Rows.OrderAt(0),
            (0, 1, 0) => orders.Refused[0].Problem,
            (0, 0, 1) => output[0].Item,
            (int o, int f, int r) => $"{o} orders, {f} refused orders and {r} other records or problems",
        };
        return item is RefusedOrder refused ? refused.Problem : item;
    }

    /// <summary>Everything a read gave, as text: the counts, every problem in order and the ledger as the writer writes it.</summary>
    private static string Describe(LedgerBuildResult result)
    {
        var text = new StringWriter();
        text.WriteLine($"{result.Mode}: {result.RecordsRead} read, {result.RecordsLeftOut} left out, {result.Problems.Length} problems");
        foreach (LedgerProblem problem in result.Problems)
        {
            text.WriteLine(problem);
        }

        if (result.Ledger is { } ledger)
        {
            var written = new MemoryStream();
            LedgerWriter.Write(ledger, written);
            text.WriteLine(System.Text.Encoding.UTF8.GetString(written.ToArray()));
        }

        return text.ToString();
    }
}
