using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// Finds the shared string of a short symbol (SKU, country, currency, marketplace: up to <see cref="MaxLength"/> bytes)
/// from its UTF-8 bytes as written in the line, so that <see cref="FastRecordParser"/> neither decodes nor hashes chars
/// for a symbol it has seen. It only remembers what <see cref="SymbolTable"/> returned, so sharing is unchanged.
/// </summary>
/// <remarks>
/// The bytes are packed, zero-padded, into two words: a JSON string's bytes contain no zero byte (raw control characters
/// are invalid), so the words alone tell texts apart. An open-addressing table of one plain array (no generic collection to
/// compile at tier 0 in a cold run) holds at most <see cref="MaxEntries"/>; later symbols are simply not remembered.
/// Not thread-safe.
/// </remarks>
internal sealed class ShortSymbolCache
{
    /// <summary>The longest text remembered, in bytes.</summary>
    public const int MaxLength = 16;

    /// <summary>The most texts remembered.</summary>
    public const int MaxEntries = Capacity / 4 * 3;

    private const int Capacity = 4096;

    // One array of entries, so that a probe reads one place rather than three arrays.
    private readonly Entry[] _entries = new Entry[Capacity];
    private int _count;

    /// <summary>Finds the string remembered for <paramref name="utf8"/>.</summary>
    /// <param name="utf8">The text's bytes: at most <see cref="MaxLength"/>, no zero byte.</param>
    /// <returns>The string, or null.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? Find(ReadOnlySpan<byte> utf8)
    {
        Pack(utf8, out ulong low, out ulong high);
        Entry[] entries = _entries;
        for (int slot = Slot(low, high); ; slot = (slot + 1) & (entries.Length - 1))
        {
            ref Entry entry = ref entries[slot];
            if (entry.Value is null || (entry.Low == low && entry.High == high))
            {
                return entry.Value;
            }
        }
    }

    /// <summary>Remembers <paramref name="value"/> for <paramref name="utf8"/>, when there is room.</summary>
    /// <param name="utf8">The text's bytes: at most <see cref="MaxLength"/>, no zero byte, not yet remembered.</param>
    /// <param name="value">Its shared string.</param>
    public void Add(ReadOnlySpan<byte> utf8, string value)
    {
        if (_count >= MaxEntries)
        {
            return;
        }

        Pack(utf8, out ulong low, out ulong high);
        int slot = Slot(low, high);
        while (_entries[slot].Value is not null)
        {
            slot = (slot + 1) & (Capacity - 1);
        }

        _entries[slot] = new Entry(low, high, value);
        _count++;
    }

    /// <summary>Packs up to 16 bytes into two little-endian words, zero-padded, with overlapping reads instead of a copy.</summary>
    /// <param name="utf8">The bytes, at most <see cref="MaxLength"/>.</param>
    /// <param name="low">Bytes 0 to 7.</param>
    /// <param name="high">Bytes 8 to 15.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Pack(ReadOnlySpan<byte> utf8, out ulong low, out ulong high)
    {
        int n = utf8.Length;
        if (!BitConverter.IsLittleEndian)
        {
            Span<byte> padded = stackalloc byte[MaxLength];
            padded.Clear();
            utf8.CopyTo(padded);
            low = MemoryMarshal.Read<ulong>(padded);
            high = MemoryMarshal.Read<ulong>(padded[sizeof(ulong)..]);
            return;
        }

        high = 0;
        if (n >= sizeof(ulong))
        {
            low = MemoryMarshal.Read<ulong>(utf8);
            if (n > sizeof(ulong))
            {
                // The last eight bytes, shifted down past the ones already in the low word.
                high = MemoryMarshal.Read<ulong>(utf8[(n - sizeof(ulong))..]) >> ((MaxLength - n) * 8);
            }
        }
        else if (n >= sizeof(uint))
        {
            // Two overlapping halves; the overlap has the same bytes in the same places.
            low = MemoryMarshal.Read<uint>(utf8) | ((ulong)MemoryMarshal.Read<uint>(utf8[(n - sizeof(uint))..]) << ((n - sizeof(uint)) * 8));
        }
        else if (n > 0)
        {
            // One to three bytes (countries, currencies): the first, middle and last, which overlap when fewer.
            low = utf8[0] | ((ulong)utf8[n >> 1] << (8 * (n >> 1))) | ((ulong)utf8[n - 1] << (8 * (n - 1)));
        }
        else
        {
            low = 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ulong low, ulong high)
        => (int)(((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> 52);

    /// <summary>A remembered text (packed by <see cref="Pack"/>) and its string; an empty slot has no string.</summary>
    private readonly record struct Entry(ulong Low, ulong High, string? Value);
}
