using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>Derives what forecasts and what-ifs compute on: an order as known on a day, and synthetic clean orders.</summary>
internal static class KnownLedger
{
    /// <summary>
    /// Returns the order and its records as they were known by <paramref name="end"/> (the end of the as-of day), with the
    /// forecast's "nothing new goes wrong" completed: an open seller-fulfilled order ships at its latest ship date with tracking
    /// and a scan and is delivered by its latest delivery date; an unanswered return request still within its response time is
    /// answered on time. Pending claims and chargebacks, and standing feedback, stay as they are. Null when the order was not
    /// placed yet.
    /// </summary>
    /// <remarks>An order none of whose instants (see <see cref="ChangesFrom"/>) is at or after <paramref name="end"/> comes back unchanged.</remarks>
    public static OrderSlice? AsOf(OrderSlice slice, Instant end, Duration responseTime)
    {
        bool Known(Instant? i) => i is { } v && v < end;
        Instant? IfKnown(Instant? i) => Known(i) ? i : null;
        Order o = slice.Order;
        if (!Known(o.PurchasedAt))
        {
            return null;
        }

        Order known = o.WithCancellation(IfKnown(o.CancelledAt), Known(o.CancelledAt) ? o.CancelledBy : null)
            .WithShipment(IfKnown(o.ShippedAt), Known(o.ShippedAt) ? o.TrackingId : null, IfKnown(o.FirstCarrierScanAt))
            .WithDelivery(o.LatestDeliveryDate, IfKnown(o.DeliveredAt));
        if (known.Channel == FulfillmentChannel.Mfn && known.CancelledAt is null && known.ShippedAt is null
            && known.LatestShipDate is { } lsd && lsd >= end)
        {
            Instant? delivered = known.LatestDeliveryDate is { } ldd && ldd >= lsd ? ldd : null;
            known = known.WithShipment(lsd, "FORECAST", lsd).WithDelivery(known.LatestDeliveryDate, delivered);
        }

        ImmutableArray<Feedback> feedback = [.. slice.Feedback.Where(f => Known(f.ReceivedAt))
            .Select(f => Known(f.RemovedAt) ? f : new Feedback(f.OrderId, f.ReceivedAt, f.Rating))];
        ImmutableArray<AtoZClaim> claims = [.. slice.Claims.Where(c => Known(c.FiledAt)).Select(c =>
        {
            AtoZClaim k = Known(c.DecidedAt) ? c : c.WithDecision(null, null);
            return k.ReversedAt is not null && !Known(k.ReversedAt) ? k.WithDecision(k.Outcome, k.DecidedAt) : k;
        })];
        ImmutableArray<Chargeback> chargebacks = [.. slice.Chargebacks.Where(c => Known(c.ReceivedAt))
            .Select(c => Known(c.DecidedAt) ? c : c.WithDecision(null, null))];
        ImmutableArray<ReturnRequest> returns = [.. slice.Returns.Where(r => Known(r.RequestedAt)).Select(r =>
        {
            Instant? responded = IfKnown(r.RespondedAt);
            if (responded is null && r.RequestedAt + responseTime >= end)
            {
                responded = r.RequestedAt + responseTime;
            }

            return new ReturnRequest(r.ReturnId, r.OrderId, r.Sku, r.Quantity, r.RequestedAt, r.Reason, r.Status, r.InPolicy, responded,
                r.RejectedIncorrectly, r.NegativeReturnFeedback, IfKnown(r.ShippedAt), IfKnown(r.ReceivedAt), IfKnown(r.RefundedAt),
                Known(r.RefundedAt) ? r.RefundAmount : null, r.Returnless);
        })];
        ImmutableArray<BuyerContact> contacts = [.. slice.Contacts.Where(c => Known(c.BuyerContactedAt))];
        return new OrderSlice(known, feedback, claims, chargebacks, returns, contacts);
    }

    /// <summary>
    /// Returns the latest instant (Unix ticks) at or after which <see cref="AsOf"/> changes the order: its facts, the latest ship
    /// date of an open seller-fulfilled order, the instants of its records and the response deadline of an unanswered return.
    /// An order is known as it stands by any end after this instant.
    /// </summary>
    public static long ChangesFrom(in OrderFacts facts, SellerLedger.OrderRecords? records, Duration responseTime)
    {
        long latest = facts.PurchasedAt.ToUnixTimeTicks();
        void Take(Instant? at)
        {
            if (at is { } v && v.ToUnixTimeTicks() > latest)
            {
                latest = v.ToUnixTimeTicks();
            }
        }

        Take(facts.ShippedAt);
        Take(facts.FirstCarrierScanAt);
        Take(facts.DeliveredAt);
        Take(facts.CancelledAt);
        if (facts.Channel == FulfillmentChannel.Mfn && facts.ShippedAt is null && facts.CancelledAt is null)
        {
            Take(facts.LatestShipDate);
        }

        if (records is null)
        {
            return latest;
        }

        foreach (Feedback f in records.Feedback)
        {
            Take(f.ReceivedAt);
            Take(f.RemovedAt);
        }

        foreach (AtoZClaim c in records.Claims)
        {
            Take(c.FiledAt);
            Take(c.DecidedAt);
            Take(c.ReversedAt);
        }

        foreach (Chargeback c in records.Chargebacks)
        {
            Take(c.ReceivedAt);
            Take(c.DecidedAt);
        }

        foreach (ReturnRequest r in records.Returns)
        {
            Take(r.RequestedAt);
            Take(r.RespondedAt ?? r.RequestedAt + responseTime);
            Take(r.ShippedAt);
            Take(r.ReceivedAt);
            Take(r.RefundedAt);
        }

        foreach (BuyerContact c in records.Contacts)
        {
            Take(c.BuyerContactedAt);
        }

        return latest;
    }

    /// <summary>
    /// Returns <paramref name="count"/> clean synthetic orders bought at noon (reporting zone) of <paramref name="day"/>: MFN ones
    /// ship with tracking and a scan 2 hours later, before their latest ship date, and are delivered before their latest delivery date.
    /// </summary>
    public static IEnumerable<Order> CleanOrders(string prefix, LocalDate day, int count, FulfillmentChannel channel, ReportingCalendar calendar)
    {
        Instant purchased = calendar.StartOf(day) + Duration.FromHours(12);
        for (int i = 0; i < count; i++)
        {
            var id = new OrderId($"{prefix}-{day:uuuuMMdd}-{channel}-{i}");
            OrderLine line = new(new Sku("HYPOTHETICAL"), 1, new Money(1m, "USD"));
            yield return channel == FulfillmentChannel.Mfn
                ? new Order(id, channel, purchased, [line],
                    latestShipDate: purchased + Duration.FromDays(2), shippedAt: purchased + Duration.FromHours(2), trackingId: "HYPOTHETICAL",
                    firstCarrierScanAt: purchased + Duration.FromHours(2), latestDeliveryDate: purchased + Duration.FromDays(6),
                    deliveredAt: purchased + Duration.FromDays(3))
                : new Order(id, channel, purchased, [line]);
        }
    }
}
