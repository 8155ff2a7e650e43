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
    /// Parses a JSON document as <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> does, and also
    /// rejects a string whose <c>\u</c> escapes hold half of a UTF-16 surrogate pair without the other half
    /// (<c>"\ud83d"</c>): System.Text.Json accepts such a document but throws an <see cref="InvalidOperationException"/>
    /// when that string is read, which would stop a reader instead of naming the place. Every reader parses through here,
    /// so such text is one more syntax error, reported like the others.
    /// </summary>
    /// <param name="json">The UTF-8 JSON text.</param>
    /// <param name="options">The document options (depth, comments, trailing commas).</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The text is not valid JSON, or holds such an escape (with its line and byte).</exception>
    public static JsonDocument ParseDocument(ReadOnlyMemory<byte> json, JsonDocumentOptions options)
    {
        JsonDocument document = JsonDocument.Parse(json, options);
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions
        {
            MaxDepth = options.MaxDepth, CommentHandling = options.CommentHandling, AllowTrailingCommas = options.AllowTrailingCommas,
        });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped
                && FindUnpairedSurrogate(reader.ValueSpan) is var at and >= 0)
            {
                document.Dispose();
                ReadOnlySpan<byte> before = json.Span[..((int)reader.TokenStartIndex + 1 + at)]; // the value starts after its quote
                int line = before.Count((byte)'\n');
                int byteInLine = before.Length - before.LastIndexOf((byte)'\n') - 1;
                string escape = Encoding.ASCII.GetString(reader.ValueSpan.Slice(at, 6));

                // Worded as System.Text.Json words its syntax errors (line and byte counted from 0).
                throw new JsonException(
                    $"{escape} is half of a UTF-16 surrogate pair without its other half. LineNumber: {line} | BytePositionInLine: {byteInLine}.",
                    path: null, lineNumber: line, bytePositionInLine: byteInLine);
            }
        }

        return document;
    }

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
