using NodaTime;

namespace SellerPolicy.Ledger;

/// <summary>
/// How much a version of a record knows: the instant of its latest fact, then how many facts it holds (compared in that
/// order: see <see cref="Metrics.Tracking.RecordVersions"/>).
/// </summary>
/// <param name="Latest">The latest fact instant.</param>
/// <param name="Facts">The number of facts.</param>
internal readonly record struct RecordKnowledge(Instant Latest, int Facts) : IComparable<RecordKnowledge>
{
    /// <inheritdoc />
    public int CompareTo(RecordKnowledge other)
    {
        int byLatest = Latest.CompareTo(other.Latest);
        return byLatest != 0 ? byLatest : Facts.CompareTo(other.Facts);
    }

    /// <summary>The knowledge of a record whose first fact is <paramref name="first"/> and whose later facts (null: not yet) are <paramref name="later"/>.</summary>
    public static RecordKnowledge From(Instant first, params ReadOnlySpan<Instant?> later)
    {
        Instant latest = first;
        int facts = 1;
        foreach (Instant? at in later)
        {
            if (at is { } instant)
            {
                facts++;
                latest = instant > latest ? instant : latest;
            }
        }

        return new RecordKnowledge(latest, facts);
    }
}

/// <summary>
/// The one place that says, for each record kind, which of its instants are facts (what happened and when; promised dates
/// such as the latest ship date are not) and what a record looked like as known by an instant. One pair per kind:
/// <c>Of</c> (its facts, for <see cref="SellerLedger.LatestInstant"/>, the tracker's version rule and the forecast's
/// change index) and <c>AsOf</c> (its view by an instant, for forecasts and what-ifs).
/// </summary>
internal static class RecordFacts
{
    /// <summary>The facts of an order: purchase, shipment, first carrier scan, delivery, cancellation.</summary>
    public static RecordKnowledge Of(in OrderFacts o) => RecordKnowledge.From(o.PurchasedAt, o.ShippedAt, o.FirstCarrierScanAt, o.DeliveredAt, o.CancelledAt);

    /// <summary>The facts of an order (see <see cref="Of(in OrderFacts)"/>).</summary>
    public static RecordKnowledge Of(Order o) => Of(OrderFacts.Of(o));

    /// <summary>
    /// The order as known by <paramref name="end"/> (exclusive): facts after it are unknown (a cancellation with who
    /// cancelled, a shipment with its tracking id, the first scan, the delivery); promises stay. Null when it was not bought yet.
    /// </summary>
    /// <remarks>As the forecast always had it, the view does not keep <see cref="Order.CancelledByAssumed"/>.</remarks>
    public static Order? AsOf(Order o, Instant end)
    {
        if (!(o.PurchasedAt < end))
        {
            return null;
        }

        bool cancelled = Known(o.CancelledAt, end);
        bool shipped = Known(o.ShippedAt, end);
        return new Order(
            o.OrderId, o.Channel, o.PurchasedAt, o.Lines, o.MarketplaceId, o.BuyerId, o.ShipToCountry, o.ShippingPrice, o.LatestShipDate,
            shipped ? o.ShippedAt : null, shipped ? o.TrackingId : null, IfKnown(o.FirstCarrierScanAt, end), o.BuyShippingClaimsProtected,
            o.LatestDeliveryDate, IfKnown(o.DeliveredAt, end), cancelled ? o.CancelledAt : null, cancelled ? o.CancelledBy : null);
    }

    /// <summary>The facts of a feedback: received, removed.</summary>
    public static RecordKnowledge Of(Feedback f) => RecordKnowledge.From(f.ReceivedAt, f.RemovedAt);

    /// <summary>The feedback as known by <paramref name="end"/>: standing when its removal is later; null when it was left later.</summary>
    public static Feedback? AsOf(Feedback f, Instant end)
        => !Known(f.ReceivedAt, end) ? null : Known(f.RemovedAt, end) || f.RemovedAt is null ? f : new Feedback(f.OrderId, f.ReceivedAt, f.Rating);

    /// <summary>The facts of a claim: filed, decided, reversed.</summary>
    public static RecordKnowledge Of(AtoZClaim c) => RecordKnowledge.From(c.FiledAt, c.DecidedAt, c.ReversedAt);

    /// <summary>The claim as known by <paramref name="end"/>: pending when its decision is later, not reversed when its reversal is; null when filed later.</summary>
    public static AtoZClaim? AsOf(AtoZClaim c, Instant end)
    {
        if (!Known(c.FiledAt, end))
        {
            return null;
        }

        AtoZClaim known = Known(c.DecidedAt, end) ? c : c.WithDecision(null, null);
        return known.ReversedAt is not null && !Known(known.ReversedAt, end) ? known.WithDecision(known.Outcome, known.DecidedAt) : known;
    }

    /// <summary>The facts of a chargeback: received, decided.</summary>
    public static RecordKnowledge Of(Chargeback c) => RecordKnowledge.From(c.ReceivedAt, c.DecidedAt);

    /// <summary>The chargeback as known by <paramref name="end"/>: pending when its decision is later; null when received later.</summary>
    public static Chargeback? AsOf(Chargeback c, Instant end)
        => !Known(c.ReceivedAt, end) ? null : Known(c.DecidedAt, end) ? c : c.WithDecision(null, null);

    /// <summary>
    /// The facts of a return request: requested, responded, shipped back, received, refunded; and, as facts without an
    /// instant, a negative return feedback and an incorrect rejection.
    /// </summary>
    public static RecordKnowledge Of(ReturnRequest r)
    {
        RecordKnowledge k = RecordKnowledge.From(r.RequestedAt, r.RespondedAt, r.ShippedAt, r.ReceivedAt, r.RefundedAt);
        return k with { Facts = k.Facts + (r.NegativeReturnFeedback ? 1 : 0) + (r.RejectedIncorrectly ? 1 : 0) };
    }

    /// <summary>
    /// The return request as known by <paramref name="end"/>: its later events (response, return shipment, receipt, refund with
    /// its amount) unknown; null when requested later.
    /// </summary>
    /// <param name="r">The request.</param>
    /// <param name="end">The instant (exclusive).</param>
    /// <param name="respondedIfUnknown">The response to assume when none is known by <paramref name="end"/> (a forecast's
    /// assumption), or null.</param>
    public static ReturnRequest? AsOf(ReturnRequest r, Instant end, Instant? respondedIfUnknown = null)
        => !Known(r.RequestedAt, end)
            ? null
            : new ReturnRequest(r.ReturnId, r.OrderId, r.Sku, r.Quantity, r.RequestedAt, r.Reason, r.Status, r.InPolicy,
                IfKnown(r.RespondedAt, end) ?? respondedIfUnknown, r.RejectedIncorrectly, r.NegativeReturnFeedback, IfKnown(r.ShippedAt, end),
                IfKnown(r.ReceivedAt, end), IfKnown(r.RefundedAt, end), Known(r.RefundedAt, end) ? r.RefundAmount : null, r.Returnless);

    /// <summary>The facts of a buyer contact: when the buyer wrote.</summary>
    public static RecordKnowledge Of(BuyerContact c) => RecordKnowledge.From(c.BuyerContactedAt);

    /// <summary>The contact as known by <paramref name="end"/>: itself, or null when the buyer wrote later.</summary>
    public static BuyerContact? AsOf(BuyerContact c, Instant end) => Known(c.BuyerContactedAt, end) ? c : null;

    private static bool Known(Instant? at, Instant end) => at is { } v && v < end;

    private static Instant? IfKnown(Instant? at, Instant end) => Known(at, end) ? at : null;
}
