using System.Buffers;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// A block of whole lines of a UTF-8 file, in a buffer rented from <see cref="ArrayPool{T}.Shared"/> (give it back with
/// <see cref="Return"/> once its lines are parsed).
/// </summary>
/// <param name="Buffer">The rented buffer; the block is its first <paramref name="Length"/> bytes.</param>
/// <param name="Length">The length of the block: whole lines, the last one ending with its line feed except at the end of the file.</param>
/// <param name="FirstLine">The 1-based number of the block's first line.</param>
internal readonly record struct LineChunk(byte[] Buffer, int Length, int FirstLine)
{
    /// <summary>Gives the buffer back to the pool.</summary>
    public void Return() => ArrayPool<byte>.Shared.Return(Buffer);
}

/// <summary>
/// Cuts a UTF-8 stream into blocks of whole lines (about <c>chunkSize</c> bytes each, larger when one line is longer)
/// without decoding; skips a leading byte order mark. Blocks can then be parsed independently, each knowing its first
/// line number.
/// </summary>
internal static class LineChunks
{
    /// <summary>The default block size: large enough to make the per-block cost vanish, small enough to keep memory flat.</summary>
    public const int DefaultChunkSize = 1 << 20;

    /// <summary>
    /// The longest line read (256 MiB): a ledger line holds one record of a few hundred bytes, so a longer one is a file
    /// that is not a ledger, or whose line ends are lost. Far below the largest array .NET can allocate.
    /// </summary>
    public const int DefaultMaxLineLength = 256 << 20;

    /// <summary>Cuts <paramref name="stream"/> into blocks of whole lines.</summary>
    /// <exception cref="IOException">A line is longer than <paramref name="maxLineLength"/> bytes (the message names the line and the limit), or the stream cannot be read.</exception>
    public static IEnumerable<LineChunk> Read(Stream stream, int chunkSize = DefaultChunkSize, int maxLineLength = DefaultMaxLineLength)
    {
        var cutter = new Cutter(chunkSize, maxLineLength);
        while (true)
        {
            byte[] buffer = cutter.Next(out int filled);
            bool atEnd = false;
            while (filled < buffer.Length)
            {
                int read = stream.Read(buffer, filled, buffer.Length - filled);
                if (read == 0)
                {
                    atEnd = true;
                    break;
                }

                filled += read;
            }

            if (cutter.Cut(buffer, filled, atEnd) is { } chunk)
            {
                yield return chunk;
            }

            if (atEnd)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Cuts <paramref name="stream"/> into blocks of whole lines as <see cref="Read"/> does, reading it only asynchronously
    /// (a stream that refuses synchronous reads, such as an ASP.NET Core request body, is read as well).
    /// </summary>
    /// <exception cref="IOException">As <see cref="Read"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async IAsyncEnumerable<LineChunk> ReadAsync(
        Stream stream, int chunkSize = DefaultChunkSize, int maxLineLength = DefaultMaxLineLength,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var cutter = new Cutter(chunkSize, maxLineLength);
        while (true)
        {
            byte[] buffer = cutter.Next(out int filled);
            bool atEnd = false;
            try
            {
                while (filled < buffer.Length)
                {
                    int read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        atEnd = true;
                        break;
                    }

                    filled += read;
                }
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }

            if (cutter.Cut(buffer, filled, atEnd) is { } chunk)
            {
                yield return chunk;
            }

            if (atEnd)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// The cutting of <see cref="Read"/> and <see cref="ReadAsync"/> without the reading: <see cref="Next"/> rents the next
    /// buffer (the line carried over from the last one at its start), the caller fills it, <see cref="Cut"/> returns its whole
    /// lines and keeps the rest.
    /// </summary>
    private sealed class Cutter
    {
        private readonly int _chunkSize;
        private readonly int _maxLineLength;
        private byte[] _carry = [];
        private int _carryLength;
        private int _firstLine = 1;
        private bool _first = true;

        public Cutter(int chunkSize, int maxLineLength)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 16);
            ArgumentOutOfRangeException.ThrowIfLessThan(maxLineLength, 1);
            _chunkSize = chunkSize;
            _maxLineLength = maxLineLength;
        }

        /// <summary>Rents the next buffer, the carried line copied to its start.</summary>
        /// <param name="filled">How many bytes of it are filled (the carried line).</param>
        public byte[] Next(out int filled)
        {
            if (_carryLength > _maxLineLength)
            {
                throw new IOException(
                    $"line {_firstLine} is longer than {Describe(_maxLineLength)}; a ledger line holds one record (a few hundred bytes): the file is not a ledger, or its line ends are missing.");
            }

            // Grow by doubling for a long line, in long arithmetic (a line near 1 GiB must not overflow), at most one byte past the limit.
            int size = (int)Math.Min(Math.Max(_chunkSize, (long)_carryLength * 2), (long)_maxLineLength + 1);
            byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, _carryLength + 1));
            _carry.AsSpan(0, _carryLength).CopyTo(buffer);
            filled = _carryLength;
            return buffer;
        }

        /// <summary>
        /// Returns the whole lines of a filled buffer as a block (null when there is none: the buffer is then returned to the
        /// pool), keeping the rest for the next buffer. At the end of the stream the block holds everything left.
        /// </summary>
        public LineChunk? Cut(byte[] buffer, int filled, bool atEnd)
        {
            int start = 0;
            if (_first)
            {
                _first = false;
                if (filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                {
                    start = 3;
                }
            }

            if (start > 0)
            {
                buffer.AsSpan(start, filled - start).CopyTo(buffer);
                filled -= start;
            }

            if (atEnd)
            {
                int lastLine = filled - (buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1);
                if (lastLine > _maxLineLength)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    throw new IOException(
                        $"line {_firstLine + buffer.AsSpan(0, filled).Count((byte)'\n')} is longer than {Describe(_maxLineLength)}; a ledger line holds one record (a few hundred bytes): the file is not a ledger, or its line ends are missing.");
                }

                if (filled > 0)
                {
                    return new LineChunk(buffer, filled, _firstLine);
                }

                ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }

            int lastNewline = buffer.AsSpan(0, filled).LastIndexOf((byte)'\n');
            if (lastNewline < 0)
            {
                // One line fills the buffer: carry it all into a larger one.
                _carry = buffer.AsSpan(0, filled).ToArray();
                _carryLength = filled;
                ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }

            int length = lastNewline + 1;
            _carryLength = filled - length;
            if (_carry.Length < _carryLength)
            {
                _carry = new byte[Math.Max(_carryLength, _chunkSize / 4)];
            }

            buffer.AsSpan(length, _carryLength).CopyTo(_carry);
            var chunk = new LineChunk(buffer, length, _firstLine);
            _firstLine += buffer.AsSpan(0, length).Count((byte)'\n');
            return chunk;
        }
    }

    private static string Describe(int bytes)
        => bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? $"{bytes >> 20} MiB" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
