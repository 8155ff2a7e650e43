using System.Buffers.Text;
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

    /// <summary>Reads orders into a builder through one <see cref="OrderBatch"/>; a line it cannot read is a located problem.</summary>
    public static SellerLedger.Builder Read(ReadOnlySpan<byte> file, string fileName)
    {
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        var batch = new OrderBatch(file.Length / 128);
        var lineLists = new Dictionary<string, ImmutableArray<OrderLine>>(StringComparer.Ordinal);
        Span<Range> fields = stackalloc Range[Columns + 1];
        int number = 0;
        foreach (Range lineRange in file.Split((byte)'\n'))
        {
            number++;
            ReadOnlySpan<byte> line = file[lineRange];
            if (line.IsEmpty)
            {
                continue;
            }

            var at = new SourceLocation(fileName, number);
            if (SplitTabs(line, fields) != Columns)
            {
                builder.AddProblem(new LedgerProblem(LedgerProblemKind.Syntax, $"expected {Columns} tab-separated fields.", at));
                continue;
            }

            string linesText = Encoding.UTF8.GetString(line[fields[15]]);
            if (!lineLists.TryGetValue(linesText, out ImmutableArray<OrderLine> lines))
            {
                lines = [.. linesText.Split(';').Select(ParseLine)];
                lineLists[linesText] = lines;
            }

            ReadOnlySpan<byte> cancelled = line[fields[14]];
            int slash = cancelled.IndexOf((byte)'/');
            string? currency = lines.IsEmpty ? null : lines[0].UnitPrice.Currency;
            _ = batch.Add(
                line[fields[0]], line[fields[1]].SequenceEqual("MFN"u8) ? FulfillmentChannel.Mfn : FulfillmentChannel.Afn, Instant(line[fields[2]])!.Value, lines, at,
                Text(line[fields[3]]), line[fields[4]], Text(line[fields[5]]), Decimal(line[fields[6]]) is { } shipping ? new Money(shipping, currency!) : null, Instant(line[fields[7]]), Instant(line[fields[8]]), line[fields[9]],
                Instant(line[fields[10]]), !line[fields[11]].IsEmpty, Instant(line[fields[12]]), Instant(line[fields[13]]), Instant(slash < 0 ? cancelled : cancelled[..slash]),
                slash < 0 ? null : Enum.Parse<CancelledBy>(Encoding.UTF8.GetString(cancelled[(slash + 1)..])));
        }

        return builder.Add(batch);
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

    private static string? Text(ReadOnlySpan<byte> field) => field.IsEmpty ? null : Encoding.UTF8.GetString(field);

    private static Instant? Instant(ReadOnlySpan<byte> field)
        => Utf8Parser.TryParse(field, out long nanoseconds, out int used) && used == field.Length ? NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanoseconds) : null;

    private static decimal? Decimal(ReadOnlySpan<byte> field)
        => Utf8Parser.TryParse(field, out decimal value, out int used) && used == field.Length ? value : null;
}
