using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Metrics;

/// <summary>
/// One order and every record attached to it, as a metric's <see cref="Metric.Contribute"/> reads them: the order's facts
/// (instants, channel, tracking, cancellation) and spans of its feedback, claims, chargebacks, return requests and contacts.
/// </summary>
/// <remarks>
/// A ref struct: it lives on the stack for one call, so the engine walks a million orders without allocating. The records
/// are those of this order only, each in the ledger's canonical order. Build one with <see cref="Of"/> (tests, hosts).
/// </remarks>
public readonly ref struct OrderEvidence
{
    private readonly OrderFacts _facts;

    internal OrderEvidence(
        OrderFacts facts,
        ReadOnlySpan<Feedback> feedback,
        ReadOnlySpan<AtoZClaim> claims,
        ReadOnlySpan<Chargeback> chargebacks,
        ReadOnlySpan<ReturnRequest> returns,
        ReadOnlySpan<BuyerContact> contacts)
    {
        _facts = facts;
        Feedback = feedback;
        Claims = claims;
        Chargebacks = chargebacks;
        Returns = returns;
        Contacts = contacts;
    }

    /// <summary>Returns the evidence of <paramref name="order"/> with its records.</summary>
    /// <param name="order">The order.</param>
    /// <param name="feedback">Its feedback (at most one in a valid ledger).</param>
    /// <param name="claims">Its A-to-z claims (cases).</param>
    /// <param name="chargebacks">Its chargebacks.</param>
    /// <param name="returns">Its return requests.</param>
    /// <param name="contacts">Its buyer contacts.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    public static OrderEvidence Of(
        Order order,
        ReadOnlySpan<Feedback> feedback = default,
        ReadOnlySpan<AtoZClaim> claims = default,
        ReadOnlySpan<Chargeback> chargebacks = default,
        ReadOnlySpan<ReturnRequest> returns = default,
        ReadOnlySpan<BuyerContact> contacts = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderEvidence(OrderFacts.Of(order), feedback, claims, chargebacks, returns, contacts);
    }

    /// <summary>Gets the fulfilment channel.</summary>
    public FulfillmentChannel Channel => _facts.Channel;

    /// <summary>Gets when the order was placed.</summary>
    public Instant PurchasedAt => _facts.PurchasedAt;

    /// <summary>Gets the latest ship date promised, if any.</summary>
    public Instant? LatestShipDate => _facts.LatestShipDate;

    /// <summary>Gets when the shipment was confirmed, if it was.</summary>
    public Instant? ShippedAt => _facts.ShippedAt;

    /// <summary>Gets the first carrier scan, if any.</summary>
    public Instant? FirstCarrierScanAt => _facts.FirstCarrierScanAt;

    /// <summary>Gets whether the shipment carries a tracking id.</summary>
    public bool HasTrackingId => _facts.HasTrackingId;

    /// <summary>Gets the latest delivery date promised, if any.</summary>
    public Instant? LatestDeliveryDate => _facts.LatestDeliveryDate;

    /// <summary>Gets when the order was delivered, if it was.</summary>
    public Instant? DeliveredAt => _facts.DeliveredAt;

    /// <summary>Gets when the order was cancelled, if it was.</summary>
    public Instant? CancelledAt => _facts.CancelledAt;

    /// <summary>Gets who cancelled the order, if it was.</summary>
    public CancelledBy? CancelledBy => _facts.CancelledBy;

    /// <summary>Gets the order's feedback.</summary>
    public ReadOnlySpan<Feedback> Feedback { get; }

    /// <summary>Gets the order's A-to-z claims (a marketplace's cases).</summary>
    public ReadOnlySpan<AtoZClaim> Claims { get; }

    /// <summary>Gets the order's chargebacks.</summary>
    public ReadOnlySpan<Chargeback> Chargebacks { get; }

    /// <summary>Gets the order's return requests.</summary>
    public ReadOnlySpan<ReturnRequest> Returns { get; }

    /// <summary>Gets the order's buyer contacts.</summary>
    public ReadOnlySpan<BuyerContact> Contacts { get; }
}
