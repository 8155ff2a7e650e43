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
/// of the first <see cref="PrefixLength"/> bytes, kept with each, so finding one costs a short hash and one comparison.</para>
/// <para>Bounded: at most <see cref="MaxLists"/> lists of <see cref="PrefixLength"/> to <see cref="MaxTextLength"/> bytes (an order's
/// list is longer than the prefix: <c>[{"sku":</c>, a price and a quantity at least), and
/// <see cref="MaxBucket"/> with the same prefix hash; others are simply read each time. Not thread-safe.</para>
/// </remarks>
internal sealed class LineListCache
{
    /// <summary>The most lists kept.</summary>
    public const int MaxLists = 16_384;

    /// <summary>The longest list text kept, in bytes.</summary>
    public const int MaxTextLength = 512;

    /// <summary>The bytes hashed to find a bucket.</summary>
    public const int PrefixLength = 64;

    /// <summary>The most lists kept with the same prefix hash (so with the same prefix, in practice).</summary>
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
        // No stored text is shorter than the prefix.
        if (rest.Length < PrefixLength)
        {
            lines = default;
            length = 0;
            return false;
        }

        ulong hash = PrefixHash(rest);
        Slot[] slots = _slots;
        int mask = slots.Length - 1;

        // A stored text is never empty, so an empty slot ends the probe.
        for (int i = SlotOf(hash, mask); slots[i].Length != 0; i = (i + 1) & mask)
        {
            // The prefix's hash first: a list of another prefix is passed over without reading its text.
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
        if (text.Length < PrefixLength || text.Length > MaxTextLength || _count >= MaxLists)
        {
            return;
        }

        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        ulong hash = PrefixHash(text);
        int mask = _slots.Length - 1;
        int i = SlotOf(hash, mask);
        int samePrefix = 0;
        for (; _slots[i].Length != 0; i = (i + 1) & mask)
        {
            if (_slots[i].Hash == hash && ++samePrefix >= MaxBucket)
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
    /// A hash of the first <see cref="PrefixLength"/> bytes: eight words, each multiplied by its own odd constant and
    /// summed (independent multiplications rather than a chain of them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong PrefixHash(ReadOnlySpan<byte> text)
    {
        ReadOnlySpan<ulong> words = MemoryMarshal.Cast<byte, ulong>(text[..PrefixLength]);
        ReadOnlySpan<ulong> factors = WordFactors;
        ulong hash = 0;
        for (int i = 0; i < factors.Length && i < words.Length; i++)
        {
            hash += words[i] * factors[i];
        }

        return hash ^ (hash >> 29);
    }

    /// <summary>The factors of the words of a full prefix in <see cref="PrefixHash"/> (odd constants of common 64-bit hashes).</summary>
    private static ReadOnlySpan<ulong> WordFactors =>
    [
        0x9E3779B97F4A7C15UL, 0xC2B2AE3D27D4EB4FUL, 0x165667B19E3779F9UL, 0xD6E8FEB86659FD93UL,
        0xA0761D6478BD642FUL, 0xE7037ED1A0B428DBUL, 0x8EBC6AF09C88C6E3UL, 0x589965CC75374CC3UL,
    ];

    /// <summary>A stored list: the hash of its text's prefix, where its text is in the texts array, and the list. Empty: length 0.</summary>
    private readonly record struct Slot(ulong Hash, int Offset, int Length, ImmutableArray<OrderLine> Lines);
}
