using System.Runtime.CompilerServices;
using SellerPolicy.Ledger;
using SellerPolicy.Ledger.HighPerformance;

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
    /// <remarks>
    /// The three stages overlap: the calling thread reads the next blocks while the workers parse earlier ones, and adds
    /// each block's records as soon as it and every block before it are parsed.
    /// </remarks>
    internal static LedgerBuildResult Read(Stream stream, string? fileName, LedgerBuildMode mode, int chunkSize, int workers)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        if (workers == 1)
        {
            var parser = new FastRecordParser();
            foreach (LineChunk chunk in LineChunks.Read(stream, chunkSize))
            {
                try
                {
                    AddTo(builder, ParseChunk(chunk, fileName, parser));
                }
                finally
                {
                    chunk.Return();
                }
            }

            return builder.Build(mode);
        }

        using var pipeline = new ParsePipeline(fileName, workers);
        foreach (LineChunk chunk in LineChunks.Read(stream, chunkSize))
        {
            pipeline.Post(chunk);
            pipeline.AddParsed(builder, wait: false);
        }

        pipeline.Complete();
        pipeline.AddParsed(builder, wait: true);
        return builder.Build(mode);
    }

    private static void AddTo(SellerLedger.Builder builder, (OrderBatch Orders, List<ParsedLine> Others) parsed)
    {
        builder.Add(parsed.Orders);
        foreach (ParsedLine line in parsed.Others)
        {
            line.AddTo(builder);
        }
    }

    /// <summary>
    /// Parses every line of a block: the fast path first, the full parser for any line it declines. Orders go into a batch
    /// (in file order, whichever parser read them); other records and problems into the list.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (OrderBatch Orders, List<ParsedLine> Others) ParseChunk(LineChunk chunk, string? fileName, FastRecordParser parser)
    {
        var orders = new OrderBatch(chunk.Length / 512);
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
                    LedgerRecordParser.Parse(new ReadOnlyMemory<byte>(chunk.Buffer, position, length), at, parser.Symbols, orders, output);
                }
            }

            number++;
            position = end + 1;
        }

        return (orders, output);
    }

    /// <summary>
    /// Worker threads, each with its own <see cref="FastRecordParser"/> (whose tables are not shared between threads),
    /// parsing posted blocks; the parsed blocks are handed back in the order they were posted.
    /// </summary>
    private sealed class ParsePipeline : IDisposable
    {
        private readonly System.Collections.Concurrent.BlockingCollection<(int Index, LineChunk Chunk)> _blocks;
        private readonly Dictionary<int, (OrderBatch Orders, List<ParsedLine> Others)> _parsed = [];
        private readonly Thread[] _threads;
        private readonly string? _fileName;
        private System.Runtime.ExceptionServices.ExceptionDispatchInfo? _failure;
        private int _posted;
        private int _added;

        public ParsePipeline(string? fileName, int workers)
        {
            _fileName = fileName;

            // A few blocks ahead per worker: enough to keep them busy, little memory.
            _blocks = new(boundedCapacity: 2 * workers);
            _threads = new Thread[workers];
            for (int w = 0; w < workers; w++)
            {
                _threads[w] = new Thread(Work) { IsBackground = true, Name = $"SellerPolicy ledger reader {w + 1}" };
                _threads[w].Start();
            }
        }

        /// <summary>Hands a block to the workers (waits while they are that far behind).</summary>
        public void Post(LineChunk chunk)
        {
            ThrowIfFailed();
            _blocks.Add((_posted++, chunk));
        }

        /// <summary>Says that no more blocks come.</summary>
        public void Complete() => _blocks.CompleteAdding();

        /// <summary>
        /// Adds to <paramref name="builder"/> every parsed block whose turn it is; with <paramref name="wait"/>, waits until
        /// every posted block is added.
        /// </summary>
        public void AddParsed(SellerLedger.Builder builder, bool wait)
        {
            while (_added < _posted)
            {
                (OrderBatch, List<ParsedLine>) next;
                lock (_parsed)
                {
                    while (!_parsed.Remove(_added, out next))
                    {
                        ThrowIfFailed();
                        if (!wait)
                        {
                            return;
                        }

                        Monitor.Wait(_parsed);
                    }
                }

                AddTo(builder, next);
                _added++;
            }

            ThrowIfFailed();
        }

        /// <summary>Stops the workers and returns the blocks nobody parsed to the pool.</summary>
        public void Dispose()
        {
            if (!_blocks.IsAddingCompleted)
            {
                _blocks.CompleteAdding();
            }

            foreach (Thread thread in _threads)
            {
                thread.Join();
            }

            while (_blocks.TryTake(out (int, LineChunk Chunk) left))
            {
                left.Chunk.Return();
            }

            _blocks.Dispose();
        }

        private void Work()
        {
            var parser = new FastRecordParser();
            foreach ((int index, LineChunk chunk) in _blocks.GetConsumingEnumerable())
            {
                try
                {
                    if (_failure is null)
                    {
                        (OrderBatch, List<ParsedLine>) parsed = ParseChunk(chunk, _fileName, parser);
                        lock (_parsed)
                        {
                            _parsed.Add(index, parsed);
                            Monitor.PulseAll(_parsed);
                        }
                    }
                }
                catch (Exception ex)
                {
                    // A failure while parsing (an I/O error, a bug) surfaces on the reading thread as itself.
                    lock (_parsed)
                    {
                        _failure ??= System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
                        Monitor.PulseAll(_parsed);
                    }
                }
                finally
                {
                    chunk.Return();
                }
            }
        }

        private void ThrowIfFailed() => _failure?.Throw();
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
