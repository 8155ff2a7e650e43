using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using NodaTime;
using NodaTime.HighPerformance;

namespace SellerPolicy.Ledger;

/// <summary>
/// One order as a row of an <see cref="OrderRows"/> table: the values of an <see cref="Order"/> without the object, its ids
/// as UTF-8 bytes in the table's text and its few-valued strings as numbers of the table's symbols.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct OrderRow
{
    /// <summary>The purchase instant (default when <see cref="Order.Present.Wide"/> is set).</summary>
    public Instant64 PurchasedAt;

    /// <summary>The other instants as whole milliseconds after the purchase (when present; see <see cref="Order.Present"/>).</summary>
    public int LatestShipDate;
    public int ShippedAt;
    public int FirstCarrierScanAt;
    public int LatestDeliveryDate;
    public int DeliveredAt;
    public int CancelledAt;

    /// <summary>The shipping price's amount as a decimal's signed coefficient, with <see cref="ShippingScale"/> (its currency is the lines').</summary>
    public long ShippingUnits;

    /// <summary>The item lines.</summary>
    public ImmutableArray<OrderLine> Lines;

    /// <summary>Where the order id's bytes start in the text; the buyer id's and the tracking id's follow them.</summary>
    public long Text;
    public int OrderIdLength;
    public int BuyerIdLength;    // 0: none
    public int TrackingIdLength; // 0: none

    /// <summary>Symbol numbers plus one (0: none).</summary>
    public int Marketplace;
    public int Country;

    public Order.Present Present;

    /// <summary>The channel in the low four bits, who cancelled in the high four.</summary>
    public byte ChannelAndCancelledBy;
    public byte ShippingScale;
}

/// <summary>
/// The orders of a ledger (or of a builder) as a table: rows of values, the ids' UTF-8 bytes in pages of text, few-valued
/// strings once each. About a third of the memory of <see cref="Order"/> objects and their id strings, and nothing for the
/// collector to trace but the line lists. An <see cref="Order"/> is made from a row when asked for.
/// </summary>
/// <remarks>Appended to while a builder or a reader fills it; <see cref="Freeze"/> makes it read-only for good.</remarks>
internal sealed class OrderRows
{
    private readonly TextPages _text;
    private readonly List<string> _symbols;
    private readonly Dictionary<string, int> _symbolNumbers;
    private OrderRow[] _rows;
    private SourceLocation?[]? _locations;
    private Dictionary<long, Instant[]>? _wide; // the seven instants of rows flagged Wide, by OrderRow.Text
    private Dictionary<long, decimal>? _wideShipping; // shipping amounts of rows flagged WideShipping, by OrderRow.Text
    private bool _frozen;
    // The two symbols looked up last, and their numbers: most orders repeat their neighbour's marketplace and country.
    private string? _recentSymbol0;
    private string? _recentSymbol1;
    private int _recentNumber0;
    private int _recentNumber1;
    private OrderRows? _symbolSource; // the table AddRowOf copied from last, and its symbol numbers here (0: not yet seen)
    private int[] _symbolMap = [];

    public OrderRows(int capacity = 4)
    {
        _rows = new OrderRow[Math.Max(capacity, 4)];
        _text = new TextPages(firstPage: capacity * 48); // about the ids of that many Amazon orders
        _symbols = [];
        _symbolNumbers = new(StringComparer.Ordinal);
    }

    private OrderRows(OrderRows source, OrderRow[] rows, int count, SourceLocation?[]? locations)
    {
        _rows = rows;
        Count = count;
        _locations = locations;
        _text = source._text;
        _symbols = source._symbols;
        _symbolNumbers = source._symbolNumbers;
        _wide = source._wide;
        _wideShipping = source._wideShipping;
        _frozen = true;
    }

    /// <summary>Gets the number of rows.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the bytes held by the rows and the ids' text (for the memory report of the benchmarks).</summary>
    public long ApproximateBytes => ((long)_rows.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<OrderRow>()) + _text.Capacity;

    /// <summary>
    /// Makes the table read-only (a ledger's), and lets go of what only adding needed: the table <see cref="AddRowOf"/>
    /// copied from last (a builder's whole table of the orders added, or a batch of the reader) and the symbols looked up
    /// last, so that a ledger's table keeps no other table alive.
    /// </summary>
    /// <returns>This table.</returns>
    public OrderRows Freeze()
    {
        _frozen = true;
        _symbolSource = null;
        _symbolMap = [];
        _recentSymbol0 = _recentSymbol1 = null;
        return this;
    }

    /// <summary>Returns row <paramref name="i"/>.</summary>
    public ref readonly OrderRow Row(int i) => ref _rows[i];

    /// <summary>Returns where row <paramref name="i"/> was read, when known.</summary>
    public SourceLocation? LocationOf(int i) => _locations?[i];

    /// <summary>Returns the key of row <paramref name="i"/>'s order id (see <see cref="Utf8Ids.KeyOf(ReadOnlySpan{byte}, Span{byte})"/>): what ids are hashed and matched by.</summary>
    public ReadOnlySpan<byte> OrderIdKey(int i) => _text.Get(_rows[i].Text, _rows[i].OrderIdLength);

    /// <summary>Returns row <paramref name="i"/>'s order id as text.</summary>
    public string OrderIdText(int i)
    {
        Span<byte> scratch = stackalloc byte[19];
        return Encoding.UTF8.GetString(Utf8Ids.TextOf(OrderIdKey(i), scratch));
    }

    /// <summary>Returns row <paramref name="i"/>'s order id.</summary>
    public OrderId OrderIdAt(int i) => new(OrderIdText(i));

    /// <summary>Returns row <paramref name="i"/>'s buyer id as text (empty when none).</summary>
    public string BuyerIdText(int i)
    {
        ref readonly OrderRow r = ref _rows[i];
        return Encoding.UTF8.GetString(_text.Get(r.Text + r.OrderIdLength, r.BuyerIdLength));
    }

    /// <summary>Returns row <paramref name="i"/>'s tracking id as text (empty when none).</summary>
    public string TrackingIdText(int i)
    {
        ref readonly OrderRow r = ref _rows[i];
        return Encoding.UTF8.GetString(_text.Get(r.Text + r.OrderIdLength + r.BuyerIdLength, r.TrackingIdLength));
    }

    /// <summary>Returns the text of a symbol number plus one (null for 0).</summary>
    public string? Symbol(int number) => number == 0 ? null : _symbols[number - 1];

    /// <summary>Returns the seven instants of a row with <see cref="Order.Present.Wide"/> set.</summary>
    public Instant[] WideInstants(int i) => _wide![_rows[i].Text];

    /// <summary>Returns row <paramref name="i"/>'s purchase instant.</summary>
    public Instant PurchasedAt(int i)
        => (_rows[i].Present & Order.Present.Wide) != 0 ? WideInstants(i)[0] : _rows[i].PurchasedAt.ToInstant();

    /// <summary>Returns the shipping amount of row <paramref name="i"/> (0 when it has none).</summary>
    public decimal ShippingAmount(int i)
    {
        ref readonly OrderRow r = ref _rows[i];
        if ((r.Present & Order.Present.WideShipping) != 0)
        {
            return _wideShipping![r.Text];
        }

        ulong magnitude = (ulong)Math.Abs(r.ShippingUnits);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, r.ShippingUnits < 0, r.ShippingScale);
    }

    /// <summary>
    /// Returns an instant of <paramref name="row"/>: the purchase plus <paramref name="offset"/> milliseconds (every instant
    /// of a row that is not Wide fits an <see cref="Instant64"/>: <see cref="Fill"/> checks it).
    /// </summary>
    public static Instant64 At(in OrderRow row, int offset) => row.PurchasedAt.PlusNanoseconds(offset * 1_000_000L);

    /// <summary>Returns the instants of row <paramref name="i"/> the account-health rules read.</summary>
    public OrderFacts FactsAt(int i)
    {
        ref readonly OrderRow r = ref _rows[i];
        Order.Present p = r.Present;
        var channel = (FulfillmentChannel)(r.ChannelAndCancelledBy & 0xF);
        CancelledBy? by = (p & Order.Present.CancelledBy) != 0 ? (CancelledBy)(r.ChannelAndCancelledBy >> 4) : null;
        bool tracking = r.TrackingIdLength != 0;
        if ((p & Order.Present.Wide) != 0)
        {
            Instant[] w = WideInstants(i);
            return new OrderFacts(
                channel, w[0], Get(p, Order.Present.LatestShipDate, w[1]), Get(p, Order.Present.ShippedAt, w[2]),
                Get(p, Order.Present.FirstCarrierScanAt, w[3]), tracking, Get(p, Order.Present.LatestDeliveryDate, w[4]),
                Get(p, Order.Present.DeliveredAt, w[5]), Get(p, Order.Present.CancelledAt, w[6]), by);
        }

        Instant purchased = r.PurchasedAt.ToInstant();
        return new OrderFacts(
            channel, purchased, After(p, Order.Present.LatestShipDate, r.LatestShipDate),
            After(p, Order.Present.ShippedAt, r.ShippedAt), After(p, Order.Present.FirstCarrierScanAt, r.FirstCarrierScanAt), tracking,
            After(p, Order.Present.LatestDeliveryDate, r.LatestDeliveryDate), After(p, Order.Present.DeliveredAt, r.DeliveredAt),
            After(p, Order.Present.CancelledAt, r.CancelledAt), by);

        static Instant? Get(Order.Present present, Order.Present bit, Instant value) => (present & bit) != 0 ? value : null;
        Instant? After(Order.Present present, Order.Present bit, int milliseconds)
            => (present & bit) != 0 ? purchased + Duration.FromMilliseconds(milliseconds) : null;
    }

    /// <summary>Returns whether row <paramref name="i"/>'s canceller is an assumption of the import (<see cref="Order.CancelledByAssumed"/>).</summary>
    public bool CancelledByAssumedAt(int i) => (_rows[i].Present & Order.Present.CancelledByAssumed) != 0;

    /// <summary>Returns the <see cref="Order"/> of row <paramref name="i"/> (a new object each time).</summary>
    public Order OrderAt(int i) => new(this, i);

    /// <summary>Adds an order, its line list shared with an identical one of <paramref name="shared"/> when there is one.</summary>
    public void Add(Order order, SourceLocation? at, SharedLineLists? shared = null)
    {
        ref OrderRow row = ref Append(at);
        Span<byte> buffer = stackalloc byte[256];
        row.Text = AppendIds(order.OrderId.Value, order.BuyerId?.Value, order.TrackingId, buffer, ref row);
        row.Marketplace = SymbolNumber(order.MarketplaceId?.Value);
        row.Country = SymbolNumber(order.ShipToCountry);
        Fill(
            ref row, order.Channel, order.PurchasedAt, shared is null ? order.Lines : shared.Share(order.Lines), order.MarketplaceId is not null, order.BuyerId is not null, order.ShippingPrice?.Amount,
            order.LatestShipDate, order.ShippedAt, order.FirstCarrierScanAt, order.BuyShippingClaimsProtected, order.LatestDeliveryDate, order.DeliveredAt,
            order.CancelledAt, order.CancelledBy);
        if (order.CancelledByAssumed)
        {
            row.Present |= Order.Present.CancelledByAssumed;
        }
    }

    /// <summary>
    /// Adds an order given as UTF-8 ids and values, without making an <see cref="Order"/>, when the rules of
    /// <see cref="Order"/> hold (<see cref="Order.FindValueViolation"/>, the same place the constructor checks them).
    /// </summary>
    /// <returns>Null when the order was added; otherwise the first rule that does not hold (nothing is added).</returns>
    public RuleViolation? TryAdd(
        ReadOnlySpan<byte> orderId, FulfillmentChannel channel, Instant purchasedAt, ImmutableArray<OrderLine> lines, string? marketplaceId,
        ReadOnlySpan<byte> buyerId, bool hasBuyerId, string? shipToCountry, Money? shippingPrice, Instant? latestShipDate, Instant? shippedAt,
        ReadOnlySpan<byte> trackingId, Instant? firstCarrierScanAt, bool buyShippingClaimsProtected, Instant? latestDeliveryDate, Instant? deliveredAt,
        Instant? cancelledAt, CancelledBy? cancelledBy, SourceLocation? at, bool cancelledByAssumed = false)
    {
        if (cancelledByAssumed && cancelledBy is null)
        {
            return new RuleViolation(nameof(cancelledByAssumed), "cancelledByAssumed needs a cancelledBy (the canceller that was assumed).");
        }

        if (Utf8Ids.IsBlank(orderId))
        {
            return new RuleViolation(nameof(orderId), "orderId must not be empty or white space.");
        }

        if (hasBuyerId && Utf8Ids.IsBlank(buyerId))
        {
            return new RuleViolation(nameof(buyerId), "buyerId must not be empty or white space.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(orderId) || !System.Text.Unicode.Utf8.IsValid(buyerId) || !System.Text.Unicode.Utf8.IsValid(trackingId))
        {
            string field = !System.Text.Unicode.Utf8.IsValid(orderId) ? nameof(orderId) : !System.Text.Unicode.Utf8.IsValid(buyerId) ? nameof(buyerId) : nameof(trackingId);
            return new RuleViolation(field, $"{field} must be well-formed UTF-8 text.");
        }

        // The id is only needed for the messages, so it is decoded only when a rule fails (and the rules checked again with it).
        if (RuleViolation.NotBlank(marketplaceId, nameof(marketplaceId)) is { } blank)
        {
            return blank;
        }

        if (Order.FindValueViolation("?", channel, purchasedAt, lines, shippingPrice?.Currency, shipToCountry, shippedAt, firstCarrierScanAt, deliveredAt, cancelledAt, cancelledBy) is not null)
        {
            return Order.FindValueViolation(
                Encoding.UTF8.GetString(orderId), channel, purchasedAt, lines, shippingPrice?.Currency, shipToCountry, shippedAt, firstCarrierScanAt, deliveredAt, cancelledAt, cancelledBy);
        }

        if (shippingPrice is { Amount: < 0 })
        {
            return Order.ShippingPriceViolation(Encoding.UTF8.GetString(orderId), shippingPrice);
        }

        ref OrderRow row = ref Append(at);
        if (Utf8Ids.IsBlank(trackingId))
        {
            trackingId = default;
        }

        Span<byte> scratch = stackalloc byte[Utf8Ids.PackedOrderIdLength];
        ReadOnlySpan<byte> key = Utf8Ids.KeyOf(orderId, scratch);
        row.Text = _text.Append(key, hasBuyerId ? buyerId : default, trackingId);
        row.OrderIdLength = key.Length;
        row.BuyerIdLength = hasBuyerId ? buyerId.Length : 0;
        row.TrackingIdLength = trackingId.Length;
        row.Marketplace = SymbolNumber(marketplaceId);
        row.Country = SymbolNumber(shipToCountry);
        Fill(
            ref row, channel, purchasedAt, lines, marketplaceId is not null, hasBuyerId, shippingPrice?.Amount, latestShipDate, shippedAt, firstCarrierScanAt,
            buyShippingClaimsProtected, latestDeliveryDate, deliveredAt, cancelledAt, cancelledBy);
        if (cancelledByAssumed)
        {
            row.Present |= Order.Present.CancelledByAssumed;
        }

        return null;
    }

    /// <summary>Adds row <paramref name="i"/> of <paramref name="source"/> (its ids, symbols and wide instants copied here).</summary>
    public void AddRowOf(OrderRows source, int i, bool keepLocation)
    {
        ref readonly OrderRow from = ref source._rows[i];
        ref OrderRow row = ref Append(keepLocation ? source.LocationOf(i) : null);
        row = from;
        int length = from.OrderIdLength + from.BuyerIdLength + from.TrackingIdLength;
        row.Text = _text.Append(source._text.Get(from.Text, length), default, default);
        row.Marketplace = MappedSymbol(source, from.Marketplace);
        row.Country = MappedSymbol(source, from.Country);
        if ((from.Present & Order.Present.Wide) != 0)
        {
            (_wide ??= [])[row.Text] = source.WideInstants(i);
        }

        if ((from.Present & Order.Present.WideShipping) != 0)
        {
            (_wideShipping ??= [])[row.Text] = source._wideShipping![from.Text];
        }
    }

    /// <summary>Returns a table without the rows for which <paramref name="remove"/> holds (this one is left as it is).</summary>
    /// <returns>The rows kept, and how many were removed.</returns>
    public (OrderRows Kept, int Removed) Without(Func<Order, bool> remove)
    {
        var rows = new OrderRow[Math.Max(Count, 4)];
        SourceLocation?[]? locations = _locations is null ? null : new SourceLocation?[rows.Length];
        int kept = 0;
        for (int i = 0; i < Count; i++)
        {
            if (!remove(OrderAt(i)))
            {
                rows[kept] = _rows[i];
                if (locations is not null)
                {
                    locations[kept] = _locations![i];
                }

                kept++;
            }
        }

        return (new OrderRows(this, rows, kept, locations), Count - kept);
    }

    /// <summary>Sets every value of a row but its ids and symbols (which are set first: the wide tables are keyed by the text).</summary>
    private void Fill(
        ref OrderRow row, FulfillmentChannel channel, Instant purchasedAt, ImmutableArray<OrderLine> lines, bool hasMarketplace, bool hasBuyerId,
        decimal? shippingAmount, Instant? latestShipDate, Instant? shippedAt, Instant? firstCarrierScanAt, bool buyShippingClaimsProtected,
        Instant? latestDeliveryDate, Instant? deliveredAt, Instant? cancelledAt, CancelledBy? cancelledBy)
    {
        row.Lines = lines;
        row.ChannelAndCancelledBy = (byte)((int)channel | (cancelledBy is { } by ? (int)by << 4 : 0));
        row.Present = Order.InstantBits(latestShipDate, shippedAt, firstCarrierScanAt, latestDeliveryDate, deliveredAt, cancelledAt)
            | (cancelledBy is null ? 0 : Order.Present.CancelledBy)
            | (hasMarketplace ? Order.Present.MarketplaceId : 0)
            | (hasBuyerId ? Order.Present.BuyerId : 0)
            | (shippingAmount is null ? 0 : Order.Present.ShippingPrice)
            | (buyShippingClaimsProtected ? Order.Present.BuyShippingClaimsProtected : 0);
        if (shippingAmount is { } amount && !TryPackAmount(amount, out row.ShippingUnits, out row.ShippingScale))
        {
            row.Present |= Order.Present.WideShipping;
            (_wideShipping ??= [])[row.Text] = amount;
        }

        bool compact = Instant64s.TryPack(purchasedAt, out row.PurchasedAt)
            & Offset(latestShipDate, out row.LatestShipDate)
            & Offset(shippedAt, out row.ShippedAt)
            & Offset(firstCarrierScanAt, out row.FirstCarrierScanAt)
            & Offset(latestDeliveryDate, out row.LatestDeliveryDate)
            & Offset(deliveredAt, out row.DeliveredAt)
            & Offset(cancelledAt, out row.CancelledAt);
        if (!compact)
        {
            row.PurchasedAt = default;
            row.LatestShipDate = row.ShippedAt = row.FirstCarrierScanAt = row.LatestDeliveryDate = row.DeliveredAt = row.CancelledAt = 0;
            row.Present |= Order.Present.Wide;
            (_wide ??= [])[row.Text] =
            [
                purchasedAt, latestShipDate.GetValueOrDefault(), shippedAt.GetValueOrDefault(), firstCarrierScanAt.GetValueOrDefault(),
                latestDeliveryDate.GetValueOrDefault(), deliveredAt.GetValueOrDefault(), cancelledAt.GetValueOrDefault(),
            ];
        }

        // Whole milliseconds after the purchase, within an int (about 24 days either side); anything else makes the row wide.
        bool Offset(Instant? instant, out int milliseconds)
        {
            milliseconds = 0;
            if (instant is not { } value)
            {
                return true;
            }

            Duration after = value - purchasedAt;
            if (after.Days is < -25 or > 25 || !Instant64s.TryPack(value, out _))
            {
                return false;
            }

            long nanoseconds = after.ToInt64Nanoseconds();
            if (nanoseconds % 1_000_000 != 0 || nanoseconds / 1_000_000 is < int.MinValue or > int.MaxValue)
            {
                return false;
            }

            milliseconds = (int)(nanoseconds / 1_000_000);
            return true;
        }
    }

    /// <summary>A decimal as its signed coefficient and scale, when the coefficient fits in a long (and it is not a negative zero).</summary>
    private static bool TryPackAmount(decimal amount, out long units, out byte scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(amount, bits);
        ulong magnitude = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        bool negative = bits[3] < 0;
        scale = (byte)((bits[3] >> 16) & 0xFF);
        if (bits[2] != 0 || magnitude > long.MaxValue || (negative && magnitude == 0))
        {
            units = 0;
            return false;
        }

        units = negative ? -(long)magnitude : (long)magnitude;
        return true;
    }

    private ref OrderRow Append(SourceLocation? at)
    {
        if (_frozen)
        {
            throw new InvalidOperationException("The table of orders is read-only.");
        }

        if (Count == _rows.Length)
        {
            Array.Resize(ref _rows, _rows.Length * 2);
            if (_locations is not null)
            {
                Array.Resize(ref _locations, _rows.Length);
            }
        }

        if (at is not null)
        {
            _locations ??= new SourceLocation?[_rows.Length];
            _locations[Count] = at;
        }

        return ref _rows[Count++];
    }

    private long AppendIds(string orderId, string? buyerId, string? trackingId, Span<byte> buffer, ref OrderRow row)
    {
        int o = Encoding.UTF8.GetByteCount(orderId);
        int b = buyerId is null ? 0 : Encoding.UTF8.GetByteCount(buyerId);
        int t = trackingId is null ? 0 : Encoding.UTF8.GetByteCount(trackingId);
        Span<byte> bytes = o + b + t <= buffer.Length ? buffer[..(o + b + t)] : new byte[o + b + t];
        Encoding.UTF8.GetBytes(orderId, bytes);
        if (buyerId is not null)
        {
            Encoding.UTF8.GetBytes(buyerId, bytes[o..]);
        }

        if (trackingId is not null)
        {
            Encoding.UTF8.GetBytes(trackingId, bytes[(o + b)..]);
        }

        Span<byte> scratch = stackalloc byte[Utf8Ids.PackedOrderIdLength];
        ReadOnlySpan<byte> key = Utf8Ids.KeyOf(bytes[..o], scratch);
        row.OrderIdLength = key.Length;
        row.BuyerIdLength = b;
        row.TrackingIdLength = t;
        return _text.Append(key, bytes[o..(o + b)], bytes[(o + b)..]);
    }

    /// <summary>The number here of symbol number <paramref name="number"/> of <paramref name="source"/> (both plus one).</summary>
    private int MappedSymbol(OrderRows source, int number)
    {
        if (number == 0)
        {
            return 0;
        }

        if (!ReferenceEquals(source, _symbolSource) || _symbolMap.Length < source._symbols.Count)
        {
            _symbolSource = source;
            _symbolMap = new int[source._symbols.Count];
        }

        ref int mapped = ref _symbolMap[number - 1];
        if (mapped == 0)
        {
            mapped = SymbolNumber(source._symbols[number - 1]);
        }

        return mapped;
    }

    private int SymbolNumber(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        if (ReferenceEquals(text, _recentSymbol0))
        {
            return _recentNumber0;
        }

        if (ReferenceEquals(text, _recentSymbol1))
        {
            return _recentNumber1;
        }

        ref int number = ref CollectionsMarshal.GetValueRefOrAddDefault(_symbolNumbers, text, out bool exists);
        if (!exists)
        {
            _symbols.Add(text);
            number = _symbols.Count;
        }

        (_recentSymbol1, _recentNumber1) = (_recentSymbol0, _recentNumber0);
        (_recentSymbol0, _recentNumber0) = (text, number);
        return number;
    }

    /// <summary>Bytes in pages that grow to 1 MB (so a small table stays small and a large one never needs one huge array).</summary>
    private sealed class TextPages
    {
        private const int MaxPage = 1 << 20;
        private readonly List<byte[]> _pages = [];
        private readonly int _firstPage;
        private int _used;

        public TextPages(int firstPage) => _firstPage = Math.Clamp(firstPage, 256, MaxPage);

        public long Capacity { get; private set; }

        public long Append(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c)
        {
            int length = a.Length + b.Length + c.Length;
            if (_pages.Count == 0 || _used + length > _pages[^1].Length)
            {
                int size = Math.Max(length, _pages.Count == 0 ? _firstPage : Math.Min(MaxPage, _pages[^1].Length * 2));
                _pages.Add(new byte[size]);
                Capacity += size;
                _used = 0;
            }

            Span<byte> page = _pages[^1].AsSpan(_used);
            a.CopyTo(page);
            b.CopyTo(page[a.Length..]);
            c.CopyTo(page[(a.Length + b.Length)..]);
            long at = ((long)(_pages.Count - 1) << 32) | (uint)_used;
            _used += length;
            return at;
        }

        public ReadOnlySpan<byte> Get(long at, int length) => _pages[(int)(at >> 32)].AsSpan((int)(uint)at, length);
    }
}
