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
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineLength, 1);
        byte[] carry = [];
        int carryLength = 0;
        int firstLine = 1;
        bool first = true;
        while (true)
        {
            if (carryLength > maxLineLength)
            {
                throw new IOException(
                    $"line {firstLine} is longer than {Describe(maxLineLength)}; a ledger line holds one record (a few hundred bytes): the file is not a ledger, or its line ends are missing.");
            }

            // Grow by doubling for a long line, in long arithmetic (a line near 1 GiB must not overflow), at most one byte past the limit.
            int size = (int)Math.Min(Math.Max(chunkSize, (long)carryLength * 2), (long)maxLineLength + 1);
            byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, carryLength + 1));
            carry.AsSpan(0, carryLength).CopyTo(buffer);
            int filled = carryLength;
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

            int start = 0;
            if (first)
            {
                first = false;
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
                if (lastLine > maxLineLength)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    throw new IOException(
                        $"line {firstLine + buffer.AsSpan(0, filled).Count((byte)'\n')} is longer than {Describe(maxLineLength)}; a ledger line holds one record (a few hundred bytes): the file is not a ledger, or its line ends are missing.");
                }

                if (filled > 0)
                {
                    yield return new LineChunk(buffer, filled, firstLine);
                }
                else
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

                yield break;
            }

            int lastNewline = buffer.AsSpan(0, filled).LastIndexOf((byte)'\n');
            if (lastNewline < 0)
            {
                // One line fills the buffer: carry it all into a larger one.
                carry = buffer.AsSpan(0, filled).ToArray();
                carryLength = filled;
                ArrayPool<byte>.Shared.Return(buffer);
                continue;
            }

            int length = lastNewline + 1;
            carryLength = filled - length;
            if (carry.Length < carryLength)
            {
                carry = new byte[Math.Max(carryLength, chunkSize / 4)];
            }

            buffer.AsSpan(length, carryLength).CopyTo(carry);
            var chunk = new LineChunk(buffer, length, firstLine);
            firstLine += buffer.AsSpan(0, length).Count((byte)'\n');
            yield return chunk;
        }
    }

    private static string Describe(int bytes)
        => bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? $"{bytes >> 20} MiB" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
