using System.Collections.Immutable;
using NodaTime;
using NodaTime.HighPerformance;
using SellerPolicy.Internal;

namespace SellerPolicy.Ledger;

/// <summary>
/// One order as the ledger knows it: when it was bought, how it is fulfilled, its lines, and the
/// facts of its shipment, delivery and cancellation (each an instant, absent until it happened).
/// </summary>
/// <remarks>
/// <para>Rules checked on construction: at least one line; every amount in one currency; no negative price; nothing
/// happens before the purchase (ship, carrier scan, delivery, cancellation); a cancellation has both its
/// instant and who cancelled.</para>
/// <para>A delivery or a first carrier scan earlier than the ship confirmation is kept: in real exports it
/// happens whenever a seller confirms shipment late. Such an order counts as shipped late when it was
/// confirmed after its latest ship date (the rules compare the confirmation, not the scans), and the
/// ledger reports it as a data-quality note (<see cref="SellerLedger.Notes"/>).</para>
/// <para>Equality is by value over every property (lines compared element by element).
/// Use the <c>With…</c> methods to derive a changed copy: they re-check every rule.</para>
/// </remarks>
public sealed class Order : IEquatable<Order>
{
    // The layout is compact (a loaded ledger holds many orders): instants are kept as NodaTime's Instant64 (nanoseconds
    // since the Unix epoch in a long), all of them in _wideInstants instead when one lies outside the ~584 years it holds;
    // optional values are plain fields plus a bit in _present; the shipping price keeps only its amount (its currency is
    // the order's, which the constructor checks).
    private readonly Instant64 _purchasedAt;
    private readonly Instant64 _latestShipDate;
    private readonly Instant64 _shippedAt;
    private readonly Instant64 _firstCarrierScanAt;
    private readonly Instant64 _latestDeliveryDate;
    private readonly Instant64 _deliveredAt;
    private readonly Instant64 _cancelledAt;
    private readonly Instant[]? _wideInstants; // [purchased, latest ship, shipped, first scan, latest delivery, delivered, cancelled]
    private readonly decimal _shippingAmount;
    private readonly MarketplaceId _marketplaceId;
    private readonly BuyerId _buyerId;
    private readonly Present _present;
    private readonly byte _channel;
    private readonly byte _cancelledBy;

    /// <summary>Creates an order; see the type remarks for the rules checked.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="channel">MFN (seller-fulfilled) or AFN (Fulfilled by Amazon).</param>
    /// <param name="purchasedAt">When the buyer placed the order.</param>
    /// <param name="lines">The item lines; at least one.</param>
    /// <param name="marketplaceId">The marketplace, when known.</param>
    /// <param name="buyerId">The buyer, when known.</param>
    /// <param name="shipToCountry">The ISO 3166 country shipped to, when known.</param>
    /// <param name="shippingPrice">What the buyer paid for outbound shipping, when known.</param>
    /// <param name="latestShipDate">The latest instant the order may be ship-confirmed without being late.</param>
    /// <param name="shippedAt">When the seller confirmed shipment.</param>
    /// <param name="trackingId">The carrier tracking id.</param>
    /// <param name="firstCarrierScanAt">When the carrier first scanned the parcel.</param>
    /// <param name="buyShippingClaimsProtected">Whether the label was bought through Buy Shipping with claims protection.</param>
    /// <param name="latestDeliveryDate">The end of the promised delivery range.</param>
    /// <param name="deliveredAt">When tracking showed the parcel delivered.</param>
    /// <param name="cancelledAt">When the order was cancelled.</param>
    /// <param name="cancelledBy">Who cancelled it; required with <paramref name="cancelledAt"/>.</param>
    /// <exception cref="ArgumentException">A rule in the type remarks does not hold; the parameter name is the field.</exception>
    public Order(
        OrderId orderId,
        FulfillmentChannel channel,
        Instant purchasedAt,
        IEnumerable<OrderLine> lines,
        MarketplaceId? marketplaceId = null,
        BuyerId? buyerId = null,
        string? shipToCountry = null,
        Money? shippingPrice = null,
        Instant? latestShipDate = null,
        Instant? shippedAt = null,
        string? trackingId = null,
        Instant? firstCarrierScanAt = null,
        bool buyShippingClaimsProtected = false,
        Instant? latestDeliveryDate = null,
        Instant? deliveredAt = null,
        Instant? cancelledAt = null,
        CancelledBy? cancelledBy = null)
    {
        OrderId = orderId;
        Lines = lines is null ? default : lines.ToImmutableArray();
        if ((FindValueViolation(orderId.Value, channel, purchasedAt, Lines, shippingPrice?.Currency, shipToCountry, shippedAt, firstCarrierScanAt, deliveredAt, cancelledAt, cancelledBy)
            ?? FindTextViolation(orderId, buyerId, trackingId)
            ?? ShippingPriceViolation(orderId.Value, shippingPrice)) is { } violation)
        {
            throw violation.Throw();
        }

        _channel = (byte)channel;
        ShipToCountry = shipToCountry;
        TrackingId = string.IsNullOrWhiteSpace(trackingId) ? null : trackingId;
        if (cancelledBy is { } by)
        {
            _cancelledBy = (byte)by;
            _present |= Present.CancelledBy;
        }

        if (marketplaceId is { } marketplace)
        {
            _marketplaceId = marketplace;
            _present |= Present.MarketplaceId;
        }

        if (buyerId is { } buyer)
        {
            _buyerId = buyer;
            _present |= Present.BuyerId;
        }

        if (shippingPrice is { } price)
        {
            _shippingAmount = price.Amount;
            _present |= Present.ShippingPrice;
        }

        if (buyShippingClaimsProtected)
        {
            _present |= Present.BuyShippingClaimsProtected;
        }

        _present |= InstantBits(latestShipDate, shippedAt, firstCarrierScanAt, latestDeliveryDate, deliveredAt, cancelledAt);
        if (!TryPack(purchasedAt, latestShipDate, shippedAt, firstCarrierScanAt, latestDeliveryDate, deliveredAt, cancelledAt,
            out _purchasedAt, out _latestShipDate, out _shippedAt, out _firstCarrierScanAt, out _latestDeliveryDate, out _deliveredAt, out _cancelledAt))
        {
            _wideInstants =
            [
                purchasedAt, latestShipDate.GetValueOrDefault(), shippedAt.GetValueOrDefault(), firstCarrierScanAt.GetValueOrDefault(),
                latestDeliveryDate.GetValueOrDefault(), deliveredAt.GetValueOrDefault(), cancelledAt.GetValueOrDefault(),
            ];
        }
    }

    /// <summary>Makes an order from a row of an <see cref="OrderRows"/> table, whose values were checked when it was added.</summary>
    internal Order(OrderRows table, int row)
    {
        ref readonly OrderRow r = ref table.Row(row);
        OrderId = new OrderId(table.OrderIdText(row));
        Lines = r.Lines;
        ShipToCountry = table.Symbol(r.Country);
        TrackingId = r.TrackingIdLength == 0 ? null : table.TrackingIdText(row);
        _channel = (byte)(r.ChannelAndCancelledBy & 0xF);
        _cancelledBy = (byte)(r.ChannelAndCancelledBy >> 4);
        _present = r.Present & ~(Present.Wide | Present.WideShipping);
        _shippingAmount = (r.Present & Present.ShippingPrice) != 0 ? table.ShippingAmount(row) : 0m;
        if (table.Symbol(r.Marketplace) is { } marketplace)
        {
            _marketplaceId = new MarketplaceId(marketplace);
        }

        if (r.BuyerIdLength != 0)
        {
            _buyerId = new BuyerId(table.BuyerIdText(row));
        }

        if ((r.Present & Present.Wide) != 0)
        {
            _wideInstants = table.WideInstants(row); // never changed, so shared
        }
        else
        {
            _purchasedAt = r.PurchasedAt;
            _latestShipDate = OrderRows.At(r, r.LatestShipDate);
            _shippedAt = OrderRows.At(r, r.ShippedAt);
            _firstCarrierScanAt = OrderRows.At(r, r.FirstCarrierScanAt);
            _latestDeliveryDate = OrderRows.At(r, r.LatestDeliveryDate);
            _deliveredAt = OrderRows.At(r, r.DeliveredAt);
            _cancelledAt = OrderRows.At(r, r.CancelledAt);
        }
    }

    /// <summary>Copies <paramref name="source"/> with other presence bits (only <see cref="Present.CancelledByAssumed"/> differs).</summary>
    private Order(Order source, Present present)
    {
        OrderId = source.OrderId;
        Lines = source.Lines;
        ShipToCountry = source.ShipToCountry;
        TrackingId = source.TrackingId;
        _purchasedAt = source._purchasedAt;
        _latestShipDate = source._latestShipDate;
        _shippedAt = source._shippedAt;
        _firstCarrierScanAt = source._firstCarrierScanAt;
        _latestDeliveryDate = source._latestDeliveryDate;
        _deliveredAt = source._deliveredAt;
        _cancelledAt = source._cancelledAt;
        _wideInstants = source._wideInstants;
        _shippingAmount = source._shippingAmount;
        _marketplaceId = source._marketplaceId;
        _buyerId = source._buyerId;
        _channel = source._channel;
        _cancelledBy = source._cancelledBy;
        _present = present;
    }

    /// <summary>Which optional values an order has (and its flags); shared with <see cref="OrderRow"/>.</summary>
    [Flags]
    internal enum Present : ushort
    {
        LatestShipDate = 1 << 0,
        ShippedAt = 1 << 1,
        FirstCarrierScanAt = 1 << 2,
        LatestDeliveryDate = 1 << 3,
        DeliveredAt = 1 << 4,
        CancelledAt = 1 << 5,
        MarketplaceId = 1 << 6,
        BuyerId = 1 << 7,
        ShippingPrice = 1 << 8,
        CancelledBy = 1 << 9,
        BuyShippingClaimsProtected = 1 << 10,

        /// <summary>Only in an <see cref="OrderRow"/>: an instant does not fit the row (see <see cref="OrderRows"/>), all seven are kept aside.</summary>
        Wide = 1 << 11,

        /// <summary>Only in an <see cref="OrderRow"/>: the shipping amount does not fit the row, it is kept aside.</summary>
        WideShipping = 1 << 12,

        /// <summary>Who cancelled is an assumption of the import, not a fact of the source (<see cref="CancelledByAssumed"/>).</summary>
        CancelledByAssumed = 1 << 13,
    }

    /// <summary>Gets the order id.</summary>
    public OrderId OrderId { get; }

    /// <summary>Gets the fulfilment channel.</summary>
    public FulfillmentChannel Channel => (FulfillmentChannel)_channel;

    /// <summary>Gets when the buyer placed the order.</summary>
    public Instant PurchasedAt => _wideInstants is null ? _purchasedAt.ToInstant() : _wideInstants[0];

    /// <summary>Gets the item lines (never empty).</summary>
    public ImmutableArray<OrderLine> Lines { get; }

    /// <summary>Gets the marketplace, when known.</summary>
    public MarketplaceId? MarketplaceId => (_present & Present.MarketplaceId) != 0 ? _marketplaceId : null;

    /// <summary>Gets the buyer, when known.</summary>
    public BuyerId? BuyerId => (_present & Present.BuyerId) != 0 ? _buyerId : null;

    /// <summary>Gets the country shipped to, when known.</summary>
    public string? ShipToCountry { get; }

    /// <summary>Gets what the buyer paid for outbound shipping, when known.</summary>
    public Money? ShippingPrice => (_present & Present.ShippingPrice) != 0 ? Lines[0].UnitPrice.WithAmount(_shippingAmount) : null;

    /// <summary>Gets the latest instant the order may be ship-confirmed without being late.</summary>
    public Instant? LatestShipDate => Get(Present.LatestShipDate, _latestShipDate, 1);

    /// <summary>Gets when the seller confirmed shipment; absent while unshipped.</summary>
    public Instant? ShippedAt => Get(Present.ShippedAt, _shippedAt, 2);

    /// <summary>Gets the carrier tracking id; null when there is none (blank text is stored as null).</summary>
    public string? TrackingId { get; }

    /// <summary>Gets when the carrier first scanned the parcel.</summary>
    public Instant? FirstCarrierScanAt => Get(Present.FirstCarrierScanAt, _firstCarrierScanAt, 3);

    /// <summary>Gets whether the shipping label carries Buy Shipping claims protection.</summary>
    public bool BuyShippingClaimsProtected => (_present & Present.BuyShippingClaimsProtected) != 0;

    /// <summary>Gets the end of the promised delivery range.</summary>
    public Instant? LatestDeliveryDate => Get(Present.LatestDeliveryDate, _latestDeliveryDate, 4);

    /// <summary>Gets when tracking showed the parcel delivered.</summary>
    public Instant? DeliveredAt => Get(Present.DeliveredAt, _deliveredAt, 5);

    /// <summary>Gets when the order was cancelled.</summary>
    public Instant? CancelledAt => Get(Present.CancelledAt, _cancelledAt, 6);

    /// <summary>Gets who cancelled the order (present exactly when <see cref="CancelledAt"/> is).</summary>
    public CancelledBy? CancelledBy => (_present & Present.CancelledBy) != 0 ? (CancelledBy)_cancelledBy : null;

    /// <summary>
    /// Gets whether <see cref="CancelledBy"/> is an assumption of the import rather than a fact of the source (e.g. an
    /// Amazon orders report says an order was cancelled but not who cancelled it, and no shipments file said). Figures
    /// that count the cancellation rest on it; the ledger file keeps it as <c>"cancelledByAssumed": true</c>.
    /// </summary>
    public bool CancelledByAssumed => (_present & Present.CancelledByAssumed) != 0;

    /// <summary>Gets the currency of the order's prices.</summary>
    public string Currency => Lines[0].UnitPrice.Currency;

    /// <summary>Gets the sum of the line totals (items only, no shipping).</summary>
    public Money ItemTotal => Lines.Skip(1).Aggregate(Lines[0].LineTotal, (sum, line) => sum + line.LineTotal);

    /// <summary>Returns the first line for <paramref name="sku"/>, or null.</summary>
    /// <param name="sku">The SKU to look for.</param>
    /// <returns>The line, or null when the order has no line for that SKU.</returns>
    public OrderLine? FindLine(Sku sku)
    {
        foreach (OrderLine line in Lines)
        {
            if (line.Sku == sku)
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>Returns the number of units of <paramref name="sku"/> on the order (0 when absent).</summary>
    /// <param name="sku">The SKU.</param>
    /// <returns>The total quantity over every line of that SKU.</returns>
    public int QuantityOf(Sku sku) => QuantityOf(Lines, sku);

    /// <summary>Returns the number of units of <paramref name="sku"/> over <paramref name="lines"/>.</summary>
    internal static int QuantityOf(ImmutableArray<OrderLine> lines, Sku sku)
    {
        int quantity = 0;
        foreach (OrderLine line in lines)
        {
            if (line.Sku == sku)
            {
                quantity = checked(quantity + line.Quantity);
            }
        }

        return quantity;
    }

    /// <summary>Returns a copy with the shipment facts replaced (nulls clear them); every rule is checked again.</summary>
    /// <param name="shippedAt">When the seller confirmed shipment.</param>
    /// <param name="trackingId">The tracking id.</param>
    /// <param name="firstCarrierScanAt">The first carrier scan.</param>
    /// <returns>A new order.</returns>
    public Order WithShipment(Instant? shippedAt, string? trackingId, Instant? firstCarrierScanAt)
        => new Order(OrderId, Channel, PurchasedAt, Lines, MarketplaceId, BuyerId, ShipToCountry, ShippingPrice, LatestShipDate,
            shippedAt, trackingId, firstCarrierScanAt, BuyShippingClaimsProtected, LatestDeliveryDate, DeliveredAt, CancelledAt, CancelledBy).KeepingAssumptionOf(this);

    /// <summary>Returns a copy with the delivery facts replaced (nulls clear them); every rule is checked again.</summary>
    /// <param name="latestDeliveryDate">The end of the promised delivery range.</param>
    /// <param name="deliveredAt">When it was delivered.</param>
    /// <returns>A new order.</returns>
    public Order WithDelivery(Instant? latestDeliveryDate, Instant? deliveredAt)
        => new Order(OrderId, Channel, PurchasedAt, Lines, MarketplaceId, BuyerId, ShipToCountry, ShippingPrice, LatestShipDate,
            ShippedAt, TrackingId, FirstCarrierScanAt, BuyShippingClaimsProtected, latestDeliveryDate, deliveredAt, CancelledAt, CancelledBy).KeepingAssumptionOf(this);

    /// <summary>Returns a copy with the cancellation replaced (both null: not cancelled); every rule is checked again.</summary>
    /// <param name="cancelledAt">When it was cancelled.</param>
    /// <param name="cancelledBy">Who cancelled it.</param>
    /// <returns>A new order.</returns>
    public Order WithCancellation(Instant? cancelledAt, CancelledBy? cancelledBy)
        => new(OrderId, Channel, PurchasedAt, Lines, MarketplaceId, BuyerId, ShipToCountry, ShippingPrice, LatestShipDate,
            ShippedAt, TrackingId, FirstCarrierScanAt, BuyShippingClaimsProtected, LatestDeliveryDate, DeliveredAt, cancelledAt, cancelledBy);

    /// <summary>Returns a copy whose canceller is (or is not) marked as an assumption (<see cref="CancelledByAssumed"/>).</summary>
    /// <param name="assumed">Whether who cancelled is an assumption of the import.</param>
    /// <returns>A new order, or this one when nothing changes.</returns>
    /// <exception cref="ArgumentException"><paramref name="assumed"/> is true and the order has no <see cref="CancelledBy"/>.</exception>
    public Order WithCancelledByAssumed(bool assumed)
    {
        if (assumed && CancelledBy is null)
        {
            throw new ArgumentException($"cancelledByAssumed needs a cancelledBy; order {OrderId} has none.", nameof(assumed));
        }

        return assumed == CancelledByAssumed ? this : new Order(this, assumed ? _present | Present.CancelledByAssumed : _present & ~Present.CancelledByAssumed);
    }

    /// <summary>Returns a copy with another order id (used to build hypothetical orders).</summary>
    /// <param name="orderId">The new id.</param>
    /// <param name="purchasedAt">The new purchase instant; the other instants keep their offsets from it.</param>
    /// <returns>A new order.</returns>
    public Order WithIdAndPurchase(OrderId orderId, Instant purchasedAt)
    {
        Duration shift = purchasedAt - PurchasedAt;
        Instant? Move(Instant? i) => i + shift;
        return new Order(orderId, Channel, purchasedAt, Lines, MarketplaceId, BuyerId, ShipToCountry, ShippingPrice,
            Move(LatestShipDate), Move(ShippedAt), TrackingId, Move(FirstCarrierScanAt), BuyShippingClaimsProtected,
            Move(LatestDeliveryDate), Move(DeliveredAt), Move(CancelledAt), CancelledBy).KeepingAssumptionOf(this);
    }

    private Order KeepingAssumptionOf(Order source) => source.CancelledByAssumed ? WithCancelledByAssumed(true) : this;

    /// <inheritdoc />
    public bool Equals(Order? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (OrderId == other.OrderId && Channel == other.Channel && PurchasedAt == other.PurchasedAt
                   && Lines.SequenceEqual(other.Lines) && MarketplaceId == other.MarketplaceId && BuyerId == other.BuyerId
                   && ShipToCountry == other.ShipToCountry && Nullable.Equals(ShippingPrice, other.ShippingPrice)
                   && LatestShipDate == other.LatestShipDate && ShippedAt == other.ShippedAt && TrackingId == other.TrackingId
                   && FirstCarrierScanAt == other.FirstCarrierScanAt && BuyShippingClaimsProtected == other.BuyShippingClaimsProtected
                   && LatestDeliveryDate == other.LatestDeliveryDate && DeliveredAt == other.DeliveredAt
                   && CancelledAt == other.CancelledAt && CancelledBy == other.CancelledBy && CancelledByAssumed == other.CancelledByAssumed));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Order);

    /// <summary>Returns whether two orders are equal by value (see <see cref="Equals(Order?)"/>).</summary>
    /// <param name="left">An order, or null.</param>
    /// <param name="right">An order, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Order? left, Order? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two orders differ by value.</summary>
    /// <param name="left">An order, or null.</param>
    /// <param name="right">An order, or null.</param>
    /// <returns>True when they are not equal.</returns>
    public static bool operator !=(Order? left, Order? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OrderId, PurchasedAt, Lines.Length, ShippedAt, DeliveredAt, CancelledAt);

    /// <summary>Returns <c>Order {id} ({channel}, {purchasedAt})</c>.</summary>
    public override string ToString() => $"Order {OrderId} ({Channel}, {Preconditions.Format(PurchasedAt)})";

    /// <summary>
    /// Finds the first rule of the type remarks that the values break, without throwing: the constructor's own check, for a
    /// reader that reports it as a problem (field and rule) instead of catching the constructor's exception.
    /// </summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="channel">MFN or AFN.</param>
    /// <param name="purchasedAt">When the buyer placed the order.</param>
    /// <param name="lines">The item lines.</param>
    /// <param name="marketplaceId">The marketplace, when known.</param>
    /// <param name="buyerId">The buyer, when known.</param>
    /// <param name="shipToCountry">The country shipped to, when known.</param>
    /// <param name="shippingPrice">What the buyer paid for shipping, when known.</param>
    /// <param name="latestShipDate">The latest ship date.</param>
    /// <param name="shippedAt">When the seller confirmed shipment.</param>
    /// <param name="trackingId">The carrier tracking id.</param>
    /// <param name="firstCarrierScanAt">When the carrier first scanned the parcel.</param>
    /// <param name="buyShippingClaimsProtected">Whether the label was bought through Buy Shipping with claims protection.</param>
    /// <param name="latestDeliveryDate">The end of the promised delivery range.</param>
    /// <param name="deliveredAt">When tracking showed the parcel delivered.</param>
    /// <param name="cancelledAt">When the order was cancelled.</param>
    /// <param name="cancelledBy">Who cancelled it.</param>
    /// <returns>The violation (field and rule), or null when the values make an order.</returns>
    public static RuleViolation? FindViolation(
        OrderId orderId,
        FulfillmentChannel channel,
        Instant purchasedAt,
        IEnumerable<OrderLine> lines,
        MarketplaceId? marketplaceId = null,
        BuyerId? buyerId = null,
        string? shipToCountry = null,
        Money? shippingPrice = null,
        Instant? latestShipDate = null,
        Instant? shippedAt = null,
        string? trackingId = null,
        Instant? firstCarrierScanAt = null,
        bool buyShippingClaimsProtected = false,
        Instant? latestDeliveryDate = null,
        Instant? deliveredAt = null,
        Instant? cancelledAt = null,
        CancelledBy? cancelledBy = null)
        => FindValueViolation(
                orderId.Value, channel, purchasedAt, lines is null ? default : lines is ImmutableArray<OrderLine> array ? array : lines.ToImmutableArray(), shippingPrice?.Currency,
                shipToCountry, shippedAt, firstCarrierScanAt, deliveredAt, cancelledAt, cancelledBy)
            ?? FindTextViolation(orderId, buyerId, string.IsNullOrWhiteSpace(trackingId) ? null : trackingId)
            ?? ShippingPriceViolation(orderId.Value, shippingPrice);

    /// <summary>
    /// Finds the first rule of the type remarks that does not hold, in the order the constructor always has: the one place
    /// they are written, used by the constructor (which throws it) and by the table of orders (which reports it).
    /// </summary>
    /// <returns>The violation, or null when every rule holds.</returns>
    internal static RuleViolation? FindValueViolation(
        string orderId, FulfillmentChannel channel, Instant purchasedAt, ImmutableArray<OrderLine> lines, string? shippingCurrency, string? shipToCountry,
        Instant? shippedAt, Instant? firstCarrierScanAt, Instant? deliveredAt, Instant? cancelledAt, CancelledBy? cancelledBy)
    {
        if (orderId.Length == 0)
        {
            return new(nameof(orderId), "orderId is required.");
        }

        if (RuleViolation.Defined(channel, nameof(channel)) is { } badChannel)
        {
            return badChannel;
        }

        if (lines.IsDefault)
        {
            return new(nameof(lines), "lines is required.", RuleViolationKind.Null);
        }

        if (lines.IsEmpty)
        {
            return new(nameof(lines), $"order {orderId} must have at least one line.");
        }

        foreach (OrderLine? line in lines)
        {
            if (line is null)
            {
                return new(nameof(lines), $"order {orderId} has a null line.");
            }
        }

        string currency = lines[0].UnitPrice.Currency;
        bool oneCurrency = shippingCurrency is null || shippingCurrency == currency;
        foreach (OrderLine line in lines)
        {
            oneCurrency &= line.UnitPrice.Currency == currency;
        }

        if (!oneCurrency)
        {
            return new(nameof(lines), $"order {orderId} mixes currencies: every price on an order must be in {currency}.");
        }

        return RuleViolation.NotBlank(shipToCountry, nameof(shipToCountry))
            ?? (cancelledBy is { } by ? RuleViolation.Defined(by, nameof(cancelledBy)) : null)
            ?? RuleViolation.NotBefore(shippedAt, nameof(shippedAt), purchasedAt, nameof(purchasedAt))
            ?? RuleViolation.NotBefore(firstCarrierScanAt, nameof(firstCarrierScanAt), purchasedAt, nameof(purchasedAt))
            ?? RuleViolation.NotBefore(deliveredAt, nameof(deliveredAt), purchasedAt, nameof(purchasedAt))
            ?? RuleViolation.NotBefore(cancelledAt, nameof(cancelledAt), purchasedAt, nameof(purchasedAt))
            ?? RuleViolation.BothOrNeither(cancelledAt.HasValue, nameof(cancelledAt), cancelledBy.HasValue, nameof(cancelledBy));
    }

    /// <summary>The violation of "the shipping price is not negative", or null when it holds (or there is none).</summary>
    internal static RuleViolation? ShippingPriceViolation(string orderId, Money? shippingPrice)
        => shippingPrice is { Amount: < 0 } price
            ? new(nameof(shippingPrice), $"order {orderId}: shippingPrice must not be negative, was {price}.", RuleViolationKind.OutOfRange)
            : null;

    /// <summary>The first id of an order that is not well-formed Unicode, as a violation (a ledger stores ids in UTF-8).</summary>
    private static RuleViolation? FindTextViolation(OrderId orderId, BuyerId? buyerId, string? trackingId)
        => UnicodeViolation(orderId.Value, nameof(orderId)) ?? UnicodeViolation(buyerId?.Value, nameof(buyerId)) ?? UnicodeViolation(trackingId, nameof(trackingId));

    /// <summary>Whether an id is well-formed Unicode (no half of a surrogate pair): null when it is.</summary>
    private static RuleViolation? UnicodeViolation(string? id, string field)
    {
        if (id is null || id.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return null;
        }

        for (int i = 0; i < id.Length; i++)
        {
            if (char.IsHighSurrogate(id[i]) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1]))
            {
                i++;
                continue;
            }

            if (!char.IsSurrogate(id[i]))
            {
                continue;
            }

            return RuleViolation.About(field, "must be well-formed Unicode text: it holds half of a surrogate pair");
        }

        return null;
    }

    /// <summary>The packed instants of an order, or false (all left unset) when one does not fit in a long.</summary>
    internal static bool TryPack(
        Instant purchasedAt, Instant? latestShipDate, Instant? shippedAt, Instant? firstCarrierScanAt, Instant? latestDeliveryDate, Instant? deliveredAt,
        Instant? cancelledAt, out Instant64 purchased, out Instant64 latestShip, out Instant64 shipped, out Instant64 scan, out Instant64 latestDelivery,
        out Instant64 delivered, out Instant64 cancelled)
        => Instant64s.TryPack(purchasedAt, out purchased)
            & Pack(latestShipDate, out latestShip)
            & Pack(shippedAt, out shipped)
            & Pack(firstCarrierScanAt, out scan)
            & Pack(latestDeliveryDate, out latestDelivery)
            & Pack(deliveredAt, out delivered)
            & Pack(cancelledAt, out cancelled);

    /// <summary>Which optional instants are present, as <see cref="Present"/> bits.</summary>
    internal static Present InstantBits(Instant? latestShipDate, Instant? shippedAt, Instant? firstCarrierScanAt, Instant? latestDeliveryDate, Instant? deliveredAt, Instant? cancelledAt)
        => (latestShipDate.HasValue ? Present.LatestShipDate : 0) | (shippedAt.HasValue ? Present.ShippedAt : 0)
            | (firstCarrierScanAt.HasValue ? Present.FirstCarrierScanAt : 0) | (latestDeliveryDate.HasValue ? Present.LatestDeliveryDate : 0)
            | (deliveredAt.HasValue ? Present.DeliveredAt : 0) | (cancelledAt.HasValue ? Present.CancelledAt : 0);

    private static bool Pack(Instant? instant, out Instant64 packed)
    {
        packed = default;
        return instant is not { } value || Instant64s.TryPack(value, out packed);
    }

    private Instant? Get(Present bit, Instant64 packed, int wideSlot)
        => (_present & bit) == 0 ? null : _wideInstants is null ? packed.ToInstant() : _wideInstants[wideSlot];
}
