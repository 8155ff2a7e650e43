using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// The fast path for well-formed ledger lines: one forward pass with <see cref="Utf8JsonReader"/>, fields read straight
/// into locals, no document, no per-field lookups. It reads only records it can make exactly as
/// <see cref="LedgerRecordParser"/> would, and declines everything else (returns null), so that the full parser, the one
/// place that reports problems, reads that line and names every problem.
/// </summary>
/// <remarks>
/// <para>Declined, among others: <c>kind</c> not the first field, an unknown kind, a duplicated or escaped field name, a
/// missing required field, a value of the wrong JSON type, a string amount, an enum name with spaces, a record its
/// constructor rejects, anything after the object. Declining is always safe; accepting must give the record the full
/// parser gives (checked by <c>FastRecordParserProperties</c> in the tests, on generated ledgers and on hand-made odd lines).</para>
/// <para>An instance keeps tables of the few distinct short strings (SKU, ASIN, category, marketplace, country, currency,
/// return reason) and of the distinct order-line lists it has seen, so that a large ledger holds one copy of each rather
/// than one per record. It is not thread-safe: use one per thread.</para>
/// <para>The per-line methods are marked <see cref="MethodImplOptions.AggressiveOptimization"/>: a ledger is usually read
/// once, cold, and with tiered compilation they would run unoptimised for most of the file while both cores are busy
/// parsing and the background compiler waits.</para>
/// </remarks>
internal sealed class FastRecordParser
{
    private const int MaxLineLists = 16_384;
    private const int MaxCachedTextLength = 512;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 16 };

    private static readonly EnumNames<FulfillmentChannel> Channels = new(("MFN", FulfillmentChannel.Mfn), ("AFN", FulfillmentChannel.Afn));
    private static readonly EnumNames<CancelledBy> CancelledByNames = EnumNames<CancelledBy>.All();
    private static readonly EnumNames<FeedbackRemoval> Removals = EnumNames<FeedbackRemoval>.All();
    private static readonly EnumNames<ClaimReason> ClaimReasons = EnumNames<ClaimReason>.All();
    private static readonly EnumNames<ClaimOutcome> ClaimOutcomes = EnumNames<ClaimOutcome>.All();
    private static readonly EnumNames<ChargebackType> ChargebackTypes = EnumNames<ChargebackType>.All();
    private static readonly EnumNames<ChargebackOutcome> ChargebackOutcomes = EnumNames<ChargebackOutcome>.All();
    private static readonly EnumNames<ReturnStatus> ReturnStatuses = EnumNames<ReturnStatus>.All();

    private readonly Dictionary<string, ImmutableArray<OrderLine>> _lineLists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<OrderLine>>.AlternateLookup<ReadOnlySpan<char>> _lineListLookup;
    private readonly List<OrderLine> _scratchLines = [];

    /// <summary>Gets the table of shared few-valued strings; the full parser uses it for the lines this parser declines.</summary>
    public SymbolTable Symbols { get; } = new();

    /// <summary>Creates a parser with empty tables.</summary>
    public FastRecordParser()
    {
        _lineListLookup = _lineLists.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads a well-formed line into its record, or returns null to leave the line to the full parser.</summary>
    /// <param name="line">One line of UTF-8 JSON, without its line end.</param>
    /// <returns>An <see cref="Order"/>, <see cref="Feedback"/>, <see cref="AtoZClaim"/>, <see cref="Chargeback"/>,
    /// <see cref="ReturnRequest"/> or <see cref="BuyerContact"/>; or null.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public object? TryParse(ReadOnlySpan<byte> line)
    {
        // Text that is not UTF-8 is the full parser's to report, wherever it is (even in a field that would be skipped).
        if (!System.Text.Unicode.Utf8.IsValid(line))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(line, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject
                || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || !reader.ValueSpan.SequenceEqual("kind"u8)
                || !reader.Read() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
            {
                return null;
            }

            ReadOnlySpan<byte> kind = reader.ValueSpan;
            object? record =
                kind.SequenceEqual("order"u8) ? ReadOrder(ref reader, line)
                : kind.SequenceEqual("feedback"u8) ? ReadFeedback(ref reader)
                : kind.SequenceEqual("return"u8) ? ReadReturn(ref reader)
                : kind.SequenceEqual("contact"u8) ? ReadContact(ref reader)
                : kind.SequenceEqual("claim"u8) ? ReadClaim(ref reader)
                : kind.SequenceEqual("chargeback"u8) ? ReadChargeback(ref reader)
                : null;

            // Only whitespace may follow the object; Read throws on anything else.
            return record is not null && !reader.Read() ? record : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            // A record's constructor rejected it, or text that is not valid UTF-8: the full parser says why.
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Order? ReadOrder(ref Utf8JsonReader r, ReadOnlySpan<byte> line)
    {
        string? orderId = null;
        FulfillmentChannel? channel = null;
        Instant? purchasedAt = null;
        string? marketplaceId = null;
        string? buyerId = null;
        string? shipToCountry = null;
        Money? shippingPrice = null;
        Instant? latestShipDate = null;
        Instant? shippedAt = null;
        string? trackingId = null;
        Instant? firstScan = null;
        bool? protectedLabel = null;
        Instant? latestDeliveryDate = null;
        Instant? deliveredAt = null;
        Instant? cancelledAt = null;
        CancelledBy? cancelledBy = null;
        ImmutableArray<OrderLine>? lines = null;
        var seen = new Seen();
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            bool ok = name.Length switch
            {
                7 when name.SequenceEqual("orderId"u8) => seen.First(0) && RequiredId(ref r, ref orderId),
                7 when name.SequenceEqual("channel"u8) => seen.First(1) && Enum(ref r, Channels, ref channel),
                11 when name.SequenceEqual("purchasedAt"u8) => seen.First(2) && Instant(ref r, ref purchasedAt),
                13 when name.SequenceEqual("marketplaceId"u8) => seen.First(3) && Symbol(ref r, ref marketplaceId),
                7 when name.SequenceEqual("buyerId"u8) => seen.First(4) && String(ref r, ref buyerId),
                13 when name.SequenceEqual("shipToCountry"u8) => seen.First(5) && Symbol(ref r, ref shipToCountry),
                13 when name.SequenceEqual("shippingPrice"u8) => seen.First(6) && Money(ref r, ref shippingPrice),
                14 when name.SequenceEqual("latestShipDate"u8) => seen.First(7) && Instant(ref r, ref latestShipDate),
                9 when name.SequenceEqual("shippedAt"u8) => seen.First(8) && Instant(ref r, ref shippedAt),
                10 when name.SequenceEqual("trackingId"u8) => seen.First(9) && String(ref r, ref trackingId),
                18 when name.SequenceEqual("firstCarrierScanAt"u8) => seen.First(10) && Instant(ref r, ref firstScan),
                26 when name.SequenceEqual("buyShippingClaimsProtected"u8) => seen.First(11) && Bool(ref r, ref protectedLabel),
                18 when name.SequenceEqual("latestDeliveryDate"u8) => seen.First(12) && Instant(ref r, ref latestDeliveryDate),
                11 when name.SequenceEqual("deliveredAt"u8) => seen.First(13) && Instant(ref r, ref deliveredAt),
                11 when name.SequenceEqual("cancelledAt"u8) => seen.First(14) && Instant(ref r, ref cancelledAt),
                11 when name.SequenceEqual("cancelledBy"u8) => seen.First(15) && Enum(ref r, CancelledByNames, ref cancelledBy),
                5 when name.SequenceEqual("lines"u8) => seen.First(16) && Lines(ref r, line, ref lines),
                _ => seen.Other(ref r, name),
            };
            if (!ok)
            {
                return null;
            }
        }

        if (orderId is null || channel is null || purchasedAt is null || lines is null)
        {
            return null;
        }

        return new Order(
            new OrderId(orderId), channel.Value, purchasedAt.Value, lines.Value,
            marketplaceId is null ? null : new MarketplaceId(marketplaceId),
            buyerId is null ? null : new BuyerId(buyerId),
            shipToCountry, shippingPrice, latestShipDate, shippedAt, trackingId, firstScan, protectedLabel ?? false,
            latestDeliveryDate, deliveredAt, cancelledAt, cancelledBy);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Feedback? ReadFeedback(ref Utf8JsonReader r)
    {
        string? orderId = null;
        Instant? receivedAt = null;
        int? rating = null;
        Instant? removedAt = null;
        FeedbackRemoval? removal = null;
        var seen = new Seen();
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            bool ok = name.Length switch
            {
                7 when name.SequenceEqual("orderId"u8) => seen.First(0) && RequiredId(ref r, ref orderId),
                10 when name.SequenceEqual("receivedAt"u8) => seen.First(1) && Instant(ref r, ref receivedAt),
                6 when name.SequenceEqual("rating"u8) => seen.First(2) && Int(ref r, ref rating),
                9 when name.SequenceEqual("removedAt"u8) => seen.First(3) && Instant(ref r, ref removedAt),
                7 when name.SequenceEqual("removal"u8) => seen.First(4) && Enum(ref r, Removals, ref removal),
                _ => seen.Other(ref r, name),
            };
            if (!ok)
            {
                return null;
            }
        }

        return orderId is null || receivedAt is null || rating is null
            ? null
            : new Feedback(new OrderId(orderId), receivedAt.Value, rating.Value, removedAt, removal);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AtoZClaim? ReadClaim(ref Utf8JsonReader r)
    {
        string? claimId = null;
        string? orderId = null;
        Instant? filedAt = null;
        ClaimReason? reason = null;
        ClaimOutcome? outcome = null;
        Instant? decidedAt = null;
        Instant? reversedAt = null;
        var seen = new Seen();
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            bool ok = name.Length switch
            {
                7 when name.SequenceEqual("claimId"u8) => seen.First(0) && RequiredId(ref r, ref claimId),
                7 when name.SequenceEqual("orderId"u8) => seen.First(1) && RequiredId(ref r, ref orderId),
                7 when name.SequenceEqual("filedAt"u8) => seen.First(2) && Instant(ref r, ref filedAt),
                6 when name.SequenceEqual("reason"u8) => seen.First(3) && Enum(ref r, ClaimReasons, ref reason),
                7 when name.SequenceEqual("outcome"u8) => seen.First(4) && Enum(ref r, ClaimOutcomes, ref outcome),
                9 when name.SequenceEqual("decidedAt"u8) => seen.First(5) && Instant(ref r, ref decidedAt),
                10 when name.SequenceEqual("reversedAt"u8) => seen.First(6) && Instant(ref r, ref reversedAt),
                _ => seen.Other(ref r, name),
            };
            if (!ok)
            {
                return null;
            }
        }

        return claimId is null || orderId is null || filedAt is null || reason is null
            ? null
            : new AtoZClaim(new ClaimId(claimId), new OrderId(orderId), filedAt.Value, reason.Value, outcome, decidedAt, reversedAt);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Chargeback? ReadChargeback(ref Utf8JsonReader r)
    {
        string? chargebackId = null;
        string? orderId = null;
        Instant? receivedAt = null;
        ChargebackType? type = null;
        ChargebackOutcome? outcome = null;
        Instant? decidedAt = null;
        var seen = new Seen();
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            bool ok = name.Length switch
            {
                12 when name.SequenceEqual("chargebackId"u8) => seen.First(0) && RequiredId(ref r, ref chargebackId),
                7 when name.SequenceEqual("orderId"u8) => seen.First(1) && RequiredId(ref r, ref orderId),
                10 when name.SequenceEqual("receivedAt"u8) => seen.First(2) && Instant(ref r, ref receivedAt),
                4 when name.SequenceEqual("type"u8) => seen.First(3) && Enum(ref r, ChargebackTypes, ref type),
                7 when name.SequenceEqual("outcome"u8) => seen.First(4) && Enum(ref r, ChargebackOutcomes, ref outcome),
                9 when name.SequenceEqual("decidedAt"u8) => seen.First(5) && Instant(ref r, ref decidedAt),
                _ => seen.Other(ref r, name),
            };
            if (!ok)
            {
                return null;
            }
        }

        return chargebackId is null || orderId is null || receivedAt is null || type is null
            ? null
            : new Chargeback(new ChargebackId(chargebackId), new OrderId(orderId), receivedAt.Value, type.Value, outcome, decidedAt);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReturnRequest? ReadReturn(ref Utf8JsonReader r)
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
        var seen = new Seen();
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            bool ok = name.Length switch
            {
                8 when name.SequenceEqual("returnId"u8) => seen.First(0) && String(ref r, ref returnId),
                7 when name.SequenceEqual("orderId"u8) => seen.First(1) && RequiredId(ref r, ref orderId),
                3 when name.SequenceEqual("sku"u8) => seen.First(2) && RequiredSymbol(ref r, ref sku),
                8 when name.SequenceEqual("quantity"u8) => seen.First(3) && Int(ref r, ref quantity),
                11 when name.SequenceEqual("requestedAt"u8) => seen.First(4) && Instant(ref r, ref requestedAt),
                6 when name.SequenceEqual("reason"u8) => seen.First(5) && RequiredSymbol(ref r, ref reason),
                8 when name.SequenceEqual("inPolicy"u8) => seen.First(6) && Bool(ref r, ref inPolicy),
                11 when name.SequenceEqual("respondedAt"u8) => seen.First(7) && Instant(ref r, ref respondedAt),
                6 when name.SequenceEqual("status"u8) => seen.First(8) && Enum(ref r, ReturnStatuses, ref status),
                19 when name.SequenceEqual("rejectedIncorrectly"u8) => seen.First(9) && Bool(ref r, ref rejectedIncorrectly),
                22 when name.SequenceEqual("negativeReturnFeedback"u8) => seen.First(10) && Bool(ref r, ref negativeFeedback),
                9 when name.SequenceEqual("shippedAt"u8) => seen.First(11) && Instant(ref r, ref shippedAt),
                10 when name.SequenceEqual("receivedAt"u8) => seen.First(12) && Instant(ref r, ref receivedAt),
                10 when name.SequenceEqual("refundedAt"u8) => seen.First(13) && Instant(ref r, ref refundedAt),
                12 when name.SequenceEqual("refundAmount"u8) => seen.First(14) && Money(ref r, ref refundAmount),
                10 when name.SequenceEqual("returnless"u8) => seen.First(15) && Bool(ref r, ref returnless),
                _ => seen.Other(ref r, name),
            };
            if (!ok)
            {
                return null;
            }
        }

        return orderId is null || sku is null || quantity is null || requestedAt is null || reason is null
            ? null
            : new ReturnRequest(
                returnId is null ? null : new ReturnId(returnId), new OrderId(orderId), new Sku(sku), quantity.Value, requestedAt.Value,
                reason, status ?? ReturnStatus.Requested, inPolicy, respondedAt, rejectedIncorrectly ?? false, negativeFeedback ?? false,
                shippedAt, receivedAt, refundedAt, refundAmount, returnless ?? false);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BuyerContact? ReadContact(ref Utf8JsonReader r)
    {
        string? orderId = null;
        Instant? at = null;
        var seen = new Seen();
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            bool ok = name.Length switch
            {
                7 when name.SequenceEqual("orderId"u8) => seen.First(0) && RequiredId(ref r, ref orderId),
                16 when name.SequenceEqual("buyerContactedAt"u8) => seen.First(1) && Instant(ref r, ref at),
                _ => seen.Other(ref r, name),
            };
            if (!ok)
            {
                return null;
            }
        }

        return orderId is null || at is null ? null : new BuyerContact(new OrderId(orderId), at.Value);
    }

    /// <summary>
    /// Moves to the next field of the current object and onto its value. Returns false at the end of the object; throws
    /// (declining the line) on an escaped field name, which only the full parser compares unescaped.
    /// </summary>
    private static bool NextField(ref Utf8JsonReader r, out ReadOnlySpan<byte> name)
    {
        r.Read();
        if (r.TokenType == JsonTokenType.EndObject)
        {
            name = default;
            return false;
        }

        if (r.ValueIsEscaped)
        {
            throw new InvalidOperationException("An escaped field name is left to the full parser.");
        }

        name = r.ValueSpan;
        r.Read();
        return true;
    }

    // Each value reader is on the field's value; it returns false to decline the line. A JSON null counts as absent, as
    // in the full parser; a required field left absent is declined after the object.

    /// <summary>A required id: a string that is not blank (the full parser reports a blank one).</summary>
    private static bool RequiredId(ref Utf8JsonReader r, ref string? value)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = r.GetString()!;
        return !string.IsNullOrWhiteSpace(value);
    }

    private static bool String(ref Utf8JsonReader r, ref string? value)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = r.GetString()!;
        return true;
    }

    private bool RequiredSymbol(ref Utf8JsonReader r, ref string? value)
        => Symbol(ref r, ref value) && (value is null || !string.IsNullOrWhiteSpace(value));

    /// <summary>A string of few distinct values, returned as the one shared instance of its text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Symbol(ref Utf8JsonReader r, ref string? value)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            return false;
        }

        ReadOnlySpan<byte> utf8 = r.ValueSpan;
        if (r.ValueIsEscaped || utf8.Length > MaxCachedTextLength || !System.Text.Ascii.IsValid(utf8))
        {
            value = Symbols.Intern(r.GetString()!);
            return true;
        }

        Span<char> chars = stackalloc char[utf8.Length];
        System.Text.Ascii.ToUtf16(utf8, chars, out int written);
        value = Symbols.Intern(chars[..written]);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Instant(ref Utf8JsonReader r, ref Instant? value)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (!r.ValueIsEscaped && CanonicalInstant.TryParse(r.ValueSpan, out Instant fast))
        {
            value = fast;
            return true;
        }

        value = JsonRecord.ParseInstant(r.GetString()!);
        return value is not null;
    }

    private static bool Int(ref Utf8JsonReader r, ref int? value)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.Number || !r.TryGetInt32(out int number))
        {
            return false;
        }

        value = number;
        return true;
    }

    private static bool Bool(ref Utf8JsonReader r, ref bool? value)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            default:
                return false;
        }
    }

    private static bool Enum<TEnum>(ref Utf8JsonReader r, EnumNames<TEnum> names, ref TEnum? value)
        where TEnum : struct, Enum
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || !names.TryMatch(r.ValueSpan, out TEnum match))
        {
            return false;
        }

        value = match;
        return true;
    }

    /// <summary>An amount: an object with a JSON number <c>amount</c> and a <c>currency</c> (other fields ignored).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Money(ref Utf8JsonReader r, ref Money? value)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        decimal? amount = null;
        string? currency = null;
        var seen = new Seen();
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            bool ok = name.Length switch
            {
                6 when name.SequenceEqual("amount"u8) => seen.First(0) && Decimal(ref r, ref amount),
                8 when name.SequenceEqual("currency"u8) => seen.First(1) && RequiredSymbol(ref r, ref currency),
                _ => seen.Other(ref r, name),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (amount is null || currency is null)
        {
            return false;
        }

        value = new Money(amount.Value, currency);
        return true;
    }

    private static bool Decimal(ref Utf8JsonReader r, ref decimal? value)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.Number || !r.TryGetDecimal(out decimal number))
        {
            return false;
        }

        value = number;
        return true;
    }

    /// <summary>
    /// The order lines. Identical lists (same JSON text) are read once and shared: a seller's orders repeat a small
    /// catalogue, and the lines are immutable values.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Lines(ref Utf8JsonReader r, ReadOnlySpan<byte> line, ref ImmutableArray<OrderLine>? value)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        // Find the list's text by skipping a copy of the reader; the JSON is validated either way.
        int start = (int)r.TokenStartIndex;
        Utf8JsonReader end = r;
        end.Skip();
        ReadOnlySpan<byte> text = line[start..(int)end.BytesConsumed];
        bool cacheable = text.Length <= MaxCachedTextLength && System.Text.Ascii.IsValid(text);
        Span<char> key = stackalloc char[cacheable ? text.Length : 0];
        if (cacheable)
        {
            System.Text.Ascii.ToUtf16(text, key, out _);
            if (_lineListLookup.TryGetValue(key, out ImmutableArray<OrderLine> known))
            {
                r = end;
                value = known;
                return true;
            }
        }

        _scratchLines.Clear();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType != JsonTokenType.StartObject || ReadLine(ref r) is not { } orderLine)
            {
                return false;
            }

            _scratchLines.Add(orderLine);
        }

        ImmutableArray<OrderLine> lines = [.. _scratchLines];
        if (cacheable && _lineLists.Count < MaxLineLists)
        {
            _lineLists.Add(new string(key), lines);
        }

        value = lines;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private OrderLine? ReadLine(ref Utf8JsonReader r)
    {
        string? sku = null;
        string? asin = null;
        string? category = null;
        int? quantity = null;
        Money? unitPrice = null;
        var seen = new Seen();
        while (NextField(ref r, out ReadOnlySpan<byte> name))
        {
            bool ok = name.Length switch
            {
                3 when name.SequenceEqual("sku"u8) => seen.First(0) && RequiredSymbol(ref r, ref sku),
                4 when name.SequenceEqual("asin"u8) => seen.First(1) && Symbol(ref r, ref asin),
                8 when name.SequenceEqual("category"u8) => seen.First(2) && Symbol(ref r, ref category),
                8 when name.SequenceEqual("quantity"u8) => seen.First(3) && Int(ref r, ref quantity),
                9 when name.SequenceEqual("unitPrice"u8) => seen.First(4) && Money(ref r, ref unitPrice),
                _ => seen.Other(ref r, name),
            };
            if (!ok)
            {
                return null;
            }
        }

        return sku is null || quantity is null || unitPrice is null
            ? null
            : new OrderLine(new Sku(sku), quantity.Value, unitPrice.Value, asin is null ? null : new Asin(asin), category);
    }

    /// <summary>The fields of one object read so far, to decline a duplicated field (which one would win is the full parser's call).</summary>
    private struct Seen
    {
        private ulong _fields;

        /// <summary>Marks a known field as read; false when it was read before.</summary>
        public bool First(int field)
        {
            ulong bit = 1UL << field;
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
        public readonly bool Other(ref Utf8JsonReader r, scoped ReadOnlySpan<byte> name)
        {
            if (name.SequenceEqual("kind"u8))
            {
                return false;
            }

            r.Skip();
            return true;
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
