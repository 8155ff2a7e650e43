using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>The record kinds of a ledger line (the value of its <c>kind</c> field; see <see cref="LedgerSchema"/>).</summary>
internal enum LedgerKind : byte
{
    /// <summary>Not a kind of the format.</summary>
    None,

    /// <summary><c>order</c>: an <see cref="Ledger.Order"/>.</summary>
    Order,

    /// <summary><c>feedback</c>: a <see cref="Ledger.Feedback"/>.</summary>
    Feedback,

    /// <summary><c>claim</c>: an <see cref="AtoZClaim"/>.</summary>
    Claim,

    /// <summary><c>chargeback</c>: a <see cref="Ledger.Chargeback"/>.</summary>
    Chargeback,

    /// <summary><c>return</c>: a <see cref="ReturnRequest"/>.</summary>
    Return,

    /// <summary><c>contact</c>: a <see cref="BuyerContact"/>.</summary>
    Contact,
}

/// <summary>The fields of the ledger format, of every record kind and of the objects inside them (an order line, an amount).</summary>
/// <remarks>Fewer than 64, so that a reader can mark the fields of an object it has read as bits of one <see cref="ulong"/>.</remarks>
internal enum LedgerField : byte
{
    /// <summary>Not a field of the format.</summary>
    None,
    Kind,
    OrderId,
    Channel,
    PurchasedAt,
    MarketplaceId,
    BuyerId,
    ShipToCountry,
    Lines,
    ShippingPrice,
    LatestShipDate,
    ShippedAt,
    TrackingId,
    FirstCarrierScanAt,
    BuyShippingClaimsProtected,
    LatestDeliveryDate,
    DeliveredAt,
    CancelledAt,
    CancelledBy,
    CancelledByAssumed,
    ReceivedAt,
    Rating,
    RemovedAt,
    Removal,
    ClaimId,
    FiledAt,
    Reason,
    Outcome,
    DecidedAt,
    ReversedAt,
    ChargebackId,
    Type,
    ReturnId,
    Sku,
    Quantity,
    RequestedAt,
    InPolicy,
    RespondedAt,
    Status,
    RejectedIncorrectly,
    NegativeReturnFeedback,
    RefundedAt,
    RefundAmount,
    Returnless,
    BuyerContactedAt,
    Asin,
    Category,
    UnitPrice,
    Amount,
    Currency,
}

/// <summary>What a field's value is in the JSON Lines format (docs/ledger-format.md).</summary>
internal enum LedgerValueKind : byte
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>An ISO-8601 instant with an offset, as a string.</summary>
    Instant,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A decimal: a JSON number (or a decimal string).</summary>
    Decimal,

    /// <summary>One of an enum's spellings (<see cref="LedgerSchema.Channels"/>, or the enum's names), matched ignoring case.</summary>
    Enum,

    /// <summary>An amount: <c>{"amount": 19.99, "currency": "USD"}</c>.</summary>
    Money,

    /// <summary>An array of order lines.</summary>
    Lines,
}

/// <summary>
/// The JSON Lines ledger format's schema, in one place: the record kinds, every field's name (as UTF-8 and as text) and the
/// kind of its value, and the spellings of enum values. The fast parser (<see cref="FastRecordParser"/>), the full parser
/// (<see cref="LedgerRecordParser"/>, <see cref="JsonRecord"/>), the writer (<see cref="LedgerWriter"/>) and the Parquet
/// columns (<see cref="LedgerParquet"/>) take their names from here, so a name or a spelling is written once.
/// </summary>
internal static class LedgerSchema
{
    /// <summary>The longest field name, in bytes (names are ASCII).</summary>
    public const int MaxNameLength = 32;

    private const int SlotMask = 255;

    /// <summary>The fields: name and value kind, in <see cref="LedgerField"/> order (checked by the static constructor).</summary>
    private static readonly (LedgerField Field, string Name, LedgerValueKind Value)[] Fields =
    [
        (LedgerField.None, "", LedgerValueKind.Text),
        (LedgerField.Kind, "kind", LedgerValueKind.Text),
        (LedgerField.OrderId, "orderId", LedgerValueKind.Text),
        (LedgerField.Channel, "channel", LedgerValueKind.Enum),
        (LedgerField.PurchasedAt, "purchasedAt", LedgerValueKind.Instant),
        (LedgerField.MarketplaceId, "marketplaceId", LedgerValueKind.Text),
        (LedgerField.BuyerId, "buyerId", LedgerValueKind.Text),
        (LedgerField.ShipToCountry, "shipToCountry", LedgerValueKind.Text),
        (LedgerField.Lines, "lines", LedgerValueKind.Lines),
        (LedgerField.ShippingPrice, "shippingPrice", LedgerValueKind.Money),
        (LedgerField.LatestShipDate, "latestShipDate", LedgerValueKind.Instant),
        (LedgerField.ShippedAt, "shippedAt", LedgerValueKind.Instant),
        (LedgerField.TrackingId, "trackingId", LedgerValueKind.Text),
        (LedgerField.FirstCarrierScanAt, "firstCarrierScanAt", LedgerValueKind.Instant),
        (LedgerField.BuyShippingClaimsProtected, "buyShippingClaimsProtected", LedgerValueKind.Boolean),
        (LedgerField.LatestDeliveryDate, "latestDeliveryDate", LedgerValueKind.Instant),
        (LedgerField.DeliveredAt, "deliveredAt", LedgerValueKind.Instant),
        (LedgerField.CancelledAt, "cancelledAt", LedgerValueKind.Instant),
        (LedgerField.CancelledBy, "cancelledBy", LedgerValueKind.Enum),
        (LedgerField.CancelledByAssumed, "cancelledByAssumed", LedgerValueKind.Boolean),
        (LedgerField.ReceivedAt, "receivedAt", LedgerValueKind.Instant),
        (LedgerField.Rating, "rating", LedgerValueKind.Integer),
        (LedgerField.RemovedAt, "removedAt", LedgerValueKind.Instant),
        (LedgerField.Removal, "removal", LedgerValueKind.Enum),
        (LedgerField.ClaimId, "claimId", LedgerValueKind.Text),
        (LedgerField.FiledAt, "filedAt", LedgerValueKind.Instant),
        (LedgerField.Reason, "reason", LedgerValueKind.Text), // a claim's is an enum, a return's Amazon's code
        (LedgerField.Outcome, "outcome", LedgerValueKind.Enum),
        (LedgerField.DecidedAt, "decidedAt", LedgerValueKind.Instant),
        (LedgerField.ReversedAt, "reversedAt", LedgerValueKind.Instant),
        (LedgerField.ChargebackId, "chargebackId", LedgerValueKind.Text),
        (LedgerField.Type, "type", LedgerValueKind.Enum),
        (LedgerField.ReturnId, "returnId", LedgerValueKind.Text),
        (LedgerField.Sku, "sku", LedgerValueKind.Text),
        (LedgerField.Quantity, "quantity", LedgerValueKind.Integer),
        (LedgerField.RequestedAt, "requestedAt", LedgerValueKind.Instant),
        (LedgerField.InPolicy, "inPolicy", LedgerValueKind.Boolean),
        (LedgerField.RespondedAt, "respondedAt", LedgerValueKind.Instant),
        (LedgerField.Status, "status", LedgerValueKind.Enum),
        (LedgerField.RejectedIncorrectly, "rejectedIncorrectly", LedgerValueKind.Boolean),
        (LedgerField.NegativeReturnFeedback, "negativeReturnFeedback", LedgerValueKind.Boolean),
        (LedgerField.RefundedAt, "refundedAt", LedgerValueKind.Instant),
        (LedgerField.RefundAmount, "refundAmount", LedgerValueKind.Money),
        (LedgerField.Returnless, "returnless", LedgerValueKind.Boolean),
        (LedgerField.BuyerContactedAt, "buyerContactedAt", LedgerValueKind.Instant),
        (LedgerField.Asin, "asin", LedgerValueKind.Text),
        (LedgerField.Category, "category", LedgerValueKind.Text),
        (LedgerField.UnitPrice, "unitPrice", LedgerValueKind.Money),
        (LedgerField.Amount, "amount", LedgerValueKind.Decimal),
        (LedgerField.Currency, "currency", LedgerValueKind.Text),
    ];

    /// <summary>The record kinds' names, in <see cref="LedgerKind"/> order.</summary>
    private static readonly string[] KindNames = ["", "order", "feedback", "claim", "chargeback", "return", "contact"];

    private static readonly byte[][] Utf8Names = [.. Fields.Select(f => Encoding.UTF8.GetBytes(f.Name))];
    private static readonly JsonEncodedText[] JsonNames = [.. Fields.Select(f => JsonEncodedText.Encode(f.Name))];
    private static readonly byte[][] Utf8Kinds = [.. KindNames.Select(Encoding.UTF8.GetBytes)];
    private static readonly JsonEncodedText[] JsonKinds = [.. KindNames.Select(k => JsonEncodedText.Encode(k))];

    // Field names by a hash of their bytes (open addressing; 0 is an empty slot), so that a reader finds a name's field with
    // one look-up and one comparison.
    private static readonly byte[] Slots = BuildSlots();

    /// <summary>Gets the spellings of <see cref="FulfillmentChannel"/> (the format's own; other enums are spelled by their names).</summary>
    public static ImmutableArray<(string Name, FulfillmentChannel Value)> Channels { get; } = [("MFN", FulfillmentChannel.Mfn), ("AFN", FulfillmentChannel.Afn)];

    /// <summary>Gets the record kinds as the message of a bad <c>kind</c> lists them: <c>order, feedback, ...</c>.</summary>
    public static string KindList { get; } = string.Join(", ", KindNames.Skip(1));

    /// <summary>Gets every field of the format (without <see cref="LedgerField.None"/>).</summary>
    public static IEnumerable<LedgerField> AllFields => Fields.Skip(1).Select(f => f.Field);

    /// <summary>Returns the name of <paramref name="field"/> as written in the file.</summary>
    public static string Name(LedgerField field) => Fields[(int)field].Name;

    /// <summary>Returns the name of <paramref name="field"/> as UTF-8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Utf8(LedgerField field) => Utf8Names[(int)field];

    /// <summary>Returns the name of <paramref name="field"/> encoded for <see cref="Utf8JsonWriter"/>.</summary>
    public static JsonEncodedText Json(LedgerField field) => JsonNames[(int)field];

    /// <summary>Returns what the value of <paramref name="field"/> is.</summary>
    public static LedgerValueKind ValueOf(LedgerField field) => Fields[(int)field].Value;

    /// <summary>Returns the name of record kind <paramref name="kind"/> (the value of its <c>kind</c> field).</summary>
    public static string Name(LedgerKind kind) => KindNames[(int)kind];

    /// <summary>Returns the name of record kind <paramref name="kind"/> encoded for <see cref="Utf8JsonWriter"/>.</summary>
    public static JsonEncodedText Json(LedgerKind kind) => JsonKinds[(int)kind];

    /// <summary>Returns the spelling of <paramref name="channel"/> in the file (<c>MFN</c>, <c>AFN</c>).</summary>
    public static string Name(FulfillmentChannel channel) => channel == FulfillmentChannel.Mfn ? Channels[0].Name : Channels[1].Name;

    /// <summary>Returns the field named <paramref name="name"/> (exact bytes, no escapes), or <see cref="LedgerField.None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LedgerField Find(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty || name.Length > MaxNameLength)
        {
            return LedgerField.None;
        }

        byte[] slots = Slots;
        byte[][] names = Utf8Names;
        for (int slot = Slot(name); ; slot = (slot + 1) & SlotMask)
        {
            byte field = slots[slot];
            if (field == 0 || name.SequenceEqual(names[field]))
            {
                return (LedgerField)field;
            }
        }
    }

    /// <summary>Returns the record kind named <paramref name="name"/> (exact bytes), or <see cref="LedgerKind.None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LedgerKind FindKind(ReadOnlySpan<byte> name)
    {
        byte[][] kinds = Utf8Kinds;
        for (int i = 1; i < kinds.Length; i++)
        {
            if (name.SequenceEqual(kinds[i]))
            {
                return (LedgerKind)i;
            }
        }

        return LedgerKind.None;
    }

    /// <summary>Returns the record kind named <paramref name="name"/> (exact text), or <see cref="LedgerKind.None"/>.</summary>
    public static LedgerKind FindKind(ReadOnlySpan<char> name)
    {
        for (int i = 1; i < KindNames.Length; i++)
        {
            if (name.SequenceEqual(KindNames[i]))
            {
                return (LedgerKind)i;
            }
        }

        return LedgerKind.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ReadOnlySpan<byte> name)
        => ((name.Length * 31) + (name[0] * 7) + (name[^1] * 3) + name[name.Length >> 1]) & SlotMask;

    private static byte[] BuildSlots()
    {
        var slots = new byte[SlotMask + 1];
        for (int i = 1; i < Fields.Length; i++)
        {
            if (Fields[i].Field != (LedgerField)i || Fields[i].Name.Length > MaxNameLength || !Ascii.IsValid(Fields[i].Name))
            {
                throw new InvalidOperationException($"LedgerSchema: field {i} ({Fields[i].Name}) is out of order, too long or not ASCII.");
            }

            int slot = Slot(Utf8Names[i]);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & SlotMask;
            }

            slots[slot] = (byte)i;
        }

        return slots;
    }
}
