using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Internal;

namespace SellerPolicy.Ledger;

/// <summary>
/// One order as the ledger knows it: when it was bought, how it is fulfilled, its lines, and the
/// facts of its shipment, delivery and cancellation (each an instant, absent until it happened).
/// </summary>
/// <remarks>
/// <para>Rules checked on construction: at least one line; every amount in one currency; nothing
/// happens before the purchase (ship, carrier scan, delivery, cancellation); delivery is not before
/// shipment; a cancellation has both its instant and who cancelled.</para>
/// <para>Equality is by value over every property (lines compared element by element).
/// Use the <c>With…</c> methods to derive a changed copy: they re-check every rule.</para>
/// </remarks>
public sealed class Order : IEquatable<Order>
{
    // The layout is compact (a loaded ledger holds many orders): instants are kept as nanoseconds since the Unix epoch in
    // longs (CompactInstant), all of them in _wideInstants instead when one lies outside the ~290 years a long can hold;
    // optional values are plain fields plus a bit in _present; the shipping price keeps only its amount (its currency is
    // the order's, which the constructor checks).
    private readonly long _purchasedAt;
    private readonly long _latestShipDate;
    private readonly long _shippedAt;
    private readonly long _firstCarrierScanAt;
    private readonly long _latestDeliveryDate;
    private readonly long _deliveredAt;
    private readonly long _cancelledAt;
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
        if (orderId.Value.Length == 0)
        {
            throw new ArgumentException("orderId is required.", nameof(orderId));
        }

        OrderId = orderId;
        _channel = (byte)Preconditions.CheckDefined(channel, nameof(channel));
        Lines = Preconditions.CheckNotNull(lines, nameof(lines)).ToImmutableArray();
        if (Lines.IsEmpty)
        {
            throw new ArgumentException($"order {orderId} must have at least one line.", nameof(lines));
        }

        foreach (OrderLine? line in Lines)
        {
            if (line is null)
            {
                throw new ArgumentException($"order {orderId} has a null line.", nameof(lines));
            }
        }

        string currency = Lines[0].UnitPrice.Currency;
        bool oneCurrency = shippingPrice is not { } sp || sp.Currency == currency;
        foreach (OrderLine line in Lines)
        {
            oneCurrency &= line.UnitPrice.Currency == currency;
        }

        if (!oneCurrency)
        {
            throw new ArgumentException($"order {orderId} mixes currencies: every price on an order must be in {currency}.", nameof(lines));
        }

        ShipToCountry = shipToCountry is null ? null : Preconditions.CheckNotBlank(shipToCountry, nameof(shipToCountry));
        TrackingId = string.IsNullOrWhiteSpace(trackingId) ? null : trackingId;
        if (cancelledBy is { } by)
        {
            _cancelledBy = (byte)Preconditions.CheckDefined(by, nameof(cancelledBy));
            _present |= Present.CancelledBy;
        }

        Preconditions.CheckNotBefore(shippedAt, nameof(shippedAt), purchasedAt, nameof(purchasedAt));
        Preconditions.CheckNotBefore(firstCarrierScanAt, nameof(firstCarrierScanAt), purchasedAt, nameof(purchasedAt));
        Preconditions.CheckNotBefore(deliveredAt, nameof(deliveredAt), purchasedAt, nameof(purchasedAt));
        if (shippedAt is { } shipped)
        {
            Preconditions.CheckNotBefore(deliveredAt, nameof(deliveredAt), shipped, nameof(shippedAt));
        }

        Preconditions.CheckNotBefore(cancelledAt, nameof(cancelledAt), purchasedAt, nameof(purchasedAt));
        Preconditions.CheckBothOrNeither(cancelledAt.HasValue, nameof(cancelledAt), cancelledBy.HasValue, nameof(cancelledBy));

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

        _present |= (latestShipDate.HasValue ? Present.LatestShipDate : 0) | (shippedAt.HasValue ? Present.ShippedAt : 0)
            | (firstCarrierScanAt.HasValue ? Present.FirstCarrierScanAt : 0) | (latestDeliveryDate.HasValue ? Present.LatestDeliveryDate : 0)
            | (deliveredAt.HasValue ? Present.DeliveredAt : 0) | (cancelledAt.HasValue ? Present.CancelledAt : 0);
        bool compact = CompactInstant.TryPack(purchasedAt, out _purchasedAt)
            & Pack(latestShipDate, out _latestShipDate)
            & Pack(shippedAt, out _shippedAt)
            & Pack(firstCarrierScanAt, out _firstCarrierScanAt)
            & Pack(latestDeliveryDate, out _latestDeliveryDate)
            & Pack(deliveredAt, out _deliveredAt)
            & Pack(cancelledAt, out _cancelledAt);
        if (!compact)
        {
            _wideInstants =
            [
                purchasedAt, latestShipDate.GetValueOrDefault(), shippedAt.GetValueOrDefault(), firstCarrierScanAt.GetValueOrDefault(),
                latestDeliveryDate.GetValueOrDefault(), deliveredAt.GetValueOrDefault(), cancelledAt.GetValueOrDefault(),
            ];
        }
    }

    /// <summary>Which optional values an order has (and its one flag).</summary>
    [Flags]
    private enum Present : ushort
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
    }

    /// <summary>Gets the order id.</summary>
    public OrderId OrderId { get; }

    /// <summary>Gets the fulfilment channel.</summary>
    public FulfillmentChannel Channel => (FulfillmentChannel)_channel;

    /// <summary>Gets when the buyer placed the order.</summary>
    public Instant PurchasedAt => _wideInstants is null ? CompactInstant.Unpack(_purchasedAt) : _wideInstants[0];

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
    public int QuantityOf(Sku sku)
    {
        int quantity = 0;
        foreach (OrderLine line in Lines)
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
        => new(OrderId, Channel, PurchasedAt, Lines, MarketplaceId, BuyerId, ShipToCountry, ShippingPrice, LatestShipDate,
            shippedAt, trackingId, firstCarrierScanAt, BuyShippingClaimsProtected, LatestDeliveryDate, DeliveredAt, CancelledAt, CancelledBy);

    /// <summary>Returns a copy with the delivery facts replaced (nulls clear them); every rule is checked again.</summary>
    /// <param name="latestDeliveryDate">The end of the promised delivery range.</param>
    /// <param name="deliveredAt">When it was delivered.</param>
    /// <returns>A new order.</returns>
    public Order WithDelivery(Instant? latestDeliveryDate, Instant? deliveredAt)
        => new(OrderId, Channel, PurchasedAt, Lines, MarketplaceId, BuyerId, ShipToCountry, ShippingPrice, LatestShipDate,
            ShippedAt, TrackingId, FirstCarrierScanAt, BuyShippingClaimsProtected, latestDeliveryDate, deliveredAt, CancelledAt, CancelledBy);

    /// <summary>Returns a copy with the cancellation replaced (both null: not cancelled); every rule is checked again.</summary>
    /// <param name="cancelledAt">When it was cancelled.</param>
    /// <param name="cancelledBy">Who cancelled it.</param>
    /// <returns>A new order.</returns>
    public Order WithCancellation(Instant? cancelledAt, CancelledBy? cancelledBy)
        => new(OrderId, Channel, PurchasedAt, Lines, MarketplaceId, BuyerId, ShipToCountry, ShippingPrice, LatestShipDate,
            ShippedAt, TrackingId, FirstCarrierScanAt, BuyShippingClaimsProtected, LatestDeliveryDate, DeliveredAt, cancelledAt, cancelledBy);

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
            Move(LatestDeliveryDate), Move(DeliveredAt), Move(CancelledAt), CancelledBy);
    }

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
                   && CancelledAt == other.CancelledAt && CancelledBy == other.CancelledBy));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Order);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OrderId, PurchasedAt, Lines.Length, ShippedAt, DeliveredAt, CancelledAt);

    /// <summary>Returns <c>Order {id} ({channel}, {purchasedAt})</c>.</summary>
    public override string ToString() => $"Order {OrderId} ({Channel}, {Preconditions.Format(PurchasedAt)})";

    private static bool Pack(Instant? instant, out long nanoseconds)
    {
        nanoseconds = 0;
        return instant is not { } value || CompactInstant.TryPack(value, out nanoseconds);
    }

    private Instant? Get(Present bit, long packed, int wideSlot)
        => (_present & bit) == 0 ? null : _wideInstants is null ? CompactInstant.Unpack(packed) : _wideInstants[wideSlot];
}
