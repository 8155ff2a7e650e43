using System.Buffers.Binary;
using System.Text;

namespace SellerPolicy.Ledger;

/// <summary>Ids as UTF-8 bytes, as the table of orders keeps them: blank checks, hashing and ordering like their strings.</summary>
internal static class Utf8Ids
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    // Randomised per process, so that no file can be made to collide on purpose.
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64();

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
