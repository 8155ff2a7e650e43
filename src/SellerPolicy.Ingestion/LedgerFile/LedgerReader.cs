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
        => ReadFile(path, LedgerReadOptions.Default with { Mode = mode });

    /// <summary>Reads a ledger file with <paramref name="options"/> (a <see cref="LedgerReadOptions.FileName"/> of null names problems by the file's name).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Strictness, the name in problem locations, and how many cores to take.</param>
    /// <returns>The ledger and every problem.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LedgerBuildResult ReadFile(string path, LedgerReadOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        using FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        return Read(stream, options.FileName ?? Path.GetFileName(path), options.Mode, LineChunks.DefaultChunkSize, options.Workers);
    }

    /// <summary>Reads a ledger from a stream.</summary>
    /// <param name="stream">The UTF-8 JSON Lines content.</param>
    /// <param name="fileName">The name used in problem locations, or null for <c>line N</c>.</param>
    /// <param name="mode">Strict (default) or lenient.</param>
    /// <returns>The ledger and every problem.</returns>
    public static LedgerBuildResult Read(Stream stream, string? fileName = null, LedgerBuildMode mode = LedgerBuildMode.Strict)
        => Read(stream, fileName, mode, LineChunks.DefaultChunkSize, Environment.ProcessorCount);

    /// <summary>Reads a ledger from a stream with <paramref name="options"/>.</summary>
    /// <param name="stream">The UTF-8 JSON Lines content.</param>
    /// <param name="options">Strictness, the name in problem locations, and how many cores to take.</param>
    /// <returns>The ledger and every problem.</returns>
    public static LedgerBuildResult Read(Stream stream, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Read(stream, options.FileName, options.Mode, LineChunks.DefaultChunkSize, options.Workers);
    }

    /// <summary>
    /// Reads a ledger from a stream that is read only asynchronously (an ASP.NET Core request body refuses synchronous
    /// reads), strict, on every core.
    /// </summary>
    /// <param name="stream">The UTF-8 JSON Lines content.</param>
    /// <param name="cancellationToken">Stops the read (between blocks of lines, and while waiting for the stream).</param>
    /// <returns>The ledger and every problem.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<LedgerBuildResult> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
        => ReadAsync(stream, LedgerReadOptions.Default, cancellationToken);

    /// <summary>
    /// Reads a ledger from a stream that is read only asynchronously, with <paramref name="options"/>. The stream is read
    /// with <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/> only; the lines are parsed on the reader's own
    /// threads (<see cref="LedgerReadOptions.MaxDegreeOfParallelism"/>), and the task waits for them when they fall behind.
    /// </summary>
    /// <param name="stream">The UTF-8 JSON Lines content.</param>
    /// <param name="options">Strictness, the name in problem locations, and how many cores to take.</param>
    /// <param name="cancellationToken">Stops the read (between blocks of lines, and while waiting for the stream).</param>
    /// <returns>The ledger and every problem: the same as <see cref="Read(Stream, LedgerReadOptions)"/> gives.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<LedgerBuildResult> ReadAsync(Stream stream, LedgerReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        return ReadAsync(stream, options.FileName, options.Mode, LineChunks.DefaultChunkSize, options.Workers, cancellationToken);
    }

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
        using var ingest = new Ingest(fileName, workers);
        foreach (LineChunk chunk in LineChunks.Read(stream, chunkSize))
        {
            ingest.Add(chunk, CancellationToken.None);
        }

        return ingest.Finish(mode, CancellationToken.None);
    }

    /// <summary>As <see cref="Read(Stream, string?, LedgerBuildMode, int, int)"/>, reading the stream asynchronously.</summary>
    internal static async Task<LedgerBuildResult> ReadAsync(
        Stream stream, string? fileName, LedgerBuildMode mode, int chunkSize, int workers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var ingest = new Ingest(fileName, workers);
        await foreach (LineChunk chunk in LineChunks.ReadAsync(stream, chunkSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            ingest.Add(chunk, cancellationToken);
        }

        return ingest.Finish(mode, cancellationToken);
    }

    /// <summary>
    /// What <see cref="Read(Stream, string?, LedgerBuildMode, int, int)"/> and its async twin do with each block: parse it
    /// on the calling thread (one worker) or hand it to the workers, and add the parsed blocks to the builder in file order.
    /// </summary>
    private sealed class Ingest : IDisposable
    {
        private readonly SellerLedger.Builder _builder = SellerLedger.CreateBuilder();
        private readonly string? _fileName;
        private readonly FastRecordParser? _parser; // one worker: the calling thread parses
        private readonly ParsePipeline? _pipeline;

        public Ingest(string? fileName, int workers)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
            _fileName = fileName;
            _builder.MaxDegreeOfParallelism = workers;
            if (workers == 1)
            {
                _parser = new FastRecordParser();
            }
            else
            {
                _pipeline = new ParsePipeline(fileName, workers);
            }
        }

        public void Add(LineChunk chunk, CancellationToken cancellationToken)
        {
            if (_pipeline is null)
            {
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    AddTo(_builder, ParseChunk(chunk, _fileName, _parser!));
                }
                finally
                {
                    chunk.Return();
                }

                return;
            }

            _pipeline.Post(chunk, cancellationToken);
            _pipeline.AddParsed(_builder, wait: false, cancellationToken);
        }

        public LedgerBuildResult Finish(LedgerBuildMode mode, CancellationToken cancellationToken)
        {
            if (_pipeline is not null)
            {
                _pipeline.Complete();
                _pipeline.AddParsed(_builder, wait: true, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            return _builder.Build(mode);
        }

        public void Dispose() => _pipeline?.Dispose();
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
        public void Post(LineChunk chunk, CancellationToken cancellationToken)
        {
            try
            {
                ThrowIfFailed();
                _blocks.Add((_posted, chunk), cancellationToken);
            }
            catch
            {
                chunk.Return();
                throw;
            }

            _posted++;
        }

        /// <summary>Says that no more blocks come.</summary>
        public void Complete() => _blocks.CompleteAdding();

        /// <summary>
        /// Adds to <paramref name="builder"/> every parsed block whose turn it is; with <paramref name="wait"/>, waits until
        /// every posted block is added.
        /// </summary>
        public void AddParsed(SellerLedger.Builder builder, bool wait, CancellationToken cancellationToken)
        {
            // A cancellation wakes the wait below.
            using CancellationTokenRegistration wake = wait && cancellationToken.CanBeCanceled
                ? cancellationToken.Register(() => { lock (_parsed) { Monitor.PulseAll(_parsed); } })
                : default;
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

                        cancellationToken.ThrowIfCancellationRequested();
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
