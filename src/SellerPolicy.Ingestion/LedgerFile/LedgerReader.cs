using System.Runtime.CompilerServices;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// Reads a seller's ledger from the JSON Lines format (docs/ledger-format.md): one JSON object per line,
/// blank lines allowed, records in any order, unknown fields ignored.
/// </summary>
/// <remarks>
/// <para>The file is streamed as UTF-8 bytes in blocks of whole lines, parsed on every core and added in file order,
/// so a large file never needs its size in memory or in strings. A UTF-8 byte order mark is skipped; CRLF and LF line ends are accepted.</para>
/// <para>Every problem is reported with its line and field (see <see cref="LedgerProblem"/>). In strict mode
/// (the default) any problem means no ledger; in lenient mode bad records are left out and counted in
/// <see cref="LedgerBuildResult.RecordsLeftOut"/>.</para>
/// </remarks>
public static class LedgerReader
{
    /// <summary>Reads a ledger file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="mode">Strict (default) or lenient.</param>
    /// <returns>The ledger and every problem, each located as <c>{file name}:{line}</c>.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LedgerBuildResult ReadFile(string path, LedgerBuildMode mode = LedgerBuildMode.Strict)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        return Read(stream, Path.GetFileName(path), mode);
    }

    /// <summary>Reads a ledger from a stream.</summary>
    /// <param name="stream">The UTF-8 JSON Lines content.</param>
    /// <param name="fileName">The name used in problem locations, or null for <c>line N</c>.</param>
    /// <param name="mode">Strict (default) or lenient.</param>
    /// <returns>The ledger and every problem.</returns>
    public static LedgerBuildResult Read(Stream stream, string? fileName = null, LedgerBuildMode mode = LedgerBuildMode.Strict)
        => Read(stream, fileName, mode, LineChunks.DefaultChunkSize, Environment.ProcessorCount);

    /// <summary>
    /// Reads blocks of lines, parses each block's lines on one of <paramref name="workers"/> threads, and adds what they
    /// gave to the builder in file order: the result does not depend on the number of threads.
    /// </summary>
    internal static LedgerBuildResult Read(Stream stream, string? fileName, LedgerBuildMode mode, int chunkSize, int workers)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        var parsers = new FastRecordParser[workers];
        int batchSize = workers * 2; // two blocks per worker between hand-overs to the builder
        var batch = new List<LineChunk>(batchSize);
        try
        {
            foreach (LineChunk chunk in LineChunks.Read(stream, chunkSize))
            {
                batch.Add(chunk);
                if (batch.Count == batchSize)
                {
                    ParseBatch(batch, fileName, parsers, builder);
                }
            }

            ParseBatch(batch, fileName, parsers, builder);
        }
        finally
        {
            foreach (LineChunk chunk in batch)
            {
                chunk.Return();
            }
        }

        return builder.Build(mode);
    }

    private static void ParseBatch(List<LineChunk> batch, string? fileName, FastRecordParser[] parsers, SellerLedger.Builder builder)
    {
        var results = new (OrderRows Orders, List<ParsedLine> Others)[batch.Count];
        int workers = Math.Min(parsers.Length, batch.Count);
        if (workers <= 1)
        {
            for (int i = 0; i < batch.Count; i++)
            {
                results[i] = ParseChunk(batch[i], fileName, parsers[0] ??= new FastRecordParser());
            }
        }
        else
        {
            // Worker w parses blocks w, w + workers, ...: each parser (and its string tables) stays on one thread.
            try
            {
                Parallel.For(0, workers, w =>
                {
                    FastRecordParser parser = parsers[w] ??= new FastRecordParser();
                    for (int i = w; i < batch.Count; i += workers)
                    {
                        results[i] = ParseChunk(batch[i], fileName, parser);
                    }
                });
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
            {
                // A failure while parsing (an I/O error, a bug) surfaces as itself, as it would on one thread.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            }
        }

        foreach ((OrderRows orders, List<ParsedLine> others) in results)
        {
            builder.AddOrders(orders);
            foreach (ParsedLine line in others)
            {
                line.AddTo(builder);
            }
        }

        foreach (LineChunk chunk in batch)
        {
            chunk.Return();
        }

        batch.Clear();
    }

    /// <summary>
    /// Parses every line of a block: the fast path first, the full parser for any line it declines. Orders go into a table
    /// (in file order, whichever parser read them); other records and problems into the list.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (OrderRows Orders, List<ParsedLine> Others) ParseChunk(LineChunk chunk, string? fileName, FastRecordParser parser)
    {
        var orders = new OrderRows(chunk.Length / 512);
        var output = new List<ParsedLine>(chunk.Length / 2048);
        ReadOnlySpan<byte> block = chunk.Buffer.AsSpan(0, chunk.Length);
        int number = chunk.FirstLine;
        int position = 0;
        while (position < block.Length)
        {
            int newline = block[position..].IndexOf((byte)'\n');
            int end = newline < 0 ? block.Length : position + newline;
            int length = end - position;
            if (length > 0 && block[end - 1] == (byte)'\r')
            {
                length--;
            }

            ReadOnlySpan<byte> line = block.Slice(position, length);
            if (!IsBlank(line))
            {
                var at = new SourceLocation(fileName, number);
                if (parser.TryParse(line, orders, at, out object? record))
                {
                    if (record is not null)
                    {
                        output.Add(new ParsedLine(record, at));
                    }
                }
                else
                {
                    int first = output.Count;
                    LedgerRecordParser.Parse(new ReadOnlyMemory<byte>(chunk.Buffer, position, length), at, parser.Symbols, output);
                    if (output.Count > first && output[^1].Item is Order order)
                    {
                        // An order only the full parser could read keeps its place among the block's orders.
                        orders.Add(order, at);
                        output.RemoveAt(output.Count - 1);
                    }
                }
            }

            number++;
            position = end + 1;
        }

        return (orders, output);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
