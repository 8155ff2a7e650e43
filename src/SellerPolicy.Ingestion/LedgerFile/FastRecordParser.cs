using System.Buffers.Text;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Ledger.HighPerformance;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// The fast path for well-formed ledger lines: one forward pass with <see cref="JsonLineScanner"/> (a strict scanner that
/// validates the whole line's JSON as it goes), fields read straight into locals, no document, no per-field lookups, no
/// allocation but the record's own strings. It reads only records it can make exactly as
/// <see cref="LedgerRecordParser"/> would, and declines everything else (returns null), so that the full parser, the one
/// place that reports problems, reads that line and names every problem.
/// </summary>
/// <remarks>
/// <para><c>kind</c> may be any field (first, as this library writes it, is read on the way). Declined, among others: an unknown kind, a duplicated or escaped field name, a
/// missing required field, a value of the wrong JSON type, a string amount, an enum name with spaces, a record its
/// constructor rejects, anything after the object, invalid JSON anywhere (even in a field that is ignored), a string with
/// a lone escaped surrogate, nesting deeper than <see cref="JsonLineScanner.MaxDepth"/>. Declining is always safe; accepting must give the record the full
/// parser gives (checked by <c>FastRecordParserTests</c> and <c>JsonLineScannerTests</c> in the tests, on generated ledgers and on hand-made odd lines).</para>
/// <para>An instance keeps tables of the few distinct short strings (SKU, ASIN, category, marketplace, country, currency,
/// return reason) and of the distinct order-line lists it has seen, so that a large ledger holds one copy of each rather
/// than one per record; both are found by the bytes as written (<see cref="ShortSymbolCache"/>, <see cref="LineListCache"/>),
/// so a known value costs neither decoding nor re-reading. It is not thread-safe: use one per thread.</para>
/// <para>The per-line methods are marked <see cref="MethodImplOptions.AggressiveOptimization"/>: a ledger is usually read
/// once, cold, and with tiered compilation they would run unoptimised for most of the file while both cores are busy
/// parsing and the background compiler waits.</para>
/// </remarks>
internal sealed class FastRecordParser
{
    private const int MaxCachedTextLength = 512;

    private static readonly EnumNames<FulfillmentChannel> Channels = new([.. LedgerSchema.Channels]);
    private static readonly EnumNames<CancelledBy> CancelledByNames = EnumNames<CancelledBy>.All();
    private static readonly EnumNames<FeedbackRemoval> Removals = EnumNames<FeedbackRemoval>.All();
    private static readonly EnumNames<ClaimReason> ClaimReasons = EnumNames<ClaimReason>.All();
    private static readonly EnumNames<ClaimOutcome> ClaimOutcomes = EnumNames<ClaimOutcome>.All();
    private static readonly EnumNames<ChargebackType> ChargebackTypes = EnumNames<ChargebackType>.All();
    private static readonly EnumNames<ChargebackOutcome> ChargebackOutcomes = EnumNames<ChargebackOutcome>.All();
    private static readonly EnumNames<ReturnStatus> ReturnStatuses = EnumNames<ReturnStatus>.All();

    private readonly LineListCache _lineLists = new();
    private readonly ShortSymbolCache _symbolsByBytes = new();
    private readonly List<OrderLine> _scratchLines = [];
    private bool _kindLater; // the line's kind is not its first field: the record's reader skips it once

    /// <summary>Gets the table of shared few-valued strings; the full parser uses it for the lines this parser declines.</summary>
    public SymbolTable Symbols { get; } = new();

    /// <summary>Creates a parser with empty tables.</summary>
    public FastRecordParser()
    {
    }

    /// <summary>Reads a well-formed line into its record, or returns null to leave the line to the full parser.</summary>
    /// <param name="line">One line of UTF-8 JSON, without its line end.</param>
    /// <returns>An <see cref="Order"/>, <see cref="Feedback"/>, <see cref="AtoZClaim"/>, <see cref="Chargeback"/>,
    /// <see cref="ReturnRequest"/> or <see cref="BuyerContact"/>; or null.</returns>
    /// <remarks>An order is read into a batch of its own and made from it (the reader adds orders to a batch without making
    /// them); an order the batch refuses gives null, as the full parser then reports the problem.</remarks>
    public object? TryParse(ReadOnlySpan<byte> line)
    {
        var orders = new OrderBatch(4);
        if (!TryParse(line, orders, default, out object? record))
        {
            return null;
        }

        return record ?? (orders.Count == 1 ? SellerLedger.CreateBuilder().Add(orders).ToImmutable().Orders[0] : null);
    }

    /// <summary>
    /// Reads a well-formed line: an order is added to <paramref name="orders"/> (which refuses it, with its problem, when a
    /// rule of <see cref="Order"/> does not hold; <paramref name="record"/> is then null),
    /// any other record is returned in <paramref name="record"/>. Returns false, adding nothing, to leave the line to the
    /// full parser.
    /// </summary>
    /// <param name="line">One line of UTF-8 JSON, without its line end.</param>
    /// <param name="orders">The batch an order is added to.</param>
    /// <param name="at">Where the line was read.</param>
    /// <param name="record">The record when it is not an order; otherwise null.</param>
    /// <returns>Whether the line was read.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryParse(ReadOnlySpan<byte> line, OrderBatch orders, SourceLocation at, out object? record)
    {
        record = null;

        // Text that is not UTF-8 is the full parser's to report, wherever it is (even in a field that would be skipped).
        if (!System.Text.Unicode.Utf8.IsValid(line))
        {
            return false;
        }

        // The kind first (as this library writes it) is read on the way; anywhere else (as other tools write it: fields
        // sorted, say) it is looked up first, and the record's reader then skips it.
        var reader = new JsonLineScanner(line);
        if (!reader.EnterObject() || !reader.NextField(out ReadOnlySpan<byte> first))
        {
            return false;
        }

        ReadOnlySpan<byte> kind;
        _kindLater = LedgerSchema.Find(first) != LedgerField.Kind;
        if (_kindLater)
        {
            if (!FindKind(line, out kind))
            {
                return false;
            }

            reader = new JsonLineScanner(line);
            _ = reader.EnterObject();
        }
        else if (reader.Peek() != JsonScanToken.String || !reader.ReadString(out kind, out bool escaped) || escaped)
        {
            return false;
        }

        LedgerKind known = LedgerSchema.FindKind(kind);
        if (known == LedgerKind.Order)
        {
            // The row is added only once the whole line is known to be well formed.
            return ReadOrder(ref reader, line, orders, at);
        }

        record = known switch
        {
            LedgerKind.Feedback => ReadFeedback(ref reader),
            LedgerKind.Return => ReadReturn(ref reader),
            LedgerKind.Contact => ReadContact(ref reader),
            LedgerKind.Claim => ReadClaim(ref reader),
            LedgerKind.Chargeback => ReadChargeback(ref reader),
            _ => null,
        };

        // Only whitespace may follow the object.
        if (record is not null && reader.AtEnd())
        {
            return true;
        }

        record = null;
        return false;
    }

    /// <summary>Finds the value of the object's top-level <c>kind</c> field, an unescaped string (false: none, or not one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool FindKind(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> kind)
    {
        kind = default;
        var scan = new JsonLineScanner(line);
        if (!scan.EnterObject())
        {
            return false;
        }

        while (scan.NextField(out ReadOnlySpan<byte> name))
        {
            if (LedgerSchema.Find(name) == LedgerField.Kind)
            {
                return scan.Peek() == JsonScanToken.String && scan.ReadString(out kind, out bool escaped) && !escaped;
            }

            if (!scan.SkipValue())
            {
                return false;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadOrder(ref JsonLineScanner r, ReadOnlySpan<byte> line, OrderBatch orders, SourceLocation at)
    {
        Utf8Field orderId = default;
        FulfillmentChannel? channel = null;
        Instant? purchasedAt = null;
        string? marketplaceId = null;
        Utf8Field buyerId = default;
        string? shipToCountry = null;
        Money? shippingPrice = null;
        Instant? latestShipDate = null;
        Instant? shippedAt = null;
        Utf8Field trackingId = default;
        Instant? firstScan = null;
        bool? protectedLabel = null;
        Instant? latestDeliveryDate = null;
        Instant? deliveredAt = null;
        Instant? cancelledAt = null;
        CancelledBy? cancelledBy = null;
        bool? cancelledByAssumed = null;
        ImmutableArray<OrderLine>? lines = null;
        var seen = new Seen(_kindLater);
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            LedgerField field = LedgerSchema.Find(name);
            bool ok = field switch
            {
                LedgerField.OrderId => seen.First(field) && Utf8(ref r, line, ref orderId),
                LedgerField.Channel => seen.First(field) && Enum(ref r, Channels, ref channel),
                LedgerField.PurchasedAt => seen.First(field) && Instant(ref r, ref purchasedAt),
                LedgerField.MarketplaceId => seen.First(field) && Symbol(ref r, ref marketplaceId),
                LedgerField.BuyerId => seen.First(field) && Utf8(ref r, line, ref buyerId),
                LedgerField.ShipToCountry => seen.First(field) && Symbol(ref r, ref shipToCountry),
                LedgerField.ShippingPrice => seen.First(field) && Money(ref r, ref shippingPrice),
                LedgerField.LatestShipDate => seen.First(field) && Instant(ref r, ref latestShipDate),
                LedgerField.ShippedAt => seen.First(field) && Instant(ref r, ref shippedAt),
                LedgerField.TrackingId => seen.First(field) && Utf8(ref r, line, ref trackingId),
                LedgerField.FirstCarrierScanAt => seen.First(field) && Instant(ref r, ref firstScan),
                LedgerField.BuyShippingClaimsProtected => seen.First(field) && Bool(ref r, ref protectedLabel),
                LedgerField.LatestDeliveryDate => seen.First(field) && Instant(ref r, ref latestDeliveryDate),
                LedgerField.DeliveredAt => seen.First(field) && Instant(ref r, ref deliveredAt),
                LedgerField.CancelledAt => seen.First(field) && Instant(ref r, ref cancelledAt),
                LedgerField.CancelledBy => seen.First(field) && Enum(ref r, CancelledByNames, ref cancelledBy),
                LedgerField.Lines => seen.First(field) && Lines(ref r, line, ref lines),
                LedgerField.CancelledByAssumed => seen.First(field) && Bool(ref r, ref cancelledByAssumed),
                _ => seen.Other(ref r, field),
            };
            if (!ok)
            {
                return false;
            }
        }

        // An empty buyer id is a problem, not an absent one: the full parser says so (as it says an assumed canceller without one).
        if (r.Failed || !orderId.Present || channel is null || purchasedAt is null || lines is null || !r.AtEnd() || (buyerId.Present && buyerId.In(line).IsEmpty)
            || (cancelledByAssumed == true && cancelledBy is null))
        {
            return false;
        }

        _ = orders.Add(
            orderId.In(line), channel.Value, purchasedAt.Value, lines.Value, at, marketplaceId, buyerId.In(line), shipToCountry, shippingPrice,
            latestShipDate, shippedAt, trackingId.In(line), firstScan, protectedLabel ?? false, latestDeliveryDate, deliveredAt, cancelledAt, cancelledBy, cancelledByAssumed ?? false);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Feedback? ReadFeedback(ref JsonLineScanner r)
    {
        string? orderId = null;
        Instant? receivedAt = null;
        int? rating = null;
        Instant? removedAt = null;
        FeedbackRemoval? removal = null;
        var seen = new Seen(_kindLater);
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            LedgerField field = LedgerSchema.Find(name);
            bool ok = field switch
            {
                LedgerField.OrderId => seen.First(field) && RequiredId(ref r, ref orderId),
                LedgerField.ReceivedAt => seen.First(field) && Instant(ref r, ref receivedAt),
                LedgerField.Rating => seen.First(field) && Int(ref r, ref rating),
                LedgerField.RemovedAt => seen.First(field) && Instant(ref r, ref removedAt),
                LedgerField.Removal => seen.First(field) && Enum(ref r, Removals, ref removal),
                _ => seen.Other(ref r, field),
            };
            if (!ok)
            {
                return null;
            }
        }

        if (r.Failed)
        {
            return null;
        }

        // A record its own check refuses is the full parser's to report.
        return orderId is null || receivedAt is null || rating is null
            || Feedback.FindViolation(new OrderId(orderId), receivedAt.Value, rating.Value, removedAt, removal) is not null
            ? null
            : new Feedback(new OrderId(orderId), receivedAt.Value, rating.Value, removedAt, removal);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AtoZClaim? ReadClaim(ref JsonLineScanner r)
    {
        string? claimId = null;
        string? orderId = null;
        Instant? filedAt = null;
        ClaimReason? reason = null;
        ClaimOutcome? outcome = null;
        Instant? decidedAt = null;
        Instant? reversedAt = null;
        var seen = new Seen(_kindLater);
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            LedgerField field = LedgerSchema.Find(name);
            bool ok = field switch
            {
                LedgerField.ClaimId => seen.First(field) && RequiredId(ref r, ref claimId),
                LedgerField.OrderId => seen.First(field) && RequiredId(ref r, ref orderId),
                LedgerField.FiledAt => seen.First(field) && Instant(ref r, ref filedAt),
                LedgerField.Reason => seen.First(field) && Enum(ref r, ClaimReasons, ref reason),
                LedgerField.Outcome => seen.First(field) && Enum(ref r, ClaimOutcomes, ref outcome),
                LedgerField.DecidedAt => seen.First(field) && Instant(ref r, ref decidedAt),
                LedgerField.ReversedAt => seen.First(field) && Instant(ref r, ref reversedAt),
                _ => seen.Other(ref r, field),
            };
            if (!ok)
            {
                return null;
            }
        }

        if (r.Failed)
        {
            return null;
        }

        return claimId is null || orderId is null || filedAt is null || reason is null
            || AtoZClaim.FindViolation(new ClaimId(claimId), new OrderId(orderId), filedAt.Value, reason.Value, outcome, decidedAt, reversedAt) is not null
            ? null
            : new AtoZClaim(new ClaimId(claimId), new OrderId(orderId), filedAt.Value, reason.Value, outcome, decidedAt, reversedAt);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Chargeback? ReadChargeback(ref JsonLineScanner r)
    {
        string? chargebackId = null;
        string? orderId = null;
        Instant? receivedAt = null;
        ChargebackType? type = null;
        ChargebackOutcome? outcome = null;
        Instant? decidedAt = null;
        var seen = new Seen(_kindLater);
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            LedgerField field = LedgerSchema.Find(name);
            bool ok = field switch
            {
                LedgerField.ChargebackId => seen.First(field) && RequiredId(ref r, ref chargebackId),
                LedgerField.OrderId => seen.First(field) && RequiredId(ref r, ref orderId),
                LedgerField.ReceivedAt => seen.First(field) && Instant(ref r, ref receivedAt),
                LedgerField.Type => seen.First(field) && Enum(ref r, ChargebackTypes, ref type),
                LedgerField.Outcome => seen.First(field) && Enum(ref r, ChargebackOutcomes, ref outcome),
                LedgerField.DecidedAt => seen.First(field) && Instant(ref r, ref decidedAt),
                _ => seen.Other(ref r, field),
            };
            if (!ok)
            {
                return null;
            }
        }

        if (r.Failed)
        {
            return null;
        }

        return chargebackId is null || orderId is null || receivedAt is null || type is null
            || Chargeback.FindViolation(new ChargebackId(chargebackId), new OrderId(orderId), receivedAt.Value, type.Value, outcome, decidedAt) is not null
            ? null
            : new Chargeback(new ChargebackId(chargebackId), new OrderId(orderId), receivedAt.Value, type.Value, outcome, decidedAt);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReturnRequest? ReadReturn(ref JsonLineScanner r)
    {
        string? returnId = null;
        string? orderId = null;
        string? sku = null;
        int? quantity = null;
        Instant? requestedAt = null;
        string? reason = null;
        bool? inPolicy = null;
        Instant? respondedAt = null;
        ReturnStatus? status = null;
        bool? rejectedIncorrectly = null;
        bool? negativeFeedback = null;
        Instant? shippedAt = null;
        Instant? receivedAt = null;
        Instant? refundedAt = null;
        Money? refundAmount = null;
        bool? returnless = null;
        var seen = new Seen(_kindLater);
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            LedgerField field = LedgerSchema.Find(name);
            bool ok = field switch
            {
                LedgerField.ReturnId => seen.First(field) && String(ref r, ref returnId),
                LedgerField.OrderId => seen.First(field) && RequiredId(ref r, ref orderId),
                LedgerField.Sku => seen.First(field) && RequiredSymbol(ref r, ref sku),
                LedgerField.Quantity => seen.First(field) && Int(ref r, ref quantity),
                LedgerField.RequestedAt => seen.First(field) && Instant(ref r, ref requestedAt),
                LedgerField.Reason => seen.First(field) && RequiredSymbol(ref r, ref reason),
                LedgerField.InPolicy => seen.First(field) && Bool(ref r, ref inPolicy),
                LedgerField.RespondedAt => seen.First(field) && Instant(ref r, ref respondedAt),
                LedgerField.Status => seen.First(field) && Enum(ref r, ReturnStatuses, ref status),
                LedgerField.RejectedIncorrectly => seen.First(field) && Bool(ref r, ref rejectedIncorrectly),
                LedgerField.NegativeReturnFeedback => seen.First(field) && Bool(ref r, ref negativeFeedback),
                LedgerField.ShippedAt => seen.First(field) && Instant(ref r, ref shippedAt),
                LedgerField.ReceivedAt => seen.First(field) && Instant(ref r, ref receivedAt),
                LedgerField.RefundedAt => seen.First(field) && Instant(ref r, ref refundedAt),
                LedgerField.RefundAmount => seen.First(field) && Money(ref r, ref refundAmount),
                LedgerField.Returnless => seen.First(field) && Bool(ref r, ref returnless),
                _ => seen.Other(ref r, field),
            };
            if (!ok)
            {
                return null;
            }
        }

        if (r.Failed)
        {
            return null;
        }

        if (orderId is null || sku is null || quantity is null || requestedAt is null || reason is null
            || (returnId is not null && ReturnId.FindViolation(returnId) is not null))
        {
            return null;
        }

        ReturnId? rma = returnId is null ? null : new ReturnId(returnId);
        ReturnStatus standing = status ?? ReturnStatus.Requested;
        return ReturnRequest.FindViolation(
                rma, new OrderId(orderId), new Sku(sku), quantity.Value, requestedAt.Value, reason, standing, respondedAt, shippedAt, receivedAt, refundedAt, refundAmount)
            is not null
            ? null
            : new ReturnRequest(
                rma, new OrderId(orderId), new Sku(sku), quantity.Value, requestedAt.Value, reason, standing, inPolicy, respondedAt, rejectedIncorrectly ?? false,
                negativeFeedback ?? false, shippedAt, receivedAt, refundedAt, refundAmount, returnless ?? false);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BuyerContact? ReadContact(ref JsonLineScanner r)
    {
        string? orderId = null;
        Instant? at = null;
        var seen = new Seen(_kindLater);
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            LedgerField field = LedgerSchema.Find(name);
            bool ok = field switch
            {
                LedgerField.OrderId => seen.First(field) && RequiredId(ref r, ref orderId),
                LedgerField.BuyerContactedAt => seen.First(field) && Instant(ref r, ref at),
                _ => seen.Other(ref r, field),
            };
            if (!ok)
            {
                return null;
            }
        }

        if (r.Failed)
        {
            return null;
        }

        return orderId is null || at is null || BuyerContact.FindViolation(new OrderId(orderId), at.Value) is not null
            ? null
            : new BuyerContact(new OrderId(orderId), at.Value);
    }

    // Each value reader is at the field's value; it reads the value and returns false to decline the line. A JSON null
    // counts as absent, as in the full parser; a required field left absent is declined after the object.

    /// <summary>The next field of the current object (false at its end, or on invalid JSON: see <see cref="JsonLineScanner.Failed"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NextField(ref JsonLineScanner r, out ReadOnlySpan<byte> name) => r.NextField(out name);

    /// <summary>Reads a JSON null (true) or a string (false, with its text); returns null to decline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool? NullOrString(ref JsonLineScanner r, out ReadOnlySpan<byte> raw, out bool escaped)
    {
        JsonScanToken token = r.Peek();
        if (token == JsonScanToken.String)
        {
            return r.ReadString(out raw, out escaped) ? false : null;
        }

        raw = default;
        escaped = false;
        return token == JsonScanToken.Null && r.ReadLiteral(token) ? true : null;
    }

    /// <summary>A required id: a string that is not blank (the full parser reports a blank one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool RequiredId(ref JsonLineScanner r, ref string? value)
        => String(ref r, ref value) && (value is null || !string.IsNullOrWhiteSpace(value));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool String(ref JsonLineScanner r, ref string? value)
    {
        switch (NullOrString(ref r, out ReadOnlySpan<byte> raw, out bool escaped))
        {
            case true:
                return true;
            case false:
                value = MakeString(raw, escaped);
                return value is not null;
            default:
                return false;
        }
    }

    /// <summary>
    /// A string field as UTF-8 bytes (an id the table keeps as bytes): where its bytes are in the line, or for an escaped
    /// string its unescaped text encoded again. A JSON null leaves it absent.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Utf8(ref JsonLineScanner r, ReadOnlySpan<byte> line, ref Utf8Field field)
    {
        switch (NullOrString(ref r, out ReadOnlySpan<byte> raw, out bool escaped))
        {
            case true:
                return true;
            case false when !escaped:
                line.Overlaps(raw, out int offset);
                field = new Utf8Field(offset, raw.Length, null, Present: true);
                return true;
            case false:
                if (JsonLineScanner.GetString(raw, escaped) is not { } text)
                {
                    return false;
                }

                field = new Utf8Field(0, 0, Encoding.UTF8.GetBytes(text), Present: true);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A string from the bytes of a JSON string: ASCII (ids) widened straight into the new string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? MakeString(ReadOnlySpan<byte> raw, bool escaped)
        => !escaped && System.Text.Ascii.IsValid(raw) ? Encoding.Latin1.GetString(raw) : JsonLineScanner.GetString(raw, escaped);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool RequiredSymbol(ref JsonLineScanner r, ref string? value)
        => Symbol(ref r, ref value) && (value is null || !string.IsNullOrWhiteSpace(value));

    /// <summary>
    /// A string of few distinct values, returned as the one shared instance of its text (from <see cref="Symbols"/>). Short
    /// unescaped texts are found by their bytes first, so that a known symbol costs neither decoding nor a lookup by chars.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Symbol(ref JsonLineScanner r, ref string? value)
    {
        switch (NullOrString(ref r, out ReadOnlySpan<byte> raw, out bool escaped))
        {
            case true:
                return true;
            case null:
                return false;
        }

        if (escaped || raw.Length > MaxCachedTextLength)
        {
            string? text = JsonLineScanner.GetString(raw, escaped);
            value = text is null ? null : Symbols.Intern(text);
            return text is not null;
        }

        bool isShort = raw.Length <= ShortSymbolCache.MaxLength;
        if (isShort && _symbolsByBytes.Find(raw) is { } known)
        {
            value = known;
            return true;
        }

        Span<char> chars = stackalloc char[raw.Length];
        if (System.Text.Unicode.Utf8.ToUtf16(raw, chars, out _, out int written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        value = Symbols.Intern(chars[..written]);
        if (isShort)
        {
            _symbolsByBytes.Add(raw, value);
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Instant(ref JsonLineScanner r, ref Instant? value)
    {
        // The writer's own forms straight from the bytes, without finding the string's end first.
        if (r.TryReadCanonicalInstant(out Instant direct))
        {
            value = direct;
            return true;
        }

        switch (NullOrString(ref r, out ReadOnlySpan<byte> raw, out bool escaped))
        {
            case true:
                return true;
            case null:
                return false;
        }

        if (!escaped && CanonicalInstant.TryParseUtf8(raw, out Instant fast))
        {
            value = fast;
            return true;
        }

        value = JsonLineScanner.GetString(raw, escaped) is { } text ? JsonRecord.ParseInstant(text) : null;
        return value is not null;
    }

    /// <summary>A whole number in Int32 range, written without fraction or exponent (as <c>TryGetInt32</c> reads it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Int(ref JsonLineScanner r, ref int? value)
    {
        JsonScanToken token = r.Peek();
        if (token == JsonScanToken.Null)
        {
            return r.ReadLiteral(token);
        }

        if (token != JsonScanToken.Number || !r.ReadNumber(out ReadOnlySpan<byte> number, out bool integer) || !integer)
        {
            return false;
        }

        bool negative = number[0] == (byte)'-';
        ReadOnlySpan<byte> digits = negative ? number[1..] : number;
        if (digits.Length > 10)
        {
            return false;
        }

        long magnitude = 0;
        foreach (byte digit in digits)
        {
            magnitude = (magnitude * 10) + (digit - '0');
        }

        long signed = negative ? -magnitude : magnitude;
        if (signed is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        value = (int)signed;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Bool(ref JsonLineScanner r, ref bool? value)
    {
        JsonScanToken token = r.Peek();
        switch (token)
        {
            case JsonScanToken.Null:
                return r.ReadLiteral(token);
            case JsonScanToken.True:
            case JsonScanToken.False:
                value = token == JsonScanToken.True;
                return r.ReadLiteral(token);
            default:
                return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Enum<TEnum>(ref JsonLineScanner r, EnumNames<TEnum> names, ref TEnum? value)
        where TEnum : struct, Enum
    {
        switch (NullOrString(ref r, out ReadOnlySpan<byte> raw, out bool escaped))
        {
            case true:
                return true;
            case null:
                return false;
        }

        if (escaped || !names.TryMatch(raw, out TEnum match))
        {
            return false;
        }

        value = match;
        return true;
    }

    /// <summary>An amount: an object with a JSON number <c>amount</c> and a <c>currency</c> (other fields ignored).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Money(ref JsonLineScanner r, ref Money? value)
    {
        JsonScanToken token = r.Peek();
        if (token == JsonScanToken.Null)
        {
            return r.ReadLiteral(token);
        }

        if (token != JsonScanToken.StartObject || !r.EnterObject())
        {
            return false;
        }

        decimal? amount = null;
        string? currency = null;
        var seen = new Seen();
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            LedgerField field = LedgerSchema.Find(name);
            bool ok = field switch
            {
                LedgerField.Amount => seen.First(field) && Decimal(ref r, ref amount),
                LedgerField.Currency => seen.First(field) && RequiredSymbol(ref r, ref currency),
                _ => seen.Other(ref r, field),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (r.Failed || amount is null || currency is null || Ledger.Money.FindViolation(amount.Value, currency) is not null)
        {
            return false;
        }

        value = new Money(amount.Value, currency);
        return true;
    }

    /// <summary>A decimal, read from the number's text by <see cref="Utf8Parser"/> exactly as <c>JsonElement.TryGetDecimal</c> does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Decimal(ref JsonLineScanner r, ref decimal? value)
    {
        JsonScanToken token = r.Peek();
        if (token == JsonScanToken.Null)
        {
            return r.ReadLiteral(token);
        }

        if (token != JsonScanToken.Number || !r.ReadNumber(out ReadOnlySpan<byte> number, out _)
            || !Utf8Parser.TryParse(number, out decimal parsed, out int consumed) || consumed != number.Length)
        {
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>
    /// The order lines. Identical lists (same JSON text) are read once and shared (see <see cref="LineListCache"/>): a
    /// seller's orders repeat a small catalogue, and the lines are immutable values.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Lines(ref JsonLineScanner r, ReadOnlySpan<byte> line, ref ImmutableArray<OrderLine>? value)
    {
        JsonScanToken token = r.Peek();
        if (token == JsonScanToken.Null)
        {
            return r.ReadLiteral(token);
        }

        if (token != JsonScanToken.StartArray)
        {
            return false;
        }

        int start = r.Position;
        if (_lineLists.TryFind(line[start..], out ImmutableArray<OrderLine> known, out int length))
        {
            r.SkipKnownValue(length);
            value = known;
            return true;
        }

        _scratchLines.Clear();
        r.EnterArray();
        while (r.NextElement())
        {
            if (r.Peek() != JsonScanToken.StartObject || ReadLine(ref r) is not { } orderLine)
            {
                return false;
            }

            _scratchLines.Add(orderLine);
        }

        if (r.Failed)
        {
            return false;
        }

        ImmutableArray<OrderLine> lines = [.. _scratchLines];
        _lineLists.Add(line[start..r.Position], lines);
        value = lines;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private OrderLine? ReadLine(ref JsonLineScanner r)
    {
        if (!r.EnterObject())
        {
            return null;
        }

        string? sku = null;
        string? asin = null;
        string? category = null;
        int? quantity = null;
        Money? unitPrice = null;
        var seen = new Seen();
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            LedgerField field = LedgerSchema.Find(name);
            bool ok = field switch
            {
                LedgerField.Sku => seen.First(field) && RequiredSymbol(ref r, ref sku),
                LedgerField.Asin => seen.First(field) && Symbol(ref r, ref asin),
                LedgerField.Category => seen.First(field) && Symbol(ref r, ref category),
                LedgerField.Quantity => seen.First(field) && Int(ref r, ref quantity),
                LedgerField.UnitPrice => seen.First(field) && Money(ref r, ref unitPrice),
                _ => seen.Other(ref r, field),
            };
            if (!ok)
            {
                return null;
            }
        }

        if (r.Failed)
        {
            return null;
        }

        if (sku is null || quantity is null || unitPrice is null || (asin is not null && Asin.FindViolation(asin) is not null))
        {
            return null;
        }

        Asin? known = asin is null ? null : new Asin(asin);
        return OrderLine.FindViolation(new Sku(sku), quantity.Value, unitPrice.Value, known, category) is not null
            ? null
            : new OrderLine(new Sku(sku), quantity.Value, unitPrice.Value, known, category);
    }

    /// <summary>The fields of one object read so far, to decline a duplicated field (which one would win is the full parser's call).</summary>
    /// <summary>A string field read as UTF-8: its place in the line, or its unescaped bytes (see <see cref="Utf8"/>).</summary>
    private readonly record struct Utf8Field(int Start, int Length, byte[]? Unescaped, bool Present)
    {
        public ReadOnlySpan<byte> In(ReadOnlySpan<byte> line) => Unescaped is { } bytes ? bytes : line.Slice(Start, Length);
    }

    private struct Seen(bool skipKind = false)
    {
        private ulong _fields;
        private bool _skipKind = skipKind; // the kind was read ahead: its field is skipped once

        /// <summary>Marks a known field as read; false when it was read before.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool First(LedgerField field)
        {
            ulong bit = 1UL << (int)field;
            if ((_fields & bit) != 0)
            {
                return false;
            }

            _fields |= bit;
            return true;
        }

        /// <summary>
        /// Skips the value of a field the record does not have (unknown fields are ignored); declines a second
        /// <c>kind</c>, whose meaning is the full parser's call.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Other(ref JsonLineScanner r, LedgerField field)
        {
            if (field == LedgerField.Kind)
            {
                if (!_skipKind)
                {
                    return false;
                }

                _skipKind = false;
            }

            return r.SkipValue();
        }
    }

    /// <summary>The names of an enum's values as UTF-8, matched ignoring ASCII case.</summary>
    private sealed class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        private readonly (byte[] Name, TEnum Value)[] _names;

        public EnumNames(params (string Name, TEnum Value)[] names)
            => _names = [.. names.Select(n => (Encoding.UTF8.GetBytes(n.Name), n.Value))];

        public static EnumNames<TEnum> All()
            => new([.. System.Enum.GetValues<TEnum>().Select(v => (System.Enum.GetName(v)!, v))]);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryMatch(ReadOnlySpan<byte> text, out TEnum value)
        {
            foreach ((byte[] name, TEnum candidate) in _names)
            {
                if (System.Text.Ascii.EqualsIgnoreCase(text, name))
                {
                    value = candidate;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
