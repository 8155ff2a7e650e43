using System.Collections.Immutable;
using System.Text;
using NodaTime;

namespace SellerPolicy.Ledger.HighPerformance;

/// <summary>
/// Orders given as UTF-8 ids and plain values, for a reader that loads many of them (a file format, a database, a message
/// bus): the fast way into a <see cref="SellerLedger.Builder"/>, without an <see cref="Order"/> object or an id string per
/// order. The ledger's own readers (JSON Lines, Parquet) use it; so can any other.
/// </summary>
/// <remarks>
/// <para>Every order is checked against the rules of <see cref="Order"/> as it is added (the same rules, in the same place
/// the constructor checks them). An order that breaks one is not added: <c>Add</c> returns the problem, located at
/// where the order was read, and the batch keeps it, so that <see cref="SellerLedger.Builder.Add(OrderBatch)"/> reports it
/// like any reading problem and every record that refers to that order says it was refused, and where.</para>
/// <para>The rules that span records (unique ids, records attached to known orders) are checked by the builder.</para>
/// <para>Once given to a builder the batch is read-only: the builder keeps its table rather than copying it. Not
/// thread-safe; fill one batch per thread and add them in input order.</para>
/// </remarks>
public sealed class OrderBatch
{
    private readonly OrderRows _rows;
    private readonly List<(OrderId OrderId, LedgerProblem Problem)> _refused = [];
    private bool _added;
    private SharedLineLists? _lineLists; // identical line lists of the orders added as objects, kept once

    /// <summary>Creates an empty batch.</summary>
    /// <param name="capacity">About how many orders it will hold.</param>
    public OrderBatch(int capacity = 1024) => _rows = new OrderRows(Math.Max(capacity, 4));

    /// <summary>Gets the number of orders accepted.</summary>
    public int Count => _rows.Count;

    /// <summary>Gets the orders refused so far, each with the problem that says why, in the order added.</summary>
    public IReadOnlyList<LedgerProblem> Problems => [.. _refused.Select(r => r.Problem)];

    /// <summary>Gets whether the batch has been given to a builder (and is now read-only).</summary>
    public bool IsAdded => _added;

    /// <summary>The table of the accepted orders.</summary>
    internal OrderRows Rows => _rows;

    /// <summary>The refused orders (id and problem), in the order added.</summary>
    internal List<(OrderId OrderId, LedgerProblem Problem)> Refused => _refused;

    /// <summary>Adds an order, or refuses it when a rule of <see cref="Order"/> does not hold.</summary>
    /// <param name="orderId">The order id as UTF-8.</param>
    /// <param name="channel">MFN or AFN.</param>
    /// <param name="purchasedAt">When the buyer placed the order.</param>
    /// <param name="lines">The item lines; at least one. Give the same array for orders with the same lines: it is kept, not copied.</param>
    /// <param name="at">Where the order was read, for problem messages.</param>
    /// <param name="marketplaceId">The marketplace, when known.</param>
    /// <param name="buyerId">The buyer id as UTF-8; empty when unknown.</param>
    /// <param name="shipToCountry">The country shipped to, when known.</param>
    /// <param name="shippingPrice">The outbound shipping price, when known.</param>
    /// <param name="latestShipDate">The latest ship date.</param>
    /// <param name="shippedAt">When the seller confirmed shipment.</param>
    /// <param name="trackingId">The tracking id as UTF-8; empty (or blank) when there is none.</param>
    /// <param name="firstCarrierScanAt">When the carrier first scanned the parcel.</param>
    /// <param name="buyShippingClaimsProtected">Whether the label carries Buy Shipping claims protection.</param>
    /// <param name="latestDeliveryDate">The end of the promised delivery range.</param>
    /// <param name="deliveredAt">When tracking showed the parcel delivered.</param>
    /// <param name="cancelledAt">When the order was cancelled.</param>
    /// <param name="cancelledBy">Who cancelled it; required with <paramref name="cancelledAt"/>.</param>
    /// <param name="cancelledByAssumed">Whether <paramref name="cancelledBy"/> is an assumption of the import (<see cref="Order.CancelledByAssumed"/>).</param>
    /// <returns>Null when the order was added; otherwise why it was refused (field and rule), also kept in <see cref="Problems"/>.</returns>
    /// <exception cref="InvalidOperationException">The batch was already given to a builder.</exception>
    public LedgerProblem? Add(
        ReadOnlySpan<byte> orderId,
        FulfillmentChannel channel,
        Instant purchasedAt,
        ImmutableArray<OrderLine> lines,
        SourceLocation? at = null,
        string? marketplaceId = null,
        ReadOnlySpan<byte> buyerId = default,
        string? shipToCountry = null,
        Money? shippingPrice = null,
        Instant? latestShipDate = null,
        Instant? shippedAt = null,
        ReadOnlySpan<byte> trackingId = default,
        Instant? firstCarrierScanAt = null,
        bool buyShippingClaimsProtected = false,
        Instant? latestDeliveryDate = null,
        Instant? deliveredAt = null,
        Instant? cancelledAt = null,
        CancelledBy? cancelledBy = null,
        bool cancelledByAssumed = false)
    {
        ThrowIfAdded();
        RuleViolation? violation = _rows.TryAdd(
            orderId, channel, purchasedAt, lines, marketplaceId, buyerId, !buyerId.IsEmpty, shipToCountry, shippingPrice, latestShipDate, shippedAt,
            trackingId, firstCarrierScanAt, buyShippingClaimsProtected, latestDeliveryDate, deliveredAt, cancelledAt, cancelledBy, at, cancelledByAssumed);
        return violation is null ? null : Refuse(Encoding.UTF8.GetString(orderId), violation, at);
    }

    /// <summary>
    /// Adds an order made already (its rules hold: the constructor checked them). A line list identical to one of an order
    /// added before is kept once (the batch does not keep this order's own list).
    /// </summary>
    /// <param name="order">The order.</param>
    /// <param name="at">Where it was read.</param>
    /// <exception cref="InvalidOperationException">The batch was already given to a builder.</exception>
    public void Add(Order order, SourceLocation? at = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ThrowIfAdded();
        _rows.Add(order, at, _lineLists ??= new SharedLineLists());
    }

    /// <summary>Marks the batch as given to a builder and returns its table, frozen.</summary>
    internal OrderRows TakeRows()
    {
        ThrowIfAdded();
        _added = true;
        return _rows.Freeze();
    }

    private LedgerProblem Refuse(string orderId, RuleViolation violation, SourceLocation? at)
    {
        var problem = new LedgerProblem(LedgerProblemKind.InvalidValue, $"order {orderId}: {violation.Rule}", at, violation.Field);
        _refused.Add((string.IsNullOrWhiteSpace(orderId) ? default : new OrderId(orderId), problem));
        return problem;
    }

    private void ThrowIfAdded()
    {
        if (_added)
        {
            throw new InvalidOperationException("The batch was given to a builder and is read-only; start a new batch.");
        }
    }
}
