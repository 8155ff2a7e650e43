using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// The order-line lists <see cref="FastRecordParser"/> has read, keyed by their exact JSON text, so that an identical list
/// (a seller's orders repeat a small catalogue) is shared rather than read again.
/// </summary>
/// <remarks>
/// <para>A list is found from the text where a <c>lines</c> value starts, before its end is known: a list is a candidate
/// when the text starts with its whole stored text. That is enough: a stored text is a complete JSON array that was read
/// without fault, and a complete JSON value that starts the text is exactly the value written there (JSON values delimit
/// themselves), at the same depth (the lines are always a field of the order object). Candidates are found by a hash
/// of their <em>key</em>, the text up to its first <c>]</c> (the whole list, unless a string in it holds a <c>]</c>), which
/// is found in the rest of the line as in the stored text; the hash is kept with each, so finding one costs a hash and one
/// comparison. (Until the fourth session the key was the first 64 bytes: lists of one SKU with other quantities or prices
/// shared it, only 8 of them were kept, and about a fifth of the orders got lines of their own.)</para>
/// <para>Bounded: at most <see cref="MaxLists"/> lists of <see cref="MinTextLength"/> to <see cref="MaxTextLength"/> bytes (an
/// order's list is longer: <c>[{"sku":</c>, a price and a quantity at least), and <see cref="MaxBucket"/> with the same
/// key hash; others are simply read each time. Not thread-safe.</para>
/// </remarks>
internal sealed class LineListCache
{
    /// <summary>The most lists kept.</summary>
    public const int MaxLists = 16_384;

    /// <summary>The longest list text kept, in bytes.</summary>
    public const int MaxTextLength = 512;

    /// <summary>The shortest list text kept, in bytes.</summary>
    public const int MinTextLength = 64;

    /// <summary>The most lists kept with the same key hash (so with the same text up to its first <c>]</c>, in practice).</summary>
    public const int MaxBucket = 8;

    // An open-addressing table of plain arrays (not a Dictionary: nothing to compile at tier 0 in a cold run), at most half
    // full, doubled as it fills; the texts side by side in one array. Finding a list reads its slot and its text, no object.
    private Slot[] _slots = new Slot[1024];
    private byte[] _texts = new byte[16 * 1024];
    private int _textsLength;
    private int _count;

    /// <summary>Finds a stored list whose text starts <paramref name="rest"/>.</summary>
    /// <param name="rest">The line from the <c>[</c> that opens a lines value to the end of the line.</param>
    /// <param name="lines">The stored list.</param>
    /// <param name="length">The length of its text, in bytes.</param>
    /// <returns>Whether one was found.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryFind(ReadOnlySpan<byte> rest, out ImmutableArray<OrderLine> lines, out int length)
    {
        // No stored text is shorter than MinTextLength, and each has its key.
        if (!TryKeyLength(rest, out int keyLength))
        {
            lines = default;
            length = 0;
            return false;
        }

        ulong hash = KeyHash(rest[..keyLength]);
        Slot[] slots = _slots;
        int mask = slots.Length - 1;

        // A stored text is never empty, so an empty slot ends the probe.
        for (int i = SlotOf(hash, mask); slots[i].Length != 0; i = (i + 1) & mask)
        {
            // The key's hash first: a list of another key is passed over without reading its text.
            ref Slot slot = ref slots[i];
            if (slot.Hash == hash && rest.StartsWith(_texts.AsSpan(slot.Offset, slot.Length)))
            {
                lines = slot.Lines;
                length = slot.Length;
                return true;
            }
        }

        lines = default;
        length = 0;
        return false;
    }

    /// <summary>Stores a list read from <paramref name="text"/>, when there is room.</summary>
    /// <param name="text">The list's whole JSON text, read without fault (and not found by <see cref="TryFind"/>).</param>
    /// <param name="lines">The list.</param>
    public void Add(ReadOnlySpan<byte> text, ImmutableArray<OrderLine> lines)
    {
        if (text.Length < MinTextLength || text.Length > MaxTextLength || _count >= MaxLists || !TryKeyLength(text, out int keyLength))
        {
            return;
        }

        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        ulong hash = KeyHash(text[..keyLength]);
        int mask = _slots.Length - 1;
        int i = SlotOf(hash, mask);
        int sameKey = 0;
        for (; _slots[i].Length != 0; i = (i + 1) & mask)
        {
            if (_slots[i].Hash == hash && ++sameKey >= MaxBucket)
            {
                return;
            }
        }

        if (_textsLength + text.Length > _texts.Length)
        {
            Array.Resize(ref _texts, Math.Max(_texts.Length * 2, _textsLength + text.Length));
        }

        text.CopyTo(_texts.AsSpan(_textsLength));
        _slots[i] = new Slot(hash, _textsLength, text.Length, lines);
        _textsLength += text.Length;
        _count++;
    }

    /// <summary>The slot where the probe for <paramref name="hash"/> starts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(ulong hash, int mask) => (int)(hash >> 40) & mask;

    /// <summary>Doubles the table, moving every slot to its place in the new one.</summary>
    private void Grow()
    {
        var slots = new Slot[_slots.Length * 2];
        int mask = slots.Length - 1;
        foreach (Slot slot in _slots)
        {
            if (slot.Length != 0)
            {
                int i = SlotOf(slot.Hash, mask);
                while (slots[i].Length != 0)
                {
                    i = (i + 1) & mask;
                }

                slots[i] = slot;
            }
        }

        _slots = slots;
    }

    /// <summary>
    /// The length of the key of a text that starts with a list: up to and including its first <c>]</c>, within
    /// <see cref="MaxTextLength"/> bytes; false when there is none there or the key is shorter than <see cref="MinTextLength"/>.
    /// A stored text ends with its own <c>]</c>, so the key found in the rest of a line that starts with it is the same.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryKeyLength(ReadOnlySpan<byte> text, out int length)
    {
        length = text[..Math.Min(text.Length, MaxTextLength)].IndexOf((byte)']') + 1;
        return length >= MinTextLength;
    }

    /// <summary>
    /// A hash of a key: its 8-byte words each multiplied by one of four odd constants into four sums (independent
    /// multiplications rather than a chain), then the last bytes and the length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong KeyHash(ReadOnlySpan<byte> key)
    {
        ReadOnlySpan<ulong> words = MemoryMarshal.Cast<byte, ulong>(key);
        ulong a = 0, b = 0, c = 0, d = 0;
        int i = 0;
        for (; i + 4 <= words.Length; i += 4)
        {
            a += words[i] * 0x9E3779B97F4A7C15UL;
            b += words[i + 1] * 0xC2B2AE3D27D4EB4FUL;
            c += words[i + 2] * 0x165667B19E3779F9UL;
            d += words[i + 3] * 0xD6E8FEB86659FD93UL;
            a = BitOperations.RotateLeft(a, 29);
            b = BitOperations.RotateLeft(b, 29);
            c = BitOperations.RotateLeft(c, 29);
            d = BitOperations.RotateLeft(d, 29);
        }

        for (; i < words.Length; i++)
        {
            a = BitOperations.RotateLeft(a + (words[i] * 0xA0761D6478BD642FUL), 29);
        }

        ulong tail = 0;
        ReadOnlySpan<byte> rest = key[(words.Length * 8)..];
        for (int k = 0; k < rest.Length; k++)
        {
            tail |= (ulong)rest[k] << (8 * k);
        }

        ulong hash = a ^ BitOperations.RotateLeft(b, 13) ^ BitOperations.RotateLeft(c, 27) ^ BitOperations.RotateLeft(d, 41)
            ^ ((tail + (ulong)key.Length) * 0xE7037ED1A0B428DBUL);
        return hash ^ (hash >> 29);
    }

    /// <summary>A stored list: the hash of its key, where its text is in the texts array, and the list. Empty: length 0.</summary>
    private readonly record struct Slot(ulong Hash, int Offset, int Length, ImmutableArray<OrderLine> Lines);
}
