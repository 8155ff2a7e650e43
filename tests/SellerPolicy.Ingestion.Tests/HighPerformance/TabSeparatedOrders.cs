using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Ledger.HighPerformance;

namespace SellerPolicy.Ingestion.Tests.HighPerformance;

/// <summary>
/// A reader of another tool's format, written as a third party would: it sees only the public API of the core
/// (<see cref="OrderBatch"/>, <see cref="SellerLedger.Builder"/>), reads UTF-8 spans and numbers, never makes an
/// <see cref="Order"/>. The format: one order per line, tab-separated, instants as nanoseconds since 1970, the lines as
/// <c>sku|asin|category|quantity|amount|currency</c> joined by <c>;</c>.
/// </summary>
public static class TabSeparatedOrders
{
    private const int Columns = 16;

    /// <summary>Writes the orders of <paramref name="ledger"/>.</summary>
    public static byte[] Write(SellerLedger ledger)
    {
        var text = new StringBuilder();
        foreach (Order o in ledger.Orders)
        {
            text.AppendJoin('\t',
                o.OrderId.Value, o.Channel == FulfillmentChannel.Mfn ? "MFN" : "AFN", Nanos(o.PurchasedAt), o.MarketplaceId?.Value, o.BuyerId?.Value,
                o.ShipToCountry, Amount(o.ShippingPrice?.Amount), Nanos(o.LatestShipDate), Nanos(o.ShippedAt), o.TrackingId, Nanos(o.FirstCarrierScanAt),
                o.BuyShippingClaimsProtected ? "1" : "", Nanos(o.LatestDeliveryDate), Nanos(o.DeliveredAt), Nanos(o.CancelledAt) + (o.CancelledBy is { } by ? $"/{by}" : ""),
                string.Join(';', o.Lines.Select(l => $"{l.Sku}|{l.Asin}|{l.Category}|{l.Quantity}|{Amount(l.UnitPrice.Amount)}|{l.UnitPrice.Currency}")));
            text.Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());

        static string Nanos(Instant? i) => i is { } v ? (v - NodaConstants.UnixEpoch).ToInt64Nanoseconds().ToString(CultureInfo.InvariantCulture) : "";
        static string Amount(decimal? a) => a?.ToString(CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>
    /// Reads orders into a builder: the file is cut at line ends into blocks, each block is parsed on its own thread into
    /// its own <see cref="OrderBatch"/> (ids and other fields straight from the UTF-8 bytes), and the batches are added in
    /// file order, so the ledger and its problems do not depend on the number of threads. A line it cannot read is a
    /// located problem.
    /// </summary>
    /// <param name="file">The file's bytes.</param>
    /// <param name="fileName">The name in problem locations.</param>
    /// <param name="workers">How many threads parse; -1: one per core.</param>
    /// <param name="blockBytes">About how many bytes a block has.</param>
    public static SellerLedger.Builder Read(ReadOnlyMemory<byte> file, string fileName, int workers = -1, int blockBytes = 4 << 20)
    {
        int threads = workers == -1 ? Environment.ProcessorCount : workers;
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1, nameof(workers));

        // Blocks of about blockBytes (by default 4 MB: more blocks than threads, so a slow block does not hold the others up), each starting after
        // a line end; and the number of its first line.
        ReadOnlySpan<byte> bytes = file.Span;
        ArgumentOutOfRangeException.ThrowIfLessThan(blockBytes, 1);
        int blockCount = (int)Math.Clamp(bytes.Length / blockBytes, 1, 4096);
        var starts = new List<int> { 0 };
        for (int b = 1; b < blockCount; b++)
        {
            int from = Math.Max((int)((long)bytes.Length * b / blockCount), starts[^1]);
            int newline = bytes[from..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            int start = from + newline + 1;
            if (start > starts[^1] && start < bytes.Length)
            {
                starts.Add(start);
            }
        }

        starts.Add(bytes.Length);
        var blocks = new Block[starts.Count - 1];
        int firstLine = 1;
        for (int b = 0; b < blocks.Length; b++)
        {
            int lineCount = bytes[starts[b]..starts[b + 1]].Count((byte)'\n');
            blocks[b] = new Block(file[starts[b]..starts[b + 1]], firstLine, lineCount + 1);
            firstLine += lineCount;
        }

        var caches = new Caches();
        Parallel.ForEach(blocks, new ParallelOptions { MaxDegreeOfParallelism = threads }, block => block.Parse(fileName, caches));

        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        builder.MaxDegreeOfParallelism = workers;
        foreach (Block block in blocks)
        {
            _ = builder.Add(block.Orders!);
            foreach (LedgerProblem problem in block.Problems)
            {
                _ = builder.AddProblem(problem);
            }
        }

        return builder;
    }

    /// <summary>
    /// Shared by the blocks: one list per distinct lines field (so that orders with the same lines share one list in the
    /// ledger, as the batch asks), and one string per distinct marketplace or country; looked up by the bytes.
    /// </summary>
    private sealed class Caches
    {
        public ConcurrentDictionary<byte[], ImmutableArray<OrderLine>> LineLists { get; } = new(ByteKeys.Instance);

        public ConcurrentDictionary<byte[], string> Texts { get; } = new(ByteKeys.Instance);
    }

    /// <summary>One block of lines, parsed on one thread: its orders and the lines it could not read.</summary>
    private sealed class Block(ReadOnlyMemory<byte> bytes, int firstLine, int lineCount)
    {
        public OrderBatch? Orders { get; private set; }

        public List<LedgerProblem> Problems { get; } = [];

        public void Parse(string fileName, Caches caches)
        {
            ReadOnlySpan<byte> block = bytes.Span;
            var batch = new OrderBatch(lineCount);
            ConcurrentDictionary<byte[], ImmutableArray<OrderLine>>.AlternateLookup<ReadOnlySpan<byte>> lineLists = caches.LineLists.GetAlternateLookup<ReadOnlySpan<byte>>();
            ConcurrentDictionary<byte[], string>.AlternateLookup<ReadOnlySpan<byte>> texts = caches.Texts.GetAlternateLookup<ReadOnlySpan<byte>>();
            Span<Range> fields = stackalloc Range[Columns + 1];
            int number = firstLine - 1;
            foreach (Range lineRange in block.Split((byte)'\n'))
            {
                number++;
                ReadOnlySpan<byte> line = block[lineRange];
                if (line.IsEmpty)
                {
                    continue;
                }

                var at = new SourceLocation(fileName, number);
                if (SplitTabs(line, fields) != Columns)
                {
                    Problems.Add(new LedgerProblem(LedgerProblemKind.Syntax, $"expected {Columns} tab-separated fields.", at));
                    continue;
                }

                ReadOnlySpan<byte> linesField = line[fields[15]];
                if (!lineLists.TryGetValue(linesField, out ImmutableArray<OrderLine> lines))
                {
                    lines = [.. Encoding.UTF8.GetString(linesField).Split(';').Select(ParseLine)];
                    lines = lineLists.TryAdd(linesField, lines) ? lines : lineLists[linesField]; // another block may have added it first
                }

                ReadOnlySpan<byte> cancelled = line[fields[14]];
                int slash = cancelled.IndexOf((byte)'/');
                string? currency = lines.IsEmpty ? null : lines[0].UnitPrice.Currency;
                _ = batch.Add(
                    line[fields[0]], line[fields[1]].SequenceEqual("MFN"u8) ? FulfillmentChannel.Mfn : FulfillmentChannel.Afn, Instant(line[fields[2]])!.Value, lines, at,
                    Text(texts, line[fields[3]]), line[fields[4]], Text(texts, line[fields[5]]), Decimal(line[fields[6]]) is { } shipping ? new Money(shipping, currency!) : null,
                    Instant(line[fields[7]]), Instant(line[fields[8]]), line[fields[9]], Instant(line[fields[10]]), !line[fields[11]].IsEmpty, Instant(line[fields[12]]),
                    Instant(line[fields[13]]), Instant(slash < 0 ? cancelled : cancelled[..slash]),
                    slash < 0 ? null : Enum.Parse<CancelledBy>(Encoding.UTF8.GetString(cancelled[(slash + 1)..])));
            }

            Orders = batch;
        }

        private static string? Text(ConcurrentDictionary<byte[], string>.AlternateLookup<ReadOnlySpan<byte>> texts, ReadOnlySpan<byte> field)
        {
            if (field.IsEmpty)
            {
                return null;
            }

            if (!texts.TryGetValue(field, out string? text))
            {
                text = Encoding.UTF8.GetString(field);
                text = texts.TryAdd(field, text) ? text : texts[field];
            }

            return text;
        }
    }

    /// <summary>Byte-array keys compared by content, looked up by a span of bytes without making an array.</summary>
    private sealed class ByteKeys : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly ByteKeys Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode((ReadOnlySpan<byte>)obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }

    /// <summary>Splits at tabs into <paramref name="fields"/>; returns how many there are (more than fit: one more than fit).</summary>
    private static int SplitTabs(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        int count = 0;
        int start = 0;
        while (count < fields.Length)
        {
            int tab = line[start..].IndexOf((byte)'\t');
            int end = tab < 0 ? line.Length : start + tab;
            fields[count++] = start..end;
            if (tab < 0)
            {
                return count;
            }

            start = end + 1;
        }

        return count + 1;
    }

    private static OrderLine ParseLine(string text)
    {
        string[] p = text.Split('|');
        return new OrderLine(
            new Sku(p[0]), int.Parse(p[3], CultureInfo.InvariantCulture), new Money(decimal.Parse(p[4], CultureInfo.InvariantCulture), p[5]),
            p[1].Length == 0 ? null : new Asin(p[1]), p[2].Length == 0 ? null : p[2]);
    }

    private static Instant? Instant(ReadOnlySpan<byte> field)
        => Utf8Parser.TryParse(field, out long nanoseconds, out int used) && used == field.Length ? NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanoseconds) : null;

    private static decimal? Decimal(ReadOnlySpan<byte> field)
        => Utf8Parser.TryParse(field, out decimal value, out int used) && used == field.Length ? value : null;
}
