using Parquet;
using Parquet.Schema;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <content>The columns of a row group as read: raw values and definition levels, no object per value.</content>
public static partial class LedgerParquet
{
    /// <summary>The ledger columns of a file by slot (<see cref="ParquetColumns.SlotOf"/>); null where the file lacks one or holds the wrong type.</summary>
    private static DataField?[] LedgerFields(ParquetSchema schema, string file, SellerLedger.Builder builder)
    {
        var fields = new DataField?[ParquetColumns.All.Length];
        foreach (DataField field in schema.GetDataFields())
        {
            if (ParquetColumns.TypeOf(field.Name) is not { } expected)
            {
                continue; // not a ledger column: ignored, like an unknown JSON field
            }

            // Parquet.Net describes a UTF-8 column as ReadOnlyMemory<char>.
            Type holds = field.ClrType == typeof(ReadOnlyMemory<char>) ? typeof(string) : field.ClrType;
            if (holds != expected || field.IsArray)
            {
                builder.AddProblem(new LedgerProblem(
                    LedgerProblemKind.InvalidValue,
                    $"{file}: column {field.Name} must hold {ParquetColumns.TypeName(expected)}, holds {(field.IsArray ? "lists" : ParquetColumns.TypeName(holds))}; it is read as absent.",
                    null, field.Name));
                continue;
            }

            fields[ParquetColumns.SlotOf(field.Name)] = field;
        }

        if (fields[Slots.Kind] is null)
        {
            builder.AddProblem(new LedgerProblem(
                LedgerProblemKind.Syntax, $"{file}: column kind is required (one of {ParquetColumns.KindList}).", null, ParquetColumns.Kind));
        }

        return fields;
    }

    /// <summary>The slots of the columns read on every order or line row.</summary>
    private static class Slots
    {
        public static readonly int Kind = ParquetColumns.SlotOf(ParquetColumns.Kind);
        public static readonly int OrderId = ParquetColumns.SlotOf(F(LedgerField.OrderId));
        public static readonly int Channel = ParquetColumns.SlotOf(F(LedgerField.Channel));
        public static readonly int PurchasedAt = ParquetColumns.SlotOf(F(LedgerField.PurchasedAt));
        public static readonly int MarketplaceId = ParquetColumns.SlotOf(F(LedgerField.MarketplaceId));
        public static readonly int BuyerId = ParquetColumns.SlotOf(F(LedgerField.BuyerId));
        public static readonly int ShipToCountry = ParquetColumns.SlotOf(F(LedgerField.ShipToCountry));
        public static readonly int LatestShipDate = ParquetColumns.SlotOf(F(LedgerField.LatestShipDate));
        public static readonly int ShippedAt = ParquetColumns.SlotOf(F(LedgerField.ShippedAt));
        public static readonly int TrackingId = ParquetColumns.SlotOf(F(LedgerField.TrackingId));
        public static readonly int FirstCarrierScanAt = ParquetColumns.SlotOf(F(LedgerField.FirstCarrierScanAt));
        public static readonly int BuyShippingClaimsProtected = ParquetColumns.SlotOf(F(LedgerField.BuyShippingClaimsProtected));
        public static readonly int LatestDeliveryDate = ParquetColumns.SlotOf(F(LedgerField.LatestDeliveryDate));
        public static readonly int DeliveredAt = ParquetColumns.SlotOf(F(LedgerField.DeliveredAt));
        public static readonly int CancelledAt = ParquetColumns.SlotOf(F(LedgerField.CancelledAt));
        public static readonly int CancelledBy = ParquetColumns.SlotOf(F(LedgerField.CancelledBy));
        public static readonly int CancelledByAssumed = ParquetColumns.SlotOf(F(LedgerField.CancelledByAssumed));
        public static readonly int Sku = ParquetColumns.SlotOf(F(LedgerField.Sku));
        public static readonly int Asin = ParquetColumns.SlotOf(F(LedgerField.Asin));
        public static readonly int Category = ParquetColumns.SlotOf(F(LedgerField.Category));
        public static readonly int Quantity = ParquetColumns.SlotOf(F(LedgerField.Quantity));
    }

    /// <summary>The columns of an amount: its value, its currency and its scale.</summary>
    private sealed record MoneyColumns(string Amount, string Currency)
    {
        public static readonly MoneyColumns ShippingPrice = new("shippingPriceAmount", "shippingPriceCurrency");
        public static readonly MoneyColumns UnitPrice = new("unitPriceAmount", "unitPriceCurrency");
        public static readonly MoneyColumns Refund = new(F(LedgerField.RefundAmount), "refundCurrency");

        public int AmountSlot { get; } = ParquetColumns.SlotOf(Amount);

        public int CurrencySlot { get; } = ParquetColumns.SlotOf(Currency);

        public int ScaleSlot { get; } = ParquetColumns.SlotOf(ParquetColumns.ScaleOf(Amount));
    }

    /// <summary>
    /// The columns of one row group as read, by slot: each column's values as Parquet.Net hands them over raw (strings as
    /// slices of one buffer, numbers unboxed), reused from row group to row group; a column the file lacks is all nulls.
    /// </summary>
    private sealed class ColumnSet(DataField?[] fields)
    {
        private readonly Column?[] _columns = [.. fields.Select((f, slot) => f is null ? null : new Column(f, ParquetColumns.TypeOf(f.Name)!))];

        public async ValueTask ReadAsync(ParquetRowGroupReader group, int count, CancellationToken cancellationToken)
        {
            foreach (Column? column in _columns)
            {
                if (column is not null)
                {
                    await column.ReadAsync(group, count, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        /// <summary>Whether the row has a value in the column.</summary>
        public bool Has(int slot, int row) => _columns[slot] is { } c && c.IndexOf(row) >= 0;

        /// <summary>The text of the row (empty when it has none: see <see cref="Has"/>).</summary>
        public ReadOnlySpan<char> Chars(int slot, int row)
            => _columns[slot] is { } c && c.IndexOf(row) is var i and >= 0 ? c.Chars[i].Span : default;

        public string? String(int slot, int row) => Has(slot, row) ? new string(Chars(slot, row)) : null;

        public long? Long(int slot, int row) => _columns[slot] is { } c && c.IndexOf(row) is var i and >= 0 ? c.Longs[i] : null;

        public int? Int(int slot, int row) => _columns[slot] is { } c && c.IndexOf(row) is var i and >= 0 ? c.Ints[i] : null;

        public decimal? Decimal(int slot, int row) => _columns[slot] is { } c && c.IndexOf(row) is var i and >= 0 ? c.Decimals[i] : null;

        public bool? Bool(int slot, int row) => _columns[slot] is { } c && c.IndexOf(row) is var i and >= 0 ? c.Bools[i] : null;
    }

    /// <summary>One column of a row group: its non-null values packed, and where each row's value is.</summary>
    private sealed class Column(DataField field, Type type)
    {
        private int[] _definitions = [];
        private int[] _index = [];
        private bool _dense;
        private bool _empty;

        public ReadOnlyMemory<char>[] Chars { get; private set; } = [];

        public long[] Longs { get; private set; } = [];

        public int[] Ints { get; private set; } = [];

        public decimal[] Decimals { get; private set; } = [];

        public bool[] Bools { get; private set; } = [];

        /// <summary>The position of the row's value among the values, or -1 when the row has none.</summary>
        public int IndexOf(int row) => _dense ? row : _empty ? -1 : _index[row];

        public async ValueTask ReadAsync(ParquetRowGroupReader group, int count, CancellationToken cancellationToken)
        {
            if (_definitions.Length < count)
            {
                Grow(count);
            }

            // The column chunk's statistics say it holds only nulls (most columns on most rows: each kind has its own): nothing to decode.
            _dense = !field.IsNullable;
            _empty = !_dense && group.GetMetadata(field)?.MetaData is { } meta && meta.NumValues == count && meta.Statistics?.NullCount == count;
            if (_empty)
            {
                return;
            }

            Memory<int> definitions = _definitions.AsMemory(0, count);
            if (type == typeof(string))
            {
                await group.ReadRawAsync(field, Chars.AsMemory(0, count), definitions, null, cancellationToken).ConfigureAwait(false);
            }
            else if (type == typeof(long))
            {
                await group.ReadRawAsync(field, Longs.AsMemory(0, count), definitions, null, cancellationToken).ConfigureAwait(false);
            }
            else if (type == typeof(int))
            {
                await group.ReadRawAsync(field, Ints.AsMemory(0, count), definitions, null, cancellationToken).ConfigureAwait(false);
            }
            else if (type == typeof(decimal))
            {
                await group.ReadRawAsync(field, Decimals.AsMemory(0, count), definitions, null, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await group.ReadRawAsync(field, Bools.AsMemory(0, count), definitions, null, cancellationToken).ConfigureAwait(false);
            }

            // A required column has a value on every row; a nullable one has its values packed, a definition level of 0 for a null.
            if (!_dense)
            {
                int next = 0;
                for (int row = 0; row < count; row++)
                {
                    _index[row] = _definitions[row] != 0 ? next++ : -1;
                }
            }
        }

        private void Grow(int count)
        {
            _definitions = new int[count];
            _index = new int[count];
            if (type == typeof(string))
            {
                Chars = new ReadOnlyMemory<char>[count];
            }
            else if (type == typeof(long))
            {
                Longs = new long[count];
            }
            else if (type == typeof(int))
            {
                Ints = new int[count];
            }
            else if (type == typeof(decimal))
            {
                Decimals = new decimal[count];
            }
            else
            {
                Bools = new bool[count];
            }
        }
    }
}
