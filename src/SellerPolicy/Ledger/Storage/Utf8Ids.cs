using System.Buffers.Binary;
using System.Text;

namespace SellerPolicy.Ledger;

/// <summary>Ids as UTF-8 bytes, as the table of orders keeps them: blank checks, hashing and ordering like their strings.</summary>
internal static class Utf8Ids
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    // Randomised per process, so that no file can be made to collide on purpose.
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64();

    /// <summary>The length of the key of an Amazon order id: a marker byte and the 17 digits as a number.</summary>
    public const int PackedOrderIdLength = 9;

    // 0xFF never occurs in UTF-8, so a packed key cannot equal the bytes of any id.
    private const byte PackedMarker = 0xFF;

    /// <summary>
    /// Returns the key the table of orders stores for an order id given as UTF-8: for Amazon's own shape
    /// (<c>ddd-ddddddd-ddddddd</c>, 19 bytes) the 17 digits packed into <paramref name="scratch"/> (9 bytes), otherwise the
    /// bytes themselves. Each id has exactly one key, so keys hash and match as the ids do.
    /// </summary>
    public static ReadOnlySpan<byte> KeyOf(ReadOnlySpan<byte> utf8, Span<byte> scratch)
    {
        if (utf8.Length != 19 || utf8[3] != (byte)'-' || utf8[11] != (byte)'-')
        {
            return utf8;
        }

        ulong value = 0;
        for (int i = 0; i < 19; i++)
        {
            if (i is 3 or 11)
            {
                continue;
            }

            uint digit = (uint)(utf8[i] - '0');
            if (digit > 9)
            {
                return utf8;
            }

            value = (value * 10) + digit;
        }

        scratch[0] = PackedMarker;
        BinaryPrimitives.WriteUInt64LittleEndian(scratch[1..], value);
        return scratch[..PackedOrderIdLength];
    }

    /// <summary>The bytes <see cref="KeyOf(string, Span{byte})"/> needs for an id of <paramref name="length"/> chars.</summary>
    public static int KeyBufferLength(int length) => Math.Max(PackedOrderIdLength, length * 3);

    /// <summary>
    /// Writes the key of an order id given as text (see <see cref="KeyOf(ReadOnlySpan{byte}, Span{byte})"/>) into
    /// <paramref name="buffer"/> (<see cref="KeyBufferLength"/> bytes) and returns its length; -1 when the id is empty or
    /// not well-formed Unicode (no order can have it).
    /// </summary>
    public static int KeyOf(string id, Span<byte> buffer)
    {
        if (id.Length == 0
            || System.Text.Unicode.Utf8.FromUtf16(id, buffer, out _, out int written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            return -1;
        }

        // Packing reads all 19 bytes before it writes the 9 of the key, so it can write over them.
        return KeyOf(buffer[..written], buffer).Length;
    }

    /// <summary>Returns the UTF-8 text of a key made by <see cref="KeyOf(ReadOnlySpan{byte}, Span{byte})"/> (into <paramref name="scratch"/>, 19 bytes, when packed).</summary>
    public static ReadOnlySpan<byte> TextOf(ReadOnlySpan<byte> key, Span<byte> scratch)
    {
        if (key.Length != PackedOrderIdLength || key[0] != PackedMarker)
        {
            return key;
        }

        ulong value = BinaryPrimitives.ReadUInt64LittleEndian(key[1..]);
        for (int i = 18; i >= 0; i--)
        {
            if (i is 3 or 11)
            {
                scratch[i] = (byte)'-';
                continue;
            }

            scratch[i] = (byte)('0' + (int)(value % 10));
            value /= 10;
        }

        return scratch[..19];
    }

    /// <summary>Compares the ids behind two keys as <see cref="CompareOrdinal"/> compares their texts.</summary>
    public static int CompareKeys(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        Span<byte> textA = stackalloc byte[19];
        Span<byte> textB = stackalloc byte[19];
        return CompareOrdinal(TextOf(a, textA), TextOf(b, textB));
    }

    /// <summary>Returns whether the text is empty or only white space, as <see cref="string.IsNullOrWhiteSpace"/> says.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (byte b in utf8)
        {
            if (b >= 0x80)
            {
                return string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(utf8));
            }

            if (b is not ((byte)' ' or (>= 0x09 and <= 0x0D)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the bytes (equal bytes, equal hashes; randomised per process).</summary>
    public static int Hash(ReadOnlySpan<byte> utf8)
    {
        ulong h = Seed ^ ((ulong)utf8.Length * Multiplier);
        while (utf8.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8)) * Multiplier;
            h ^= h >> 29;
            utf8 = utf8[8..];
        }

        ulong tail = 0;
        for (int i = 0; i < utf8.Length; i++)
        {
            tail |= (ulong)utf8[i] << (8 * i);
        }

        h = (h ^ tail) * Multiplier;
        h ^= h >> 32;
        return (int)h;
    }

    /// <summary>
    /// Compares two UTF-8 texts as <see cref="string.CompareOrdinal(string, string)"/> compares their strings (by UTF-16 code
    /// units): byte order is code point order, which differs from it only past the first non-ASCII difference, where the
    /// strings are compared.
    /// </summary>
    public static int CompareOrdinal(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        int common = a.CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        return a[common] < 0x80 && b[common] < 0x80
            ? a[common] - b[common]
            : string.CompareOrdinal(Encoding.UTF8.GetString(a), Encoding.UTF8.GetString(b));
    }
}
