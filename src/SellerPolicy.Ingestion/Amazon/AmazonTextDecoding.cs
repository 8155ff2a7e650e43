using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// Finds the text encoding of a downloaded report and decodes it strictly: a byte that is not text in the encoding
/// found is a problem naming its line and byte, never a replacement character.
/// </summary>
/// <remarks>
/// <para>A byte order mark settles it: UTF-8, UTF-16 little- or big-endian (spreadsheets save "Unicode text" so). Without
/// one, a file that is valid UTF-8 is UTF-8 (Amazon's downloads for most marketplaces). Otherwise it is one of the
/// legacy encodings Amazon's EU and JP downloads use: Shift_JIS for Amazon.co.jp, windows-1252 for the others. The
/// marketplace decides when it is known; when it is not, the file is Shift_JIS if it decodes as Shift_JIS and holds
/// Japanese kana (which windows-1252 text never decodes to), else windows-1252.</para>
/// <para>A NUL byte is refused: no report has one, and UTF-16 saved without a byte order mark is full of them.</para>
/// </remarks>
internal static class AmazonTextDecoding
{
    private const int BlockSize = 1 << 16;

    static AmazonTextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Gets windows-1252, strict (an unmapped byte throws).</summary>
    public static Encoding Windows1252 => Strict(1252);

    /// <summary>Gets Shift_JIS (code page 932), strict.</summary>
    public static Encoding ShiftJis => Strict(932);

    /// <summary>Finds the encoding of the bytes <paramref name="open"/> gives; null and a problem when they are not text in any encoding accepted.</summary>
    /// <param name="open">Opens the bytes (called once or twice: the whole file is checked before it is read).</param>
    /// <param name="file">The name used in problems.</param>
    /// <param name="marketplace">The marketplace when known: it decides between Shift_JIS and windows-1252.</param>
    /// <param name="problem">Why the file cannot be read as text.</param>
    /// <returns>The strict encoding, or null.</returns>
    public static Encoding? Detect(Func<Stream> open, string file, AmazonMarketplace? marketplace, out LedgerProblem? problem)
    {
        problem = null;
        using Stream stream = open();
        Span<byte> head = stackalloc byte[3];
        int got = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        bool littleEndian = got >= 2 && head[0] == 0xFF && head[1] == 0xFE;
        bool bigEndian = got >= 2 && head[0] == 0xFE && head[1] == 0xFF;
        if (littleEndian || bigEndian)
        {
            // The whole file is checked, as UTF-8 and legacy files are: a strict decoder would throw in the middle of the read.
            var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: true, throwOnInvalidBytes: true);
            if (FirstUndecodable(open, utf16) is { } bad16)
            {
                problem = new LedgerProblem(LedgerProblemKind.Syntax,
                    $"the text near byte {bad16.Column} of the line is not UTF-16, but the file starts with a UTF-16 byte order mark: the file is damaged (half a character or a lone surrogate); save it as UTF-8.",
                    new SourceLocation(file, bad16.Line));
                return null;
            }

            return utf16;
        }

        int skip = got == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        (int Line, int Column, byte Value)? bad = FirstNonUtf8(stream, head[skip..got]);
        if (bad is null)
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        }

        (int line, int column, byte value) = bad.Value;
        if (value == 0)
        {
            problem = new LedgerProblem(LedgerProblemKind.Syntax,
                $"byte {column} of the line is a NUL byte (0x00): the file is not text, or is UTF-16 saved without a byte order mark; save it as UTF-8 (or UTF-16 with a byte order mark).",
                new SourceLocation(file, line));
            return null;
        }

        if (skip == 3)
        {
            problem = new LedgerProblem(LedgerProblemKind.Syntax,
                $"byte {column} of the line (0x{value:X2}) is not UTF-8, but the file starts with a UTF-8 byte order mark; the file is damaged or mixes encodings.",
                new SourceLocation(file, line));
            return null;
        }

        bool japanese = marketplace is not null ? marketplace.Currency == "JPY" : LooksLikeShiftJis(open);
        int codePage = japanese ? 932 : 1252;
        Encoding legacy = Strict(codePage);
        (int Line, int Column, byte Value)? badLegacy = FirstUndecodable(open, legacy);
        if (badLegacy is { } b)
        {
            string decidedBy = marketplace is not null ? $"marketplace {marketplace.SalesChannel}" : "its bytes";
            problem = new LedgerProblem(LedgerProblemKind.Syntax,
                $"byte {b.Column} of the line (0x{b.Value:X2}) is not text: the file is not UTF-8 (line {line}, byte {column}: 0x{value:X2}), and not {NameOf(codePage)} either (chosen by {decidedBy}); save it as UTF-8.",
                new SourceLocation(file, b.Line));
            return null;
        }

        return legacy;
    }

    /// <summary>Returns the name sellers know an encoding by: UTF-8, UTF-16, windows-1252, Shift_JIS.</summary>
    public static string NameOf(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        1200 => "UTF-16 (little-endian)",
        1201 => "UTF-16 (big-endian)",
        int other => NameOf(other),
    };

    private static string NameOf(int codePage) => codePage == 932 ? "Shift_JIS" : codePage == 1252 ? "windows-1252" : codePage.ToString(CultureInfo.InvariantCulture);

    private static Encoding Strict(int codePage) => Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>The first byte that is not UTF-8 (or is NUL), with its line and its 1-based position in the line.</summary>
    private static (int Line, int Column, byte Value)? FirstNonUtf8(Stream stream, ReadOnlySpan<byte> head)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BlockSize + 4);
        char[] chars = ArrayPool<char>.Shared.Rent(BlockSize + 4);
        try
        {
            var position = new Position();
            head.CopyTo(buffer);
            int pending = head.Length;
            while (true)
            {
                int read = stream.Read(buffer, pending, BlockSize);
                int length = pending + read;
                bool final = read == 0;
                ReadOnlySpan<byte> block = buffer.AsSpan(0, length);
                int nul = block.IndexOf((byte)0);
                ReadOnlySpan<byte> checkedPart = nul >= 0 ? block[..nul] : block;
                System.Buffers.OperationStatus status = Utf8.ToUtf16(checkedPart, chars, out int consumed, out _, replaceInvalidSequences: false, isFinalBlock: final || nul >= 0);
                if (status == System.Buffers.OperationStatus.InvalidData)
                {
                    return position.At(block, consumed);
                }

                if (nul >= 0 && consumed == nul)
                {
                    return position.At(block, nul);
                }

                if (final)
                {
                    return null;
                }

                // Keep an incomplete sequence at the end for the next block.
                position.Advance(block[..consumed]);
                pending = length - consumed;
                block[consumed..].CopyTo(buffer);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The first byte <paramref name="encoding"/> (strict) cannot decode.</summary>
    private static (int Line, int Column, byte Value)? FirstUndecodable(Func<Stream> open, Encoding encoding)
    {
        using Stream stream = open();
        Decoder decoder = encoding.GetDecoder();

        // .NET maps the five bytes windows-1252 leaves undefined to control characters; they are no text in a report.
        ReadOnlySpan<byte> undefined = encoding.CodePage == 1252 ? [0x81, 0x8D, 0x8F, 0x90, 0x9D] : [];
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        char[] chars = ArrayPool<char>.Shared.Rent(BlockSize + 4);
        try
        {
            var position = new Position();
            while (true)
            {
                int read = stream.Read(buffer, 0, BlockSize);
                ReadOnlySpan<byte> block = buffer.AsSpan(0, read);
                int control = undefined.IsEmpty ? -1 : block.IndexOfAny(undefined);
                if (control >= 0)
                {
                    return position.At(block, control);
                }

                try
                {
                    decoder.GetChars(block, chars, flush: read == 0);
                }
                catch (DecoderFallbackException ex)
                {
                    int index = Math.Clamp(ex.Index, 0, Math.Max(block.Length - 1, 0));
                    return block.IsEmpty ? (position.Line, position.Column, (byte)0) : position.At(block, index);
                }

                if (read == 0)
                {
                    return null;
                }

                position.Advance(block);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Whether the file decodes as Shift_JIS and holds hiragana or full-width katakana.</summary>
    private static bool LooksLikeShiftJis(Func<Stream> open)
    {
        if (FirstUndecodable(open, ShiftJis) is not null)
        {
            return false;
        }

        using var reader = new StreamReader(open(), ShiftJis);
        char[] chars = ArrayPool<char>.Shared.Rent(BlockSize);
        try
        {
            int read;
            while ((read = reader.Read(chars, 0, BlockSize)) > 0)
            {
                foreach (char c in chars.AsSpan(0, read))
                {
                    if (c is >= '\u3041' and <= '\u30FF')
                    {
                        return true;
                    }
                }
            }

            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Counts lines and the position in the line over the bytes passed so far.</summary>
    private sealed class Position
    {
        public int Line { get; private set; } = 1;

        public int Column { get; private set; } = 1;

        public void Advance(ReadOnlySpan<byte> bytes)
        {
            int newlines = bytes.Count((byte)'\n');
            if (newlines == 0)
            {
                Column += bytes.Length;
                return;
            }

            Line += newlines;
            Column = bytes.Length - bytes.LastIndexOf((byte)'\n');
        }

        public (int Line, int Column, byte Value) At(ReadOnlySpan<byte> block, int index)
        {
            Advance(block[..index]);
            return (Line, Column, block[index]);
        }
    }
}
