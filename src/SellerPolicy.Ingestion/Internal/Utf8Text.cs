using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace SellerPolicy.Ingestion.Internal;

/// <summary>
/// Finds text that is not valid UTF-8, and JSON escapes that make no valid string, before a JSON parser meets them
/// (System.Text.Json throws an <see cref="InvalidOperationException"/> only when such a string is read, which would stop a
/// reader instead of naming the place).
/// </summary>
internal static class Utf8Text
{
    /// <summary>
    /// Reads a whole small text file (a policy or rules document) as UTF-8 bytes without its byte order mark, and says
    /// where it is not valid UTF-8.
    /// </summary>
    /// <param name="stream">The content.</param>
    /// <param name="invalid">The description of the first invalid byte (see <see cref="DescribeInvalid"/>), or null.</param>
    /// <returns>The bytes, without a leading byte order mark.</returns>
    public static ReadOnlyMemory<byte> ReadDocument(Stream stream, out string? invalid)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        ReadOnlyMemory<byte> bytes = buffer.ToArray();
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        invalid = DescribeInvalid(bytes.Span);
        return bytes;
    }

    /// <summary>Finds the first byte that does not start a valid UTF-8 sequence.</summary>
    /// <param name="text">The bytes.</param>
    /// <param name="index">The index of that byte.</param>
    /// <returns>Whether there is one.</returns>
    public static bool TryFindInvalid(ReadOnlySpan<byte> text, out int index)
    {
        index = -1;
        if (Utf8.IsValid(text))
        {
            return false;
        }

        int at = 0;
        while (at < text.Length)
        {
            if (Rune.DecodeFromUtf8(text[at..], out _, out int consumed) != OperationStatus.Done)
            {
                index = at;
                return true;
            }

            at += consumed;
        }

        return false;
    }

    /// <summary>Describes the first invalid byte of a whole file: <c>line L, byte B (0xFF)</c>, or null when the text is valid.</summary>
    /// <param name="text">The file's bytes.</param>
    /// <returns>The description, or null.</returns>
    public static string? DescribeInvalid(ReadOnlySpan<byte> text)
    {
        if (!TryFindInvalid(text, out int index))
        {
            return null;
        }

        int line = text[..index].Count((byte)'\n') + 1;
        int column = index - text[..index].LastIndexOf((byte)'\n');
        return $"not valid UTF-8: byte 0x{text[index]:X2} at line {line}, byte {column} (the file must be UTF-8 text; was it saved in another encoding?).";
    }
    /// <summary>
    /// Finds the first string of a syntactically valid JSON text whose <c>\u</c> escapes hold half of a UTF-16 surrogate
    /// pair without the other half (<c>"\ud83d"</c>): System.Text.Json reads such a document but cannot make a string of
    /// that value, so the readers report it as a syntax problem instead.
    /// </summary>
    /// <param name="json">The JSON text (already parsed once, so known to be valid JSON).</param>
    /// <param name="options">The options it was parsed with (comments, trailing commas).</param>
    /// <param name="line">The escape's line (1-based).</param>
    /// <param name="column">The escape's byte on that line (1-based).</param>
    /// <param name="escape">The escape as written, such as <c>\ud83d</c>.</param>
    /// <returns>Whether there is one.</returns>
    public static bool TryFindUnpairedSurrogate(ReadOnlySpan<byte> json, JsonReaderOptions options, out int line, out int column, out string escape)
    {
        var reader = new Utf8JsonReader(json, options);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped
                && FindUnpairedSurrogate(reader.ValueSpan) is var at and >= 0)
            {
                int index = (int)reader.TokenStartIndex + 1 + at; // the value starts after its opening quote
                line = json[..index].Count((byte)'\n') + 1;
                column = index - json[..index].LastIndexOf((byte)'\n');
                escape = Encoding.ASCII.GetString(reader.ValueSpan.Slice(at, 6));
                return true;
            }
        }

        (line, column, escape) = (0, 0, string.Empty);
        return false;
    }

    /// <summary>The words for an escape found by <see cref="TryFindUnpairedSurrogate"/>.</summary>
    /// <param name="escape">The escape as written.</param>
    /// <returns>A sentence.</returns>
    public static string UnpairedSurrogateMessage(string escape) => $"{escape} is half of a UTF-16 surrogate pair without its other half.";

    /// <summary>The index of the first unpaired surrogate escape in an escaped JSON string value, or -1.</summary>
    private static int FindUnpairedSurrogate(ReadOnlySpan<byte> escaped)
    {
        int i = 0;
        while (i < escaped.Length)
        {
            if (escaped[i] != (byte)'\\')
            {
                i++;
                continue;
            }

            if (escaped[i + 1] != (byte)'u')
            {
                i += 2;
                continue;
            }

            int unit = Hex4(escaped.Slice(i + 2, 4));
            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                bool paired = i + 12 <= escaped.Length && escaped[i + 6] == (byte)'\\' && escaped[i + 7] == (byte)'u'
                    && Hex4(escaped.Slice(i + 8, 4)) is >= 0xDC00 and <= 0xDFFF;
                if (!paired)
                {
                    return i;
                }

                i += 12;
            }
            else if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return i;
            }
            else
            {
                i += 6;
            }
        }

        return -1;
    }

    private static int Hex4(ReadOnlySpan<byte> digits)
        => int.Parse(digits, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
}
