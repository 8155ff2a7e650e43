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
public static class LedgerParquet
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
        Task.Run(() => WriteAsync(ledger, stream)).GetAwaiter().GetResult();
    }

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
            var columns = new ColumnSet(reader.Schema, file, builder);
            if (!columns.Has(ParquetColumns.Kind))
            {
                return builder.Build(mode);
            }

            var rows = new RowReader(builder, fileName);
            long first = 1;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
                try
                {
                    await columns.ReadAsync(group, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or ParquetException or InvalidDataException or ArgumentException or InvalidOperationException
                    or NotSupportedException or IndexOutOfRangeException or OverflowException)
                {
                    builder.AddProblem(new LedgerProblem(
                        LedgerProblemKind.Syntax, $"{file}: row group {g + 1} (rows {first}-{first + group.RowCount - 1}) cannot be read (is the file truncated?): {ex.Message}"));
                    break;
                }

                rows.ReadGroup(columns, (int)group.RowCount, first);
                first += group.RowCount;
            }

            rows.Finish();
        }

        return builder.Build(mode);
    }

    private static async Task WriteAsync(SellerLedger ledger, Stream stream)
    {
        var buffer = new RowBuffer(RowGroupRows);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(ParquetColumns.Schema, stream).ConfigureAwait(false);
        async Task FlushIfFull()
        {
            if (buffer.Count == RowGroupRows)
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

    /// <summary>The fields of every kind, one column each; see docs/ledger-format.md.</summary>
    private static class ParquetColumns
    {
        public const string Kind = "kind";

        public static readonly string[] Strings =
        [
            Kind, "orderId", "channel", "marketplaceId", "buyerId", "shipToCountry", "shippingPriceCurrency", "trackingId", "cancelledBy",
            "sku", "asin", "category", "unitPriceCurrency", "removal", "claimId", "reason", "outcome", "chargebackId", "type", "returnId",
            "status", "refundCurrency",
        ];

        public static readonly string[] Instants =
        [
            "purchasedAt", "latestShipDate", "shippedAt", "firstCarrierScanAt", "latestDeliveryDate", "deliveredAt", "cancelledAt", "receivedAt",
            "removedAt", "filedAt", "decidedAt", "reversedAt", "requestedAt", "respondedAt", "refundedAt", "buyerContactedAt",
        ];

        public static readonly string[] Ints = ["quantity", "rating", "shippingPriceScale", "unitPriceScale", "refundScale"];

        public static readonly string[] Amounts = ["shippingPriceAmount", "unitPriceAmount", "refundAmount"];

        public static readonly string[] Bools = ["buyShippingClaimsProtected", "cancelledByAssumed", "inPolicy", "rejectedIncorrectly", "negativeReturnFeedback", "returnless"];

        public static readonly ParquetSchema Schema = new(
        [
            .. Strings.Select(name => new DataField<string>(name, nullable: name != Kind)),
            .. Instants.Select(name => new DataField<long?>(name)),
            .. Ints.Select(name => new DataField<int?>(name)),
            .. Amounts.Select(name => new DecimalDataField(name, precision: 28, scale: 8, isNullable: true)),
            .. Bools.Select(name => new DataField<bool?>(name)),
        ]);

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

    /// <summary>The columns of one row group as read, by name; a column the file lacks (or of the wrong type) is all nulls.</summary>
    private sealed class ColumnSet
    {
        private readonly Dictionary<string, DataField> _fields = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Array> _values = new(StringComparer.Ordinal);

        public ColumnSet(ParquetSchema schema, string file, SellerLedger.Builder builder)
        {
            foreach (DataField field in schema.GetDataFields())
            {
                if (ParquetColumns.TypeOf(field.Name) is not { } expected)
                {
                    continue; // not a ledger column: ignored, like an unknown JSON field
                }

                // Parquet.Net describes a UTF-8 column as ReadOnlyMemory<char>; it reads as strings all the same.
                Type holds = field.ClrType == typeof(ReadOnlyMemory<char>) ? typeof(string) : field.ClrType;
                if (holds != expected || field.IsArray)
                {
                    builder.AddProblem(new LedgerProblem(
                        LedgerProblemKind.InvalidValue,
                        $"{file}: column {field.Name} must hold {ParquetColumns.TypeName(expected)}, holds {(field.IsArray ? "lists" : ParquetColumns.TypeName(holds))}; it is read as absent.",
                        null, field.Name));
                    continue;
                }

                _fields[field.Name] = field;
            }

            if (!_fields.ContainsKey(ParquetColumns.Kind))
            {
                builder.AddProblem(new LedgerProblem(
                    LedgerProblemKind.Syntax, $"{file}: column kind is required (one of order, line, feedback, claim, chargeback, return, contact).", null, ParquetColumns.Kind));
            }
        }

        public bool Has(string name) => _fields.ContainsKey(name);

        public async Task ReadAsync(ParquetRowGroupReader group, CancellationToken cancellationToken)
        {
            _values.Clear();
            int count = checked((int)group.RowCount);
            foreach ((string name, DataField field) in _fields)
            {
                Type type = ParquetColumns.TypeOf(name)!;
                _values[name] = type == typeof(string) ? await Strings(group, field, count, cancellationToken).ConfigureAwait(false)
                    : type == typeof(long) ? await Values<long>(group, field, count, cancellationToken).ConfigureAwait(false)
                    : type == typeof(int) ? await Values<int>(group, field, count, cancellationToken).ConfigureAwait(false)
                    : type == typeof(decimal) ? await Values<decimal>(group, field, count, cancellationToken).ConfigureAwait(false)
                    : await Values<bool>(group, field, count, cancellationToken).ConfigureAwait(false);
            }
        }

        public string? String(string name, int row) => _values.TryGetValue(name, out Array? a) ? ((string?[])a)[row] : null;

        public long? Long(string name, int row) => _values.TryGetValue(name, out Array? a) ? ((long?[])a)[row] : null;

        public int? Int(string name, int row) => _values.TryGetValue(name, out Array? a) ? ((int?[])a)[row] : null;

        public decimal? Decimal(string name, int row) => _values.TryGetValue(name, out Array? a) ? ((decimal?[])a)[row] : null;

        public bool? Bool(string name, int row) => _values.TryGetValue(name, out Array? a) ? ((bool?[])a)[row] : null;

        private static async Task<string?[]> Strings(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
        {
            string?[] values = new string?[count];
            await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            return values;
        }

        private static async Task<T?[]> Values<T>(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
            where T : struct
        {
            var values = new T?[count];
            if (field.IsNullable)
            {
                await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                return values;
            }

            var plain = new T[count];
            await group.ReadAsync(field, plain.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < count; i++)
            {
                values[i] = plain[i];
            }

            return values;
        }
    }

    /// <summary>Turns rows into records, an order's line rows into its lines, and bad fields into located problems.</summary>
    private sealed class RowReader(SellerLedger.Builder builder, string? fileName)
    {
        private readonly OrderBatch _batch = new(64 * 1024);
        private readonly List<OrderLine> _lines = [];
        private readonly List<(string Field, string Rule)> _errors = [];
        private readonly Dictionary<(string Sku, int Quantity, decimal Amount, string Currency, string? Asin, string? Category), ImmutableArray<OrderLine>> _singleLines = [];
        private PendingOrder? _pending;
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
                string? kind = columns.String(ParquetColumns.Kind, _row);
                if (kind != "line")
                {
                    FlushOrder();
                }

                switch (kind)
                {
                    case "order":
                        StartOrder();
                        break;
                    case "line":
                        AddLine();
                        break;
                    case "feedback":
                        Add(ReadFeedback, "feedback");
                        break;
                    case "claim":
                        Add(ReadClaim, "claim");
                        break;
                    case "chargeback":
                        Add(ReadChargeback, "chargeback");
                        break;
                    case "return":
                        Add(ReadReturn, "return");
                        break;
                    case "contact":
                        Add(ReadContact, "contact");
                        break;
                    case null:
                        Problem(LedgerProblemKind.Syntax, "kind is required: one of order, line, feedback, claim, chargeback, return, contact.", "kind");
                        break;
                    default:
                        Problem(LedgerProblemKind.Syntax, $"unknown kind '{kind}'; expected one of order, line, feedback, claim, chargeback, return, contact.", "kind");
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
            _pending = new PendingOrder(
                _at, Text("orderId"), Enum("channel", LedgerRecordParser.Channels), Instant("purchasedAt"), Text("marketplaceId"), Text("buyerId"), Text("shipToCountry"),
                Money("shippingPriceAmount", "shippingPriceCurrency", required: false), Instant("latestShipDate"), Instant("shippedAt"), Text("trackingId"),
                Instant("firstCarrierScanAt"), Bool("buyShippingClaimsProtected") ?? false, Instant("latestDeliveryDate"), Instant("deliveredAt"), Instant("cancelledAt"),
                Enum<CancelledBy>("cancelledBy"), Bool("cancelledByAssumed") ?? false, []);
            Need(_pending.OrderId is not null, "orderId");
            Need(_pending.Channel is not null || Text("channel") is not null, "channel");
            Need(_pending.PurchasedAt is not null, "purchasedAt");
            _pending.Errors.AddRange(_errors);
            _lines.Clear();
        }

        private void AddLine()
        {
            if (_pending is null)
            {
                Problem(LedgerProblemKind.Syntax, "a line row must follow its order's row (or another line of it).", "kind");
                return;
            }

            if (Text("orderId") is { } owner && owner != _pending.OrderId)
            {
                Problem(LedgerProblemKind.InvalidValue, $"this line is of order {owner}, but follows order {_pending.OrderId}.", "orderId");
                return;
            }

            string? sku = Text("sku");
            int? quantity = Int("quantity");
            Need(sku is not null, "sku");
            Need(quantity is not null, "quantity");
            Money? price = Money("unitPriceAmount", "unitPriceCurrency", required: true);
            string? asin = Text("asin");
            string? category = Text("category");
            if (_errors.Count == 0)
            {
                if (asin is not null && Asin.FindViolation(asin) is { } badAsin)
                {
                    _errors.Add((badAsin.Field, badAsin.Rule));
                }
                else if (OrderLine.FindViolation(new Sku(sku!), quantity!.Value, price!.Value, asin is null ? null : new Asin(asin), category) is { } violation)
                {
                    _errors.Add((violation.Field, violation.Rule));
                }
                else
                {
                    _lines.Add(new OrderLine(new Sku(sku!), quantity.Value, price!.Value, asin is null ? null : new Asin(asin), category));
                }
            }

            foreach ((string field, string rule) in _errors)
            {
                _pending.Errors.Add((field, rule));
                _pending.ErrorAt ??= _at;
            }
        }

        private void FlushOrder()
        {
            if (_pending is not { } o)
            {
                return;
            }

            _pending = null;
            if (o.Errors.Count > 0)
            {
                SourceLocation at = o.ErrorAt ?? o.At;
                (string field, string rule) = o.Errors[0];
                var problem = new LedgerProblem(LedgerProblemKind.InvalidValue, $"order {o.OrderId}: {rule}", at, field);
                if (string.IsNullOrWhiteSpace(o.OrderId))
                {
                    builder.AddProblem(problem);
                }
                else
                {
                    builder.AddRefusedOrder(new OrderId(o.OrderId), problem);
                }

                return;
            }

            ImmutableArray<OrderLine> lines = SharedLines();
            _ = _batch.Add(
                Encoding.UTF8.GetBytes(o.OrderId!), o.Channel!.Value, o.PurchasedAt!.Value, lines, o.At, o.MarketplaceId,
                o.BuyerId is null ? default : o.BuyerId.Length == 0 ? " "u8 : Encoding.UTF8.GetBytes(o.BuyerId), o.ShipToCountry, o.ShippingPrice,
                o.LatestShipDate, o.ShippedAt, o.TrackingId is null ? default : Encoding.UTF8.GetBytes(o.TrackingId), o.FirstCarrierScanAt,
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

            OrderLine line = _lines[0];
            var key = (line.Sku.Value, line.Quantity, line.UnitPrice.Amount, line.UnitPrice.Currency, line.Asin?.Value, line.Category);
            if (!_singleLines.TryGetValue(key, out ImmutableArray<OrderLine> shared))
            {
                shared = [line];
                if (_singleLines.Count < 100_000)
                {
                    _singleLines[key] = shared;
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
            OrderId orderId = r.Id("orderId", static s => new OrderId(s));
            Instant receivedAt = r.Required(r.Instant("receivedAt"), "receivedAt");
            int rating = r.Required(r.Int("rating"), "rating");
            Instant? removedAt = r.Instant("removedAt");
            FeedbackRemoval? removal = r.Enum<FeedbackRemoval>("removal");
            return r.Checked(Feedback.FindViolation(orderId, receivedAt, rating, removedAt, removal))
                ? new Feedback(orderId, receivedAt, rating, removedAt, removal)
                : null;
        }

        private static AtoZClaim? ReadClaim(RowReader r)
        {
            ClaimId claimId = r.Id("claimId", static s => new ClaimId(s));
            OrderId orderId = r.Id("orderId", static s => new OrderId(s));
            Instant filedAt = r.Required(r.Instant("filedAt"), "filedAt");
            ClaimReason reason = r.Required(r.Enum<ClaimReason>("reason"), "reason");
            ClaimOutcome? outcome = r.Enum<ClaimOutcome>("outcome");
            Instant? decidedAt = r.Instant("decidedAt");
            Instant? reversedAt = r.Instant("reversedAt");
            return r.Checked(AtoZClaim.FindViolation(claimId, orderId, filedAt, reason, outcome, decidedAt, reversedAt))
                ? new AtoZClaim(claimId, orderId, filedAt, reason, outcome, decidedAt, reversedAt)
                : null;
        }

        private static Chargeback? ReadChargeback(RowReader r)
        {
            ChargebackId id = r.Id("chargebackId", static s => new ChargebackId(s));
            OrderId orderId = r.Id("orderId", static s => new OrderId(s));
            Instant receivedAt = r.Required(r.Instant("receivedAt"), "receivedAt");
            ChargebackType type = r.Required(r.Enum<ChargebackType>("type"), "type");
            ChargebackOutcome? outcome = r.Enum<ChargebackOutcome>("outcome");
            Instant? decidedAt = r.Instant("decidedAt");
            return r.Checked(Chargeback.FindViolation(id, orderId, receivedAt, type, outcome, decidedAt))
                ? new Chargeback(id, orderId, receivedAt, type, outcome, decidedAt)
                : null;
        }

        private static ReturnRequest? ReadReturn(RowReader r)
        {
            string? rmaText = r.Text("returnId");
            if (rmaText is not null && !r.Checked(ReturnId.FindViolation(rmaText)))
            {
                return null;
            }

            ReturnId? rma = rmaText is null ? null : new ReturnId(rmaText);
            OrderId orderId = r.Id("orderId", static s => new OrderId(s));
            Sku sku = r.Id("sku", static s => new Sku(s));
            int quantity = r.Required(r.Int("quantity"), "quantity");
            Instant requestedAt = r.Required(r.Instant("requestedAt"), "requestedAt");
            string reason = r.Required(r.Text("reason"), "reason");
            ReturnStatus status = r.Enum<ReturnStatus>("status") ?? ReturnStatus.Requested;
            Instant? respondedAt = r.Instant("respondedAt");
            Instant? shippedAt = r.Instant("shippedAt");
            Instant? receivedAt = r.Instant("receivedAt");
            Instant? refundedAt = r.Instant("refundedAt");
            Money? refundAmount = r.Money("refundAmount", "refundCurrency", required: false);
            return r.Checked(ReturnRequest.FindViolation(rma, orderId, sku, quantity, requestedAt, reason, status, respondedAt, shippedAt, receivedAt, refundedAt, refundAmount))
                ? new ReturnRequest(
                    rma, orderId, sku, quantity, requestedAt, reason, status, r.Bool("inPolicy"), respondedAt, r.Bool("rejectedIncorrectly") ?? false,
                    r.Bool("negativeReturnFeedback") ?? false, shippedAt, receivedAt, refundedAt, refundAmount, r.Bool("returnless") ?? false)
                : null;
        }

        private static BuyerContact? ReadContact(RowReader r)
        {
            OrderId orderId = r.Id("orderId", static s => new OrderId(s));
            Instant at = r.Required(r.Instant("buyerContactedAt"), "buyerContactedAt");
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

        private string? Text(string field) => _columns.String(field, _row);

        private int? Int(string field) => _columns.Int(field, _row);

        private bool? Bool(string field) => _columns.Bool(field, _row);

        private Instant? Instant(string field)
            => _columns.Long(field, _row) is { } nanoseconds ? NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanoseconds) : null;

        private Money? Money(string amountField, string currencyField, bool required)
        {
            decimal? amount = _columns.Decimal(amountField, _row);
            string? currency = Text(currencyField);
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
            decimal exact = _columns.Int(ParquetColumns.ScaleOf(amountField), _row) is { } scale and >= 0 and <= 8
                ? decimal.Round(amount.Value, scale) + new decimal(0, 0, 0, false, (byte)scale)
                : amount.Value / 1.000000000000000000000000000000000m;
            if (Ledger.Money.FindViolation(exact, currency) is { } violation)
            {
                _errors.Add((currencyField, violation.Rule));
                return null;
            }

            return new Money(exact, currency);
        }

        private TEnum? Enum<TEnum>(string field, IReadOnlyDictionary<string, TEnum>? names = null)
            where TEnum : struct, Enum
        {
            if (Text(field) is not { } text)
            {
                return null;
            }

            if (names is not null)
            {
                foreach ((string key, TEnum value) in names)
                {
                    if (string.Equals(key, text, StringComparison.OrdinalIgnoreCase))
                    {
                        return value;
                    }
                }

                _errors.Add((field, $"{field} must be one of {string.Join(", ", names.Keys)}, was '{text}'."));
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

    /// <summary>An order row whose lines are still being read.</summary>
    private sealed record PendingOrder(
        SourceLocation At, string? OrderId, FulfillmentChannel? Channel, Instant? PurchasedAt, string? MarketplaceId, string? BuyerId, string? ShipToCountry,
        Money? ShippingPrice, Instant? LatestShipDate, Instant? ShippedAt, string? TrackingId, Instant? FirstCarrierScanAt, bool BuyShippingClaimsProtected,
        Instant? LatestDeliveryDate, Instant? DeliveredAt, Instant? CancelledAt, CancelledBy? CancelledBy, bool CancelledByAssumed,
        List<(string Field, string Rule)> Errors)
    {
        /// <summary>Where its first problem is, when on a line row.</summary>
        public SourceLocation? ErrorAt { get; set; }
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
            int i = Next("order");
            S("orderId", i, o.OrderId.Value);
            S("channel", i, o.Channel == FulfillmentChannel.Mfn ? "MFN" : "AFN");
            T("purchasedAt", i, o.PurchasedAt);
            S("marketplaceId", i, o.MarketplaceId?.Value);
            S("buyerId", i, o.BuyerId?.Value);
            S("shipToCountry", i, o.ShipToCountry);
            M("shippingPriceAmount", "shippingPriceCurrency", i, o.ShippingPrice);
            T("latestShipDate", i, o.LatestShipDate);
            T("shippedAt", i, o.ShippedAt);
            S("trackingId", i, o.TrackingId);
            T("firstCarrierScanAt", i, o.FirstCarrierScanAt);
            _bools["buyShippingClaimsProtected"][i] = o.BuyShippingClaimsProtected ? true : null;
            T("latestDeliveryDate", i, o.LatestDeliveryDate);
            T("deliveredAt", i, o.DeliveredAt);
            T("cancelledAt", i, o.CancelledAt);
            S("cancelledBy", i, o.CancelledBy?.ToString());
            _bools["cancelledByAssumed"][i] = o.CancelledByAssumed ? true : null;
        }

        public void AddLine(OrderId orderId, OrderLine line)
        {
            int i = Next("line");
            S("orderId", i, orderId.Value);
            S("sku", i, line.Sku.Value);
            S("asin", i, line.Asin?.Value);
            S("category", i, line.Category);
            _ints["quantity"][i] = line.Quantity;
            M("unitPriceAmount", "unitPriceCurrency", i, line.UnitPrice);
        }

        public void AddFeedback(Feedback f)
        {
            int i = Next("feedback");
            S("orderId", i, f.OrderId.Value);
            T("receivedAt", i, f.ReceivedAt);
            _ints["rating"][i] = f.Rating;
            T("removedAt", i, f.RemovedAt);
            S("removal", i, f.Removal?.ToString());
        }

        public void AddClaim(AtoZClaim c)
        {
            int i = Next("claim");
            S("claimId", i, c.ClaimId.Value);
            S("orderId", i, c.OrderId.Value);
            T("filedAt", i, c.FiledAt);
            S("reason", i, c.Reason.ToString());
            S("outcome", i, c.Outcome?.ToString());
            T("decidedAt", i, c.DecidedAt);
            T("reversedAt", i, c.ReversedAt);
        }

        public void AddChargeback(Chargeback c)
        {
            int i = Next("chargeback");
            S("chargebackId", i, c.ChargebackId.Value);
            S("orderId", i, c.OrderId.Value);
            T("receivedAt", i, c.ReceivedAt);
            S("type", i, c.Type.ToString());
            S("outcome", i, c.Outcome?.ToString());
            T("decidedAt", i, c.DecidedAt);
        }

        public void AddReturn(ReturnRequest r)
        {
            int i = Next("return");
            S("returnId", i, r.ReturnId?.Value);
            S("orderId", i, r.OrderId.Value);
            S("sku", i, r.Sku.Value);
            _ints["quantity"][i] = r.Quantity;
            T("requestedAt", i, r.RequestedAt);
            S("reason", i, r.Reason);
            S("status", i, r.Status.ToString());
            _bools["inPolicy"][i] = r.InPolicy;
            T("respondedAt", i, r.RespondedAt);
            _bools["rejectedIncorrectly"][i] = r.RejectedIncorrectly ? true : null;
            _bools["negativeReturnFeedback"][i] = r.NegativeReturnFeedback ? true : null;
            T("shippedAt", i, r.ShippedAt);
            T("receivedAt", i, r.ReceivedAt);
            T("refundedAt", i, r.RefundedAt);
            M("refundAmount", "refundCurrency", i, r.RefundAmount);
            _bools["returnless"][i] = r.Returnless ? true : null;
        }

        public void AddContact(BuyerContact c)
        {
            int i = Next("contact");
            S("orderId", i, c.OrderId.Value);
            T("buyerContactedAt", i, c.BuyerContactedAt);
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
