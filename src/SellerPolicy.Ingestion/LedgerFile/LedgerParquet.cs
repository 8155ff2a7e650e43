using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;
using Parquet;
using Parquet.Schema;
using SellerPolicy.Ingestion.Internal;
using SellerPolicy.Ledger;
using SellerPolicy.Ledger.HighPerformance;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// Reads and writes a seller's ledger as one Parquet file (docs/ledger-format.md, "Parquet"): one row per record with a
/// <c>kind</c> column, the fields of every kind as nullable columns named as in the JSON Lines format, and each order's lines
/// as rows of kind <c>line</c> right after it.
/// </summary>
/// <remarks>
/// <para>Instants are INT64 nanoseconds since the Unix epoch (UTC); amounts are DECIMAL(28, 8) with the currency in a
/// column of its own; enums are the JSON Lines names as strings.</para>
/// <para>Every problem is located at its row (<c>{file}:{row}</c>, rows counted from 1 over the whole file) and field,
/// like the JSON Lines reader's; a column of the wrong type, a missing <c>kind</c> column and a file that is not Parquet
/// (or is truncated) are problems of the file. Orders go in through <see cref="OrderBatch"/>, the public fast way in.</para>
/// </remarks>
public static partial class LedgerParquet
{
    /// <summary>The rows written per row group.</summary>
    private const int RowGroupRows = 128 * 1024;

    /// <summary>Reads a ledger file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="mode">Strict (default) or lenient.</param>
    /// <returns>The ledger and every problem, each located as <c>{file name}:{row}</c>.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static LedgerBuildResult ReadFile(string path, LedgerBuildMode mode = LedgerBuildMode.Strict)
        => ReadFile(path, LedgerReadOptions.Default with { Mode = mode });

    /// <summary>Reads a ledger file with <paramref name="options"/> (a <see cref="LedgerReadOptions.FileName"/> of null names problems by the file's name).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Strictness, the name in problem locations, and how many cores the build takes.</param>
    /// <returns>The ledger and every problem.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static LedgerBuildResult ReadFile(string path, LedgerReadOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        using FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return Read(stream, options with { FileName = options.FileName ?? Path.GetFileName(path) });
    }

    /// <summary>Reads a ledger from a seekable stream of Parquet.</summary>
    /// <param name="stream">The Parquet content.</param>
    /// <param name="fileName">The name used in problem locations, or null.</param>
    /// <param name="mode">Strict (default) or lenient.</param>
    /// <returns>The ledger and every problem.</returns>
    public static LedgerBuildResult Read(Stream stream, string? fileName = null, LedgerBuildMode mode = LedgerBuildMode.Strict)
        => Read(stream, LedgerReadOptions.Default with { FileName = fileName, Mode = mode });

    /// <summary>Reads a ledger from a seekable stream of Parquet with <paramref name="options"/>.</summary>
    /// <param name="stream">The Parquet content.</param>
    /// <param name="options">Strictness, the name in problem locations, and how many cores the build takes.</param>
    /// <returns>The ledger and every problem.</returns>
    public static LedgerBuildResult Read(Stream stream, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);

        // Parquet.Net reads asynchronously; the work runs on the pool so that no caller's synchronisation context is waited on.
        return Task.Run(() => ReadAsync(stream, options, CancellationToken.None)).GetAwaiter().GetResult();
    }

    /// <summary>Reads a ledger from a stream of Parquet asynchronously, strict.</summary>
    /// <param name="stream">The Parquet content. Parquet keeps its directory at the end of the file: a stream that cannot seek
    /// (an ASP.NET Core request body) is first copied into memory, asynchronously.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The ledger and every problem.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<LedgerBuildResult> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
        => ReadAsync(stream, LedgerReadOptions.Default, cancellationToken);

    /// <summary>Reads a ledger from a stream of Parquet asynchronously, with <paramref name="options"/>.</summary>
    /// <param name="stream">The Parquet content; a stream that cannot seek is first copied into memory, asynchronously.</param>
    /// <param name="options">Strictness, the name in problem locations, and how many cores the build takes.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The ledger and every problem.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<LedgerBuildResult> ReadAsync(Stream stream, LedgerReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        if (stream.CanSeek)
        {
            return await ReadSeekableAsync(stream, options, cancellationToken).ConfigureAwait(false);
        }

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        copy.Position = 0;
        return await ReadSeekableAsync(copy, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a ledger file (replacing it).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="path">The file path.</param>
    /// <exception cref="ArgumentException">An instant lies outside what INT64 nanoseconds hold (about 1678-2262), or an
    /// amount has more than 8 decimal places.</exception>
    public static void WriteFile(SellerLedger ledger, string path)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using FileStream stream = new(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        Write(ledger, stream);
    }

    /// <summary>Writes a ledger to a stream as Parquet.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentException">An instant or an amount cannot be written (see <see cref="WriteFile"/>).</exception>
    public static void Write(SellerLedger ledger, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(stream);
        Write(ledger, stream, RowGroupRows);
    }

    /// <summary>Writes a ledger to a stream as Parquet in row groups of <paramref name="rowGroupRows"/> rows (tests: files of many row groups).</summary>
    internal static void Write(SellerLedger ledger, Stream stream, int rowGroupRows)
        => Task.Run(() => WriteAsync(ledger, stream, rowGroupRows)).GetAwaiter().GetResult();

    private static async Task<LedgerBuildResult> ReadSeekableAsync(Stream stream, LedgerReadOptions options, CancellationToken cancellationToken)
    {
        (string? fileName, LedgerBuildMode mode) = (options.FileName, options.Mode);
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        builder.MaxDegreeOfParallelism = options.MaxDegreeOfParallelism;
        string file = fileName ?? "ledger";
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ParquetException or InvalidDataException or ArgumentException or InvalidOperationException
            or NotSupportedException or IndexOutOfRangeException or OverflowException)
        {
            builder.AddProblem(new LedgerProblem(LedgerProblemKind.Syntax, $"{file}: not a readable Parquet file (is it truncated?): {ex.Message}"));
            return builder.Build(mode);
        }

        await using (reader.ConfigureAwait(false))
        {
            DataField?[] fields = LedgerFields(reader.Schema, file, builder);
            if (fields[Slots.Kind] is null)
            {
                return builder.Build(mode);
            }

            // With more than one core, Parquet.Net decodes the next row group while this thread turns the last one into
            // records: two column sets, one being filled while the other is read. The rows are read in file order either way.
            bool ahead = options.Workers > 1 && reader.RowGroupCount > 1;
            ColumnSet[] sets = ahead ? [new ColumnSet(fields), new ColumnSet(fields)] : [new ColumnSet(fields)];
            var rows = new RowReader(builder, fileName);
            Task<GroupRead>? next = null;
            try
            {
                long first = 1;
                for (int g = 0; g < reader.RowGroupCount; g++)
                {
                    GroupRead read = next is null ? await ReadGroupAsync(reader, g, sets[0], cancellationToken).ConfigureAwait(false) : await next.ConfigureAwait(false);
                    next = null;
                    if (read.Failure is { } ex)
                    {
                        builder.AddProblem(new LedgerProblem(
                            LedgerProblemKind.Syntax, $"{file}: row group {g + 1} (rows {first}-{first + read.Count - 1}) cannot be read (is the file truncated?): {ex.Message}"));
                        break;
                    }

                    if (ahead && g + 1 < reader.RowGroupCount)
                    {
                        int following = g + 1;
                        next = Task.Run(() => ReadGroupAsync(reader, following, sets[following % 2], cancellationToken), cancellationToken);
                    }

                    rows.ReadGroup(read.Columns, (int)read.Count, first);
                    first += read.Count;
                }
            }
            finally
            {
                if (next is not null)
                {
                    // Only when the rows failed (the reader is about to close): let the read ahead end first; the rows' exception is the one that matters.
                    await next.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
                }
            }

            rows.Finish();
        }

        return builder.Build(mode);
    }

    /// <summary>Decodes row group <paramref name="index"/> into <paramref name="columns"/>; a file that cannot be decoded there gives its exception back.</summary>
    private static async Task<GroupRead> ReadGroupAsync(ParquetReader reader, int index, ColumnSet columns, CancellationToken cancellationToken)
    {
        using ParquetRowGroupReader group = reader.OpenRowGroupReader(index);
        try
        {
            await columns.ReadAsync(group, checked((int)group.RowCount), cancellationToken).ConfigureAwait(false);
            return new GroupRead(columns, group.RowCount, null);
        }
        catch (Exception ex) when (ex is IOException or ParquetException or InvalidDataException or ArgumentException or InvalidOperationException
            or NotSupportedException or IndexOutOfRangeException or OverflowException)
        {
            return new GroupRead(columns, group.RowCount, ex);
        }
    }

    private static async Task WriteAsync(SellerLedger ledger, Stream stream, int rowGroupRows)
    {
        var buffer = new RowBuffer(rowGroupRows);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(ParquetColumns.Schema, stream).ConfigureAwait(false);
        async Task FlushIfFull()
        {
            if (buffer.Count == rowGroupRows)
            {
                await buffer.WriteAsync(writer).ConfigureAwait(false);
            }
        }

        foreach (Order order in ledger.Orders)
        {
            buffer.AddOrder(order);
            await FlushIfFull().ConfigureAwait(false);
            foreach (OrderLine line in order.Lines)
            {
                buffer.AddLine(order.OrderId, line);
                await FlushIfFull().ConfigureAwait(false);
            }
        }

        foreach (Feedback f in ledger.Feedback)
        {
            buffer.AddFeedback(f);
            await FlushIfFull().ConfigureAwait(false);
        }

        foreach (AtoZClaim c in ledger.Claims)
        {
            buffer.AddClaim(c);
            await FlushIfFull().ConfigureAwait(false);
        }

        foreach (Chargeback c in ledger.Chargebacks)
        {
            buffer.AddChargeback(c);
            await FlushIfFull().ConfigureAwait(false);
        }

        foreach (ReturnRequest r in ledger.Returns)
        {
            buffer.AddReturn(r);
            await FlushIfFull().ConfigureAwait(false);
        }

        foreach (BuyerContact c in ledger.Contacts)
        {
            buffer.AddContact(c);
            await FlushIfFull().ConfigureAwait(false);
        }

        if (buffer.Count > 0 || ledger.Orders.Length == 0)
        {
            await buffer.WriteAsync(writer).ConfigureAwait(false);
        }
    }

    /// <summary>Instants as INT64 nanoseconds since the Unix epoch.</summary>
    internal static long Nanoseconds(Instant instant)
    {
        Duration since = instant - NodaConstants.UnixEpoch;
        if (since < Duration.FromNanoseconds(long.MinValue) || since > Duration.FromNanoseconds(long.MaxValue))
        {
            throw new ArgumentException($"{instant} cannot be written to Parquet: instants are INT64 nanoseconds since 1970 (about 1678-2262).", nameof(instant));
        }

        return since.ToInt64Nanoseconds();
    }

    /// <summary>The name of a column that holds the field of the same name in JSON Lines.</summary>
    private static string F(LedgerField field) => LedgerSchema.Name(field);

    /// <summary>The fields of every kind, one column each; see docs/ledger-format.md.</summary>
    private static class ParquetColumns
    {
        public static readonly string Kind = F(LedgerField.Kind);

        /// <summary>The kind of an order line's row (Parquet only: JSON Lines keeps an order's lines in the order's record).</summary>
        public const string LineKind = "line";

        /// <summary>The kinds of a row, as a message lists them.</summary>
        public static readonly string KindList = string.Join(", ", [LedgerSchema.Name(LedgerKind.Order), LineKind, .. LedgerSchema.KindList.Split(", ").Skip(1)]);

        public static readonly string[] Strings =
        [
            Kind, F(LedgerField.OrderId), F(LedgerField.Channel), F(LedgerField.MarketplaceId), F(LedgerField.BuyerId), F(LedgerField.ShipToCountry), "shippingPriceCurrency", F(LedgerField.TrackingId), F(LedgerField.CancelledBy),
            F(LedgerField.Sku), F(LedgerField.Asin), F(LedgerField.Category), "unitPriceCurrency", F(LedgerField.Removal), F(LedgerField.ClaimId), F(LedgerField.Reason), F(LedgerField.Outcome), F(LedgerField.ChargebackId), F(LedgerField.Type), F(LedgerField.ReturnId),
            F(LedgerField.Status), "refundCurrency",
        ];

        public static readonly string[] Instants =
        [
            F(LedgerField.PurchasedAt), F(LedgerField.LatestShipDate), F(LedgerField.ShippedAt), F(LedgerField.FirstCarrierScanAt), F(LedgerField.LatestDeliveryDate), F(LedgerField.DeliveredAt), F(LedgerField.CancelledAt), F(LedgerField.ReceivedAt),
            F(LedgerField.RemovedAt), F(LedgerField.FiledAt), F(LedgerField.DecidedAt), F(LedgerField.ReversedAt), F(LedgerField.RequestedAt), F(LedgerField.RespondedAt), F(LedgerField.RefundedAt), F(LedgerField.BuyerContactedAt),
        ];

        public static readonly string[] Ints = [F(LedgerField.Quantity), F(LedgerField.Rating), "shippingPriceScale", "unitPriceScale", "refundScale"];

        public static readonly string[] Amounts = ["shippingPriceAmount", "unitPriceAmount", F(LedgerField.RefundAmount)];

        public static readonly string[] Bools = [F(LedgerField.BuyShippingClaimsProtected), F(LedgerField.CancelledByAssumed), F(LedgerField.InPolicy), F(LedgerField.RejectedIncorrectly), F(LedgerField.NegativeReturnFeedback), F(LedgerField.Returnless)];

        public static readonly ParquetSchema Schema = new(
        [
            .. Strings.Select(name => new DataField<string>(name, nullable: name != Kind)),
            .. Instants.Select(name => new DataField<long?>(name)),
            .. Ints.Select(name => new DataField<int?>(name)),
            .. Amounts.Select(name => new DecimalDataField(name, precision: 28, scale: 8, isNullable: true)),
            .. Bools.Select(name => new DataField<bool?>(name)),
        ]);

        /// <summary>Every ledger column, in the order of <see cref="Schema"/>; a column's place here is its slot.</summary>
        public static readonly string[] All = [.. Strings, .. Instants, .. Ints, .. Amounts, .. Bools];

        private static readonly FrozenDictionary<string, int> SlotByName
            = All.Select((name, slot) => (name, slot)).ToFrozenDictionary(c => c.name, c => c.slot, StringComparer.Ordinal);

        /// <summary>The slot of ledger column <paramref name="name"/>.</summary>
        public static int SlotOf(string name) => SlotByName[name];

        /// <summary>
        /// The column of an amount's scale (<c>unitPriceAmount</c>: <c>unitPriceScale</c>): DECIMAL(28, 8) holds every amount with
        /// eight decimals, so 18.50 and 18.5 are one value there; the scale column says which was written.
        /// </summary>
        public static string ScaleOf(string amountName) => string.Concat(amountName.AsSpan(0, amountName.Length - "Amount".Length), "Scale");

        /// <summary>The type a column must hold, by name (null: not a ledger column, ignored).</summary>
        public static Type? TypeOf(string name)
            => Strings.Contains(name) ? typeof(string)
                : Instants.Contains(name) ? typeof(long)
                : Ints.Contains(name) ? typeof(int)
                : Amounts.Contains(name) ? typeof(decimal)
                : Bools.Contains(name) ? typeof(bool)
                : null;

        public static string TypeName(Type type)
            => type == typeof(string) ? "strings (UTF-8)" : type == typeof(long) ? "INT64 nanoseconds" : type == typeof(int) ? "INT32"
                : type == typeof(decimal) ? "decimals" : type == typeof(bool) ? "booleans" : type.Name;
    }

    /// <summary>Turns rows into records, an order's line rows into its lines, and bad fields into located problems.</summary>
    private sealed class RowReader(SellerLedger.Builder builder, string? fileName)
    {
        /// <summary>The most distinct lines (and single-line lists) kept for sharing.</summary>
        private const int MaxKnownLines = 100_000;

        private static readonly KeyValuePair<string, FulfillmentChannel>[] ChannelNames = [.. LedgerRecordParser.Channels];

        private readonly OrderBatch _batch = new(64 * 1024);
        private readonly List<OrderLine> _lines = [];
        private readonly List<(string Field, string Rule)> _errors = [];
        private readonly Dictionary<(string Sku, int Quantity, decimal Amount, byte Scale, string Currency, string? Asin, string? Category), OrderLine> _knownLines = [];
        private readonly Dictionary<OrderLine, ImmutableArray<OrderLine>> _singleLines = new(ReferenceEqualityComparer.Instance);
        private readonly SymbolTable _symbols = new(); // SKUs, ASINs, categories, currencies, marketplaces, countries: one string each
        private readonly PendingOrder _order = new();
        private bool _pending;
        private ColumnSet _columns = null!;
        private int _row;
        private SourceLocation _at;

        public void ReadGroup(ColumnSet columns, int count, long firstRow)
        {
            _columns = columns;
            for (_row = 0; _row < count; _row++)
            {
                _at = new SourceLocation(fileName, checked((int)(firstRow + _row)));
                _errors.Clear();
                bool hasKind = columns.Has(Slots.Kind, _row);
                ReadOnlySpan<char> kindText = columns.Chars(Slots.Kind, _row);
                bool isLine = hasKind && kindText.SequenceEqual(ParquetColumns.LineKind);
                if (!isLine)
                {
                    FlushOrder();
                }

                LedgerKind known = hasKind && !isLine ? LedgerSchema.FindKind(kindText) : LedgerKind.None;
                string? kind = known != LedgerKind.None ? LedgerSchema.Name(known) : null;
                switch (known)
                {
                    case LedgerKind.Order:
                        StartOrder();
                        break;
                    case LedgerKind.None when isLine:
                        AddLine();
                        break;
                    case LedgerKind.Feedback:
                        Add(ReadFeedback, kind!);
                        break;
                    case LedgerKind.Claim:
                        Add(ReadClaim, kind!);
                        break;
                    case LedgerKind.Chargeback:
                        Add(ReadChargeback, kind!);
                        break;
                    case LedgerKind.Return:
                        Add(ReadReturn, kind!);
                        break;
                    case LedgerKind.Contact:
                        Add(ReadContact, kind!);
                        break;
                    case LedgerKind.None when !hasKind:
                        Problem(LedgerProblemKind.Syntax, $"kind is required: one of {ParquetColumns.KindList}.", F(LedgerField.Kind));
                        break;
                    default:
                        Problem(LedgerProblemKind.Syntax, $"unknown kind '{kindText}'; expected one of {ParquetColumns.KindList}.", F(LedgerField.Kind));
                        break;
                }
            }
        }

        public void Finish()
        {
            FlushOrder();
            builder.Add(_batch);
        }

        private void StartOrder()
        {
            PendingOrder o = _order;
            o.Start(_at);
            o.OrderId.Set(_columns.Has(Slots.OrderId, _row), _columns.Chars(Slots.OrderId, _row));
            o.Channel = Enum(Slots.Channel, F(LedgerField.Channel), ChannelNames);
            o.PurchasedAt = Instant(Slots.PurchasedAt);
            o.MarketplaceId = Symbol(Slots.MarketplaceId);
            o.BuyerId.Set(_columns.Has(Slots.BuyerId, _row), _columns.Chars(Slots.BuyerId, _row));
            o.ShipToCountry = Symbol(Slots.ShipToCountry);
            o.ShippingPrice = Money(MoneyColumns.ShippingPrice, required: false);
            o.LatestShipDate = Instant(Slots.LatestShipDate);
            o.ShippedAt = Instant(Slots.ShippedAt);
            o.TrackingId.Set(_columns.Has(Slots.TrackingId, _row), _columns.Chars(Slots.TrackingId, _row));
            o.FirstCarrierScanAt = Instant(Slots.FirstCarrierScanAt);
            o.BuyShippingClaimsProtected = _columns.Bool(Slots.BuyShippingClaimsProtected, _row) ?? false;
            o.LatestDeliveryDate = Instant(Slots.LatestDeliveryDate);
            o.DeliveredAt = Instant(Slots.DeliveredAt);
            o.CancelledAt = Instant(Slots.CancelledAt);
            o.CancelledBy = Enum<CancelledBy>(Slots.CancelledBy, F(LedgerField.CancelledBy));
            o.CancelledByAssumed = _columns.Bool(Slots.CancelledByAssumed, _row) ?? false;
            Need(o.OrderId.Present, F(LedgerField.OrderId));
            Need(o.Channel is not null || _columns.Has(Slots.Channel, _row), F(LedgerField.Channel));
            Need(o.PurchasedAt is not null, F(LedgerField.PurchasedAt));
            o.Errors.AddRange(_errors);
            _pending = true;
            _lines.Clear();
        }

        private void AddLine()
        {
            if (!_pending)
            {
                Problem(LedgerProblemKind.Syntax, "a line row must follow its order's row (or another line of it).", F(LedgerField.Kind));
                return;
            }

            PendingOrder o = _order;
            if (_columns.Has(Slots.OrderId, _row) && !o.OrderId.Is(_columns.Chars(Slots.OrderId, _row)))
            {
                Problem(LedgerProblemKind.InvalidValue, $"this line is of order {_columns.Chars(Slots.OrderId, _row)}, but follows order {o.OrderId.Text}.", F(LedgerField.OrderId));
                return;
            }

            string? sku = Symbol(Slots.Sku);
            int? quantity = _columns.Int(Slots.Quantity, _row);
            Need(sku is not null, F(LedgerField.Sku));
            Need(quantity is not null, F(LedgerField.Quantity));
            Money? price = Money(MoneyColumns.UnitPrice, required: true);
            string? asin = Symbol(Slots.Asin);
            string? category = Symbol(Slots.Category);
            if (_errors.Count == 0)
            {
                // A line read before (same values, the price's scale included: 18.50 equals 18.5 as a decimal) is valid and made already.
                var key = (sku!, quantity!.Value, price!.Value.Amount, price.Value.Amount.Scale, price.Value.Currency, asin, category);
                if (_knownLines.TryGetValue(key, out OrderLine? known))
                {
                    _lines.Add(known);
                }
                else if (asin is not null && Asin.FindViolation(asin) is { } badAsin)
                {
                    _errors.Add((badAsin.Field, badAsin.Rule));
                }
                else if (OrderLine.FindViolation(new Sku(sku!), quantity.Value, price.Value, asin is null ? null : new Asin(asin), category) is { } violation)
                {
                    _errors.Add((violation.Field, violation.Rule));
                }
                else
                {
                    var line = new OrderLine(new Sku(sku!), quantity.Value, price.Value, asin is null ? null : new Asin(asin), category);
                    _lines.Add(line);
                    if (_knownLines.Count < MaxKnownLines)
                    {
                        _knownLines[key] = line;
                    }
                }
            }

            foreach ((string field, string rule) in _errors)
            {
                o.Errors.Add((field, rule));
                o.ErrorAt ??= _at;
            }
        }

        private void FlushOrder()
        {
            if (!_pending)
            {
                return;
            }

            _pending = false;
            PendingOrder o = _order;
            if (o.Errors.Count > 0)
            {
                SourceLocation at = o.ErrorAt ?? o.At;
                (string field, string rule) = o.Errors[0];
                string? orderId = o.OrderId.Text;
                var problem = new LedgerProblem(LedgerProblemKind.InvalidValue, $"order {orderId}: {rule}", at, field);
                if (string.IsNullOrWhiteSpace(orderId))
                {
                    builder.AddProblem(problem);
                }
                else
                {
                    builder.AddRefusedOrder(new OrderId(orderId), problem);
                }

                return;
            }

            ImmutableArray<OrderLine> lines = SharedLines();
            _ = _batch.Add(
                o.OrderId.Utf8, o.Channel!.Value, o.PurchasedAt!.Value, lines, o.At, o.MarketplaceId,
                !o.BuyerId.Present ? default : o.BuyerId.Utf8.IsEmpty ? " "u8 : o.BuyerId.Utf8, o.ShipToCountry, o.ShippingPrice,
                o.LatestShipDate, o.ShippedAt, o.TrackingId.Utf8, o.FirstCarrierScanAt,
                o.BuyShippingClaimsProtected, o.LatestDeliveryDate, o.DeliveredAt, o.CancelledAt, o.CancelledBy,
                o.CancelledByAssumed);
        }

        /// <summary>The order's lines; one array for every order with the same single line (most orders have one).</summary>
        private ImmutableArray<OrderLine> SharedLines()
        {
            if (_lines.Count != 1)
            {
                return [.. _lines];
            }

            // Lines of equal values are one object (see AddLine), so the line itself is the key.
            OrderLine line = _lines[0];
            if (!_singleLines.TryGetValue(line, out ImmutableArray<OrderLine> shared))
            {
                shared = [line];
                if (_singleLines.Count < MaxKnownLines)
                {
                    _singleLines[line] = shared;
                }
            }

            return shared;
        }

        private void Add(Func<RowReader, object?> make, string what)
        {
            object? record;
            try
            {
                record = make(this);
            }
            catch (MissingField)
            {
                record = null;
            }

            if (_errors.Count > 0 || record is null)
            {
                foreach ((string field, string rule) in _errors)
                {
                    Problem(LedgerProblemKind.InvalidValue, $"{what}: {rule}", field);
                }

                return;
            }

            new ParsedLine(record, _at).AddTo(builder);
        }

        private static Feedback? ReadFeedback(RowReader r)
        {
            OrderId orderId = r.Id(F(LedgerField.OrderId), static s => new OrderId(s));
            Instant receivedAt = r.Required(r.Instant(F(LedgerField.ReceivedAt)), F(LedgerField.ReceivedAt));
            int rating = r.Required(r.Int(F(LedgerField.Rating)), F(LedgerField.Rating));
            Instant? removedAt = r.Instant(F(LedgerField.RemovedAt));
            FeedbackRemoval? removal = r.Enum<FeedbackRemoval>(F(LedgerField.Removal));
            return r.Checked(Feedback.FindViolation(orderId, receivedAt, rating, removedAt, removal))
                ? new Feedback(orderId, receivedAt, rating, removedAt, removal)
                : null;
        }

        private static AtoZClaim? ReadClaim(RowReader r)
        {
            ClaimId claimId = r.Id(F(LedgerField.ClaimId), static s => new ClaimId(s));
            OrderId orderId = r.Id(F(LedgerField.OrderId), static s => new OrderId(s));
            Instant filedAt = r.Required(r.Instant(F(LedgerField.FiledAt)), F(LedgerField.FiledAt));
            ClaimReason reason = r.Required(r.Enum<ClaimReason>(F(LedgerField.Reason)), F(LedgerField.Reason));
            ClaimOutcome? outcome = r.Enum<ClaimOutcome>(F(LedgerField.Outcome));
            Instant? decidedAt = r.Instant(F(LedgerField.DecidedAt));
            Instant? reversedAt = r.Instant(F(LedgerField.ReversedAt));
            return r.Checked(AtoZClaim.FindViolation(claimId, orderId, filedAt, reason, outcome, decidedAt, reversedAt))
                ? new AtoZClaim(claimId, orderId, filedAt, reason, outcome, decidedAt, reversedAt)
                : null;
        }

        private static Chargeback? ReadChargeback(RowReader r)
        {
            ChargebackId id = r.Id(F(LedgerField.ChargebackId), static s => new ChargebackId(s));
            OrderId orderId = r.Id(F(LedgerField.OrderId), static s => new OrderId(s));
            Instant receivedAt = r.Required(r.Instant(F(LedgerField.ReceivedAt)), F(LedgerField.ReceivedAt));
            ChargebackType type = r.Required(r.Enum<ChargebackType>(F(LedgerField.Type)), F(LedgerField.Type));
            ChargebackOutcome? outcome = r.Enum<ChargebackOutcome>(F(LedgerField.Outcome));
            Instant? decidedAt = r.Instant(F(LedgerField.DecidedAt));
            return r.Checked(Chargeback.FindViolation(id, orderId, receivedAt, type, outcome, decidedAt))
                ? new Chargeback(id, orderId, receivedAt, type, outcome, decidedAt)
                : null;
        }

        private static ReturnRequest? ReadReturn(RowReader r)
        {
            string? rmaText = r.Text(F(LedgerField.ReturnId));
            if (rmaText is not null && !r.Checked(ReturnId.FindViolation(rmaText)))
            {
                return null;
            }

            ReturnId? rma = rmaText is null ? null : new ReturnId(rmaText);
            OrderId orderId = r.Id(F(LedgerField.OrderId), static s => new OrderId(s));
            Sku sku = r.Id(F(LedgerField.Sku), static s => new Sku(s));
            int quantity = r.Required(r.Int(F(LedgerField.Quantity)), F(LedgerField.Quantity));
            Instant requestedAt = r.Required(r.Instant(F(LedgerField.RequestedAt)), F(LedgerField.RequestedAt));
            string reason = r.Required(r.Text(F(LedgerField.Reason)), F(LedgerField.Reason));
            ReturnStatus status = r.Enum<ReturnStatus>(F(LedgerField.Status)) ?? ReturnStatus.Requested;
            Instant? respondedAt = r.Instant(F(LedgerField.RespondedAt));
            Instant? shippedAt = r.Instant(F(LedgerField.ShippedAt));
            Instant? receivedAt = r.Instant(F(LedgerField.ReceivedAt));
            Instant? refundedAt = r.Instant(F(LedgerField.RefundedAt));
            Money? refundAmount = r.Money(MoneyColumns.Refund, required: false);
            return r.Checked(ReturnRequest.FindViolation(rma, orderId, sku, quantity, requestedAt, reason, status, respondedAt, shippedAt, receivedAt, refundedAt, refundAmount))
                ? new ReturnRequest(
                    rma, orderId, sku, quantity, requestedAt, reason, status, r.Bool(F(LedgerField.InPolicy)), respondedAt, r.Bool(F(LedgerField.RejectedIncorrectly)) ?? false,
                    r.Bool(F(LedgerField.NegativeReturnFeedback)) ?? false, shippedAt, receivedAt, refundedAt, refundAmount, r.Bool(F(LedgerField.Returnless)) ?? false)
                : null;
        }

        private static BuyerContact? ReadContact(RowReader r)
        {
            OrderId orderId = r.Id(F(LedgerField.OrderId), static s => new OrderId(s));
            Instant at = r.Required(r.Instant(F(LedgerField.BuyerContactedAt)), F(LedgerField.BuyerContactedAt));
            return r.Checked(BuyerContact.FindViolation(orderId, at)) ? new BuyerContact(orderId, at) : null;
        }

        /// <summary>Lists the rule a record's own check found broken; true when there is none and no field was bad either.</summary>
        private bool Checked(RuleViolation? violation)
        {
            if (violation is not null)
            {
                _errors.Add((violation.Field, violation.Rule));
            }

            return _errors.Count == 0;
        }

        private void Problem(LedgerProblemKind kind, string message, string field) => builder.AddProblem(new LedgerProblem(kind, message, _at, field));

        /// <summary>Lists "is required" for <paramref name="field"/> unless it is <paramref name="present"/>.</summary>
        private void Need(bool present, string field)
        {
            if (!present)
            {
                _errors.Add((field, $"{field} is required."));
            }
        }

        private T Required<T>(T? value, string field)
            where T : class
        {
            if (value is null)
            {
                _errors.Add((field, $"{field} is required."));
                throw new MissingField();
            }

            return value;
        }

        private T Required<T>(T? value, string field)
            where T : struct
        {
            if (value is null)
            {
                _errors.Add((field, $"{field} is required."));
                throw new MissingField();
            }

            return value.Value;
        }

        private TId Id<TId>(string field, Func<string, TId> make)
        {
            string? text = Text(field);
            if (string.IsNullOrWhiteSpace(text))
            {
                _errors.Add((field, $"{field} is required."));
                throw new MissingField();
            }

            return make(text);
        }

        private string? Text(string field) => _columns.String(ParquetColumns.SlotOf(field), _row);

        /// <summary>The shared string of a text that repeats from row to row (a SKU, a currency), or null when the row has none.</summary>
        private string? Symbol(int slot) => _columns.Has(slot, _row) ? _symbols.Intern(_columns.Chars(slot, _row)) : null;

        private int? Int(string field) => _columns.Int(ParquetColumns.SlotOf(field), _row);

        private bool? Bool(string field) => _columns.Bool(ParquetColumns.SlotOf(field), _row);

        private Instant? Instant(string field) => Instant(ParquetColumns.SlotOf(field));

        private Instant? Instant(int slot)
            => _columns.Long(slot, _row) is { } nanoseconds ? NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanoseconds) : null;

        private Money? Money(MoneyColumns columns, bool required)
        {
            (string amountField, string currencyField) = (columns.Amount, columns.Currency);
            decimal? amount = _columns.Decimal(columns.AmountSlot, _row);
            string? currency = Symbol(columns.CurrencySlot);
            if (amount is null && currency is null)
            {
                if (required)
                {
                    _errors.Add((amountField, $"{amountField} is required."));
                }

                return null;
            }

            if (amount is null || currency is null)
            {
                string missing = amount is null ? amountField : currencyField;
                _errors.Add((missing, $"{missing} is required with {(amount is null ? currencyField : amountField)}."));
                return null;
            }

            // Read as DECIMAL(28, 8): the amount's own scale is in its scale column (a file without one: the trailing zeros dropped).
            decimal exact = _columns.Int(columns.ScaleSlot, _row) is { } scale and >= 0 and <= 8
                ? decimal.Round(amount.Value, scale) + new decimal(0, 0, 0, false, (byte)scale)
                : amount.Value / 1.000000000000000000000000000000000m;
            if (Ledger.Money.FindViolation(exact, currency) is { } violation)
            {
                _errors.Add((currencyField, violation.Rule));
                return null;
            }

            return new Money(exact, currency);
        }

        private TEnum? Enum<TEnum>(string field)
            where TEnum : struct, Enum
            => Enum<TEnum>(ParquetColumns.SlotOf(field), field);

        private TEnum? Enum<TEnum>(int slot, string field, KeyValuePair<string, TEnum>[]? names = null)
            where TEnum : struct, Enum
        {
            if (!_columns.Has(slot, _row))
            {
                return null;
            }

            ReadOnlySpan<char> text = _columns.Chars(slot, _row);
            if (names is not null)
            {
                foreach ((string key, TEnum value) in names)
                {
                    if (text.Equals(key, StringComparison.OrdinalIgnoreCase))
                    {
                        return value;
                    }
                }

                _errors.Add((field, $"{field} must be one of {string.Join(", ", names.Select(n => n.Key))}, was '{text}'."));
                return null;
            }

            if (System.Enum.TryParse(text, ignoreCase: true, out TEnum parsed) && System.Enum.IsDefined(parsed) && !char.IsDigit(text[0]))
            {
                return parsed;
            }

            _errors.Add((field, $"{field} must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}, was '{text}'."));
            return null;
        }

        /// <summary>Stops making a record whose required field is absent (the problem is already listed).</summary>
        private sealed class MissingField : Exception
        {
        }
    }

    /// <summary>A row group decoded: its columns and rows, or why it could not be.</summary>
    private sealed record GroupRead(ColumnSet Columns, long Count, Exception? Failure);

    /// <summary>
    /// The order row whose lines are still being read: one instance, filled again for every order. Its ids are copied out of
    /// the row group's columns (the next row group may be decoded into them before the order's last line is read).
    /// </summary>
    private sealed class PendingOrder
    {
        public SourceLocation At { get; private set; }

        public Utf8Text OrderId { get; } = new();

        public FulfillmentChannel? Channel { get; set; }

        public Instant? PurchasedAt { get; set; }

        public string? MarketplaceId { get; set; }

        public Utf8Text BuyerId { get; } = new();

        public string? ShipToCountry { get; set; }

        public Money? ShippingPrice { get; set; }

        public Instant? LatestShipDate { get; set; }

        public Instant? ShippedAt { get; set; }

        public Utf8Text TrackingId { get; } = new();

        public Instant? FirstCarrierScanAt { get; set; }

        public bool BuyShippingClaimsProtected { get; set; }

        public Instant? LatestDeliveryDate { get; set; }

        public Instant? DeliveredAt { get; set; }

        public Instant? CancelledAt { get; set; }

        public CancelledBy? CancelledBy { get; set; }

        public bool CancelledByAssumed { get; set; }

        /// <summary>The rules the order and its lines break, in the order found.</summary>
        public List<(string Field, string Rule)> Errors { get; } = [];

        /// <summary>Where its first problem is, when on a line row.</summary>
        public SourceLocation? ErrorAt { get; set; }

        public void Start(SourceLocation at)
        {
            At = at;
            Errors.Clear();
            ErrorAt = null;
        }
    }

    /// <summary>A text copied out of a column as UTF-8 and as characters, its buffers reused; absent or present (maybe empty).</summary>
    private sealed class Utf8Text
    {
        private char[] _chars = new char[32];
        private byte[] _utf8 = new byte[64];
        private int _charCount;
        private int _byteCount;

        public bool Present { get; private set; }

        public ReadOnlySpan<byte> Utf8 => _utf8.AsSpan(0, _byteCount);

        /// <summary>The text, or null when absent (made on demand: for messages).</summary>
        public string? Text => Present ? new string(_chars, 0, _charCount) : null;

        public void Set(bool present, ReadOnlySpan<char> text)
        {
            Present = present;
            if (_chars.Length < text.Length)
            {
                _chars = new char[text.Length * 2];
            }

            int most = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (_utf8.Length < most)
            {
                _utf8 = new byte[most];
            }

            text.CopyTo(_chars);
            _charCount = text.Length;
            _byteCount = Encoding.UTF8.GetBytes(text, _utf8);
        }

        /// <summary>Whether it is present and equal to <paramref name="text"/>.</summary>
        public bool Is(ReadOnlySpan<char> text) => Present && text.SequenceEqual(_chars.AsSpan(0, _charCount));
    }

    /// <summary>The columns of up to one row group being written.</summary>
    private sealed class RowBuffer(int capacity)
    {
        private readonly Dictionary<string, string?[]> _strings = ParquetColumns.Strings.ToDictionary(n => n, _ => new string?[capacity]);
        private readonly Dictionary<string, long?[]> _instants = ParquetColumns.Instants.ToDictionary(n => n, _ => new long?[capacity]);
        private readonly Dictionary<string, int?[]> _ints = ParquetColumns.Ints.ToDictionary(n => n, _ => new int?[capacity]);
        private readonly Dictionary<string, decimal?[]> _amounts = ParquetColumns.Amounts.ToDictionary(n => n, _ => new decimal?[capacity]);
        private readonly Dictionary<string, bool?[]> _bools = ParquetColumns.Bools.ToDictionary(n => n, _ => new bool?[capacity]);

        public int Count { get; private set; }

        public void AddOrder(Order o)
        {
            int i = Next(LedgerSchema.Name(LedgerKind.Order));
            S(F(LedgerField.OrderId), i, o.OrderId.Value);
            S(F(LedgerField.Channel), i, LedgerSchema.Name(o.Channel));
            T(F(LedgerField.PurchasedAt), i, o.PurchasedAt);
            S(F(LedgerField.MarketplaceId), i, o.MarketplaceId?.Value);
            S(F(LedgerField.BuyerId), i, o.BuyerId?.Value);
            S(F(LedgerField.ShipToCountry), i, o.ShipToCountry);
            M("shippingPriceAmount", "shippingPriceCurrency", i, o.ShippingPrice);
            T(F(LedgerField.LatestShipDate), i, o.LatestShipDate);
            T(F(LedgerField.ShippedAt), i, o.ShippedAt);
            S(F(LedgerField.TrackingId), i, o.TrackingId);
            T(F(LedgerField.FirstCarrierScanAt), i, o.FirstCarrierScanAt);
            _bools[F(LedgerField.BuyShippingClaimsProtected)][i] = o.BuyShippingClaimsProtected ? true : null;
            T(F(LedgerField.LatestDeliveryDate), i, o.LatestDeliveryDate);
            T(F(LedgerField.DeliveredAt), i, o.DeliveredAt);
            T(F(LedgerField.CancelledAt), i, o.CancelledAt);
            S(F(LedgerField.CancelledBy), i, o.CancelledBy?.ToString());
            _bools[F(LedgerField.CancelledByAssumed)][i] = o.CancelledByAssumed ? true : null;
        }

        public void AddLine(OrderId orderId, OrderLine line)
        {
            int i = Next(ParquetColumns.LineKind);
            S(F(LedgerField.OrderId), i, orderId.Value);
            S(F(LedgerField.Sku), i, line.Sku.Value);
            S(F(LedgerField.Asin), i, line.Asin?.Value);
            S(F(LedgerField.Category), i, line.Category);
            _ints[F(LedgerField.Quantity)][i] = line.Quantity;
            M("unitPriceAmount", "unitPriceCurrency", i, line.UnitPrice);
        }

        public void AddFeedback(Feedback f)
        {
            int i = Next(LedgerSchema.Name(LedgerKind.Feedback));
            S(F(LedgerField.OrderId), i, f.OrderId.Value);
            T(F(LedgerField.ReceivedAt), i, f.ReceivedAt);
            _ints[F(LedgerField.Rating)][i] = f.Rating;
            T(F(LedgerField.RemovedAt), i, f.RemovedAt);
            S(F(LedgerField.Removal), i, f.Removal?.ToString());
        }

        public void AddClaim(AtoZClaim c)
        {
            int i = Next(LedgerSchema.Name(LedgerKind.Claim));
            S(F(LedgerField.ClaimId), i, c.ClaimId.Value);
            S(F(LedgerField.OrderId), i, c.OrderId.Value);
            T(F(LedgerField.FiledAt), i, c.FiledAt);
            S(F(LedgerField.Reason), i, c.Reason.ToString());
            S(F(LedgerField.Outcome), i, c.Outcome?.ToString());
            T(F(LedgerField.DecidedAt), i, c.DecidedAt);
            T(F(LedgerField.ReversedAt), i, c.ReversedAt);
        }

        public void AddChargeback(Chargeback c)
        {
            int i = Next(LedgerSchema.Name(LedgerKind.Chargeback));
            S(F(LedgerField.ChargebackId), i, c.ChargebackId.Value);
            S(F(LedgerField.OrderId), i, c.OrderId.Value);
            T(F(LedgerField.ReceivedAt), i, c.ReceivedAt);
            S(F(LedgerField.Type), i, c.Type.ToString());
            S(F(LedgerField.Outcome), i, c.Outcome?.ToString());
            T(F(LedgerField.DecidedAt), i, c.DecidedAt);
        }

        public void AddReturn(ReturnRequest r)
        {
            int i = Next(LedgerSchema.Name(LedgerKind.Return));
            S(F(LedgerField.ReturnId), i, r.ReturnId?.Value);
            S(F(LedgerField.OrderId), i, r.OrderId.Value);
            S(F(LedgerField.Sku), i, r.Sku.Value);
            _ints[F(LedgerField.Quantity)][i] = r.Quantity;
            T(F(LedgerField.RequestedAt), i, r.RequestedAt);
            S(F(LedgerField.Reason), i, r.Reason);
            S(F(LedgerField.Status), i, r.Status.ToString());
            _bools[F(LedgerField.InPolicy)][i] = r.InPolicy;
            T(F(LedgerField.RespondedAt), i, r.RespondedAt);
            _bools[F(LedgerField.RejectedIncorrectly)][i] = r.RejectedIncorrectly ? true : null;
            _bools[F(LedgerField.NegativeReturnFeedback)][i] = r.NegativeReturnFeedback ? true : null;
            T(F(LedgerField.ShippedAt), i, r.ShippedAt);
            T(F(LedgerField.ReceivedAt), i, r.ReceivedAt);
            T(F(LedgerField.RefundedAt), i, r.RefundedAt);
            M(F(LedgerField.RefundAmount), "refundCurrency", i, r.RefundAmount);
            _bools[F(LedgerField.Returnless)][i] = r.Returnless ? true : null;
        }

        public void AddContact(BuyerContact c)
        {
            int i = Next(LedgerSchema.Name(LedgerKind.Contact));
            S(F(LedgerField.OrderId), i, c.OrderId.Value);
            T(F(LedgerField.BuyerContactedAt), i, c.BuyerContactedAt);
        }

        public async Task WriteAsync(ParquetWriter writer)
        {
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            foreach (DataField field in ParquetColumns.Schema.GetDataFields())
            {
                string name = field.Name;
                if (_strings.TryGetValue(name, out string?[]? s))
                {
                    await group.WriteAsync(field, s[..Count]!).ConfigureAwait(false);
                }
                else if (_instants.TryGetValue(name, out long?[]? t))
                {
                    await group.WriteAsync<long>(field, t.AsMemory(0, Count)).ConfigureAwait(false);
                }
                else if (_ints.TryGetValue(name, out int?[]? n))
                {
                    await group.WriteAsync<int>(field, n.AsMemory(0, Count)).ConfigureAwait(false);
                }
                else if (_amounts.TryGetValue(name, out decimal?[]? m))
                {
                    await group.WriteAsync<decimal>(field, m.AsMemory(0, Count)).ConfigureAwait(false);
                }
                else
                {
                    await group.WriteAsync<bool>(field, _bools[name].AsMemory(0, Count)).ConfigureAwait(false);
                }
            }

            group.CompleteValidate();
            Clear();
        }

        private int Next(string kind)
        {
            int i = Count++;
            _strings[ParquetColumns.Kind][i] = kind;
            return i;
        }

        private void Clear()
        {
            foreach (Array a in _strings.Values.Cast<Array>().Concat(_instants.Values).Concat(_ints.Values).Concat(_amounts.Values).Concat(_bools.Values))
            {
                Array.Clear(a, 0, Count);
            }

            Count = 0;
        }

        private void S(string name, int i, string? value) => _strings[name][i] = value;

        private void T(string name, int i, Instant? value) => _instants[name][i] = value is { } v ? Nanoseconds(v) : null;

        private void M(string amountName, string currencyName, int i, Money? value)
        {
            if (value is not { } money)
            {
                return;
            }

            if (decimal.Round(money.Amount, 8) != money.Amount)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{amountName} {money.Amount} cannot be written to Parquet: amounts are DECIMAL(28, 8), at most 8 decimal places."),
                    amountName);
            }

            _amounts[amountName][i] = money.Amount;
            _ints[ParquetColumns.ScaleOf(amountName)][i] = money.Amount.Scale;
            _strings[currencyName][i] = money.Currency;
        }
    }
}
