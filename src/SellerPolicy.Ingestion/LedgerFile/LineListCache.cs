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
/// themselves), at the same depth (the lines are always a field of the order object). Candidates are bucketed by a hash
/// of the first <see cref="PrefixLength"/> bytes, so finding one costs a short hash and one comparison.</para>
/// <para>Bounded: at most <see cref="MaxLists"/> lists of at most <see cref="MaxTextLength"/> bytes, and
/// <see cref="MaxBucket"/> per bucket of 4096; others are simply read each time. Not thread-safe.</para>
/// </remarks>
internal sealed class LineListCache
{
    /// <summary>The most lists kept.</summary>
    public const int MaxLists = 16_384;

    /// <summary>The longest list text kept, in bytes.</summary>
    public const int MaxTextLength = 512;

    /// <summary>The bytes hashed to find a bucket.</summary>
    public const int PrefixLength = 64;

    /// <summary>The most lists kept per bucket.</summary>
    public const int MaxBucket = 8;

    // Chains of entries by hash (a plain array rather than a Dictionary: nothing to compile at tier 0 in a cold run).
    private readonly Entry?[] _buckets = new Entry?[4096];
    private int _count;

    /// <summary>Finds a stored list whose text starts <paramref name="rest"/>.</summary>
    /// <param name="rest">The line from the <c>[</c> that opens a lines value to the end of the line.</param>
    /// <param name="lines">The stored list.</param>
    /// <param name="length">The length of its text, in bytes.</param>
    /// <returns>Whether one was found.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryFind(ReadOnlySpan<byte> rest, out ImmutableArray<OrderLine> lines, out int length)
    {
        for (Entry? entry = _buckets[Bucket(rest)]; entry is not null; entry = entry.Next)
        {
            if (rest.StartsWith(entry.Text))
            {
                lines = entry.Lines;
                length = entry.Text.Length;
                return true;
            }
        }

        lines = default;
        length = 0;
        return false;
    }

    /// <summary>Stores a list read from <paramref name="text"/>, when there is room.</summary>
    /// <param name="text">The list's whole JSON text, read without fault.</param>
    /// <param name="lines">The list.</param>
    public void Add(ReadOnlySpan<byte> text, ImmutableArray<OrderLine> lines)
    {
        if (text.Length > MaxTextLength || _count >= MaxLists)
        {
            return;
        }

        int bucket = Bucket(text);
        Entry? head = _buckets[bucket];
        int inBucket = 0;
        for (Entry? e = head; e is not null; e = e.Next)
        {
            inBucket++;
        }

        if (inBucket < MaxBucket)
        {
            _buckets[bucket] = new Entry(text.ToArray(), lines, head);
            _count++;
        }
    }

    /// <summary>The bucket of a hash of the first <see cref="PrefixLength"/> bytes (or all, when fewer), eight at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Bucket(ReadOnlySpan<byte> text)
    {
        ReadOnlySpan<byte> prefix = text.Length > PrefixLength ? text[..PrefixLength] : text;
        ulong hash = (ulong)prefix.Length;
        while (prefix.Length >= sizeof(ulong))
        {
            hash = (BitOperations.RotateLeft(hash, 23) ^ MemoryMarshal.Read<ulong>(prefix)) * 0x9E3779B97F4A7C15UL;
            prefix = prefix[sizeof(ulong)..];
        }

        foreach (byte b in prefix)
        {
            hash = (BitOperations.RotateLeft(hash, 23) ^ b) * 0x9E3779B97F4A7C15UL;
        }

        return (int)((hash ^ (hash >> 29)) >> 32) & (_buckets.Length - 1);
    }

    private sealed record Entry(byte[] Text, ImmutableArray<OrderLine> Lines, Entry? Next);
}
