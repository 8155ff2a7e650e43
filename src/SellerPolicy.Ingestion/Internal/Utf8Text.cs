using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SellerPolicy.Ingestion.Internal;

/// <summary>
/// Finds text that is not valid UTF-8 before a JSON parser meets it (System.Text.Json throws an
/// <see cref="InvalidOperationException"/> only when such a string is read, which would stop a reader instead of naming
/// the place).
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
}
