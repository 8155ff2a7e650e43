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
        if (RecordFacts.AsOf(slice.Order, end) is not { } known)
        {
            return null;
        }

        if (known.Channel == FulfillmentChannel.Mfn && known.CancelledAt is null && known.ShippedAt is null
            && known.LatestShipDate is { } lsd && lsd >= end)
        {
            Instant? delivered = known.LatestDeliveryDate is { } ldd && ldd >= lsd ? ldd : null;
            known = known.WithShipment(lsd, "FORECAST", lsd).WithDelivery(known.LatestDeliveryDate, delivered);
        }

        ImmutableArray<Feedback> feedback = [.. slice.Feedback.Select(f => RecordFacts.AsOf(f, end)).OfType<Feedback>()];
        ImmutableArray<AtoZClaim> claims = [.. slice.Claims.Select(c => RecordFacts.AsOf(c, end)).OfType<AtoZClaim>()];
        ImmutableArray<Chargeback> chargebacks = [.. slice.Chargebacks.Select(c => RecordFacts.AsOf(c, end)).OfType<Chargeback>()];
        ImmutableArray<ReturnRequest> returns = [.. slice.Returns.Select(r => RecordFacts.AsOf(r, end, AnsweredOnTime(r, end, responseTime))).OfType<ReturnRequest>()];
        ImmutableArray<BuyerContact> contacts = [.. slice.Contacts.Select(c => RecordFacts.AsOf(c, end)).OfType<BuyerContact>()];
        return new OrderSlice(known, feedback, claims, chargebacks, returns, contacts);
    }

    /// <summary>
    /// Returns the latest instant (Unix ticks) at or after which <see cref="AsOf"/> changes the order: its facts, the latest ship
    /// date of an open seller-fulfilled order, the instants of its records and the response deadline of an unanswered return.
    /// An order is known as it stands by any end after this instant.
    /// </summary>
    public static long ChangesFrom(in OrderFacts facts, SellerLedger.OrderRecords? records, Duration responseTime)
    {
        Instant latest = RecordFacts.Of(facts).Latest;
        void Take(Instant? at)
        {
            if (at is { } v && v > latest)
            {
                latest = v;
            }
        }

        if (facts.Channel == FulfillmentChannel.Mfn && facts.ShippedAt is null && facts.CancelledAt is null)
        {
            Take(facts.LatestShipDate);
        }

        if (records is not null)
        {
            foreach (Feedback f in records.Feedback)
            {
                Take(RecordFacts.Of(f).Latest);
            }

            foreach (AtoZClaim c in records.Claims)
            {
                Take(RecordFacts.Of(c).Latest);
            }

            foreach (Chargeback c in records.Chargebacks)
            {
                Take(RecordFacts.Of(c).Latest);
            }

            foreach (ReturnRequest r in records.Returns)
            {
                Take(RecordFacts.Of(r).Latest);
                Take(r.RespondedAt is null ? r.RequestedAt + responseTime : null);
            }

            foreach (BuyerContact c in records.Contacts)
            {
                Take(RecordFacts.Of(c).Latest);
            }
        }

        return latest.ToUnixTimeTicks();
    }

    /// <summary>The forecast's response to an unanswered return request still within its response time at <paramref name="end"/>: on time.</summary>
    private static Instant? AnsweredOnTime(ReturnRequest r, Instant end, Duration responseTime)
        => r.RequestedAt + responseTime >= end ? r.RequestedAt + responseTime : null;

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
