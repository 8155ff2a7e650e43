using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>Derives ledgers for forecasts and what-ifs: the ledger as known on a day, and synthetic clean orders.</summary>
internal static class KnownLedger
{
    /// <summary>
    /// Returns the ledger as it was known by the end of <paramref name="asOf"/>, with the forecast's "nothing new goes wrong"
    /// completed: open seller-fulfilled orders ship at their latest ship date with tracking and a scan and are delivered by
    /// their latest delivery date; unanswered return requests still within their response time are answered on time.
    /// Pending claims and chargebacks, and standing feedback, stay as they are.
    /// </summary>
    public static SellerLedger AsOf(SellerLedger ledger, LocalDate asOf, ReportingCalendar calendar, Duration responseTime)
    {
        Instant end = calendar.EndOf(asOf);
        bool Known(Instant? i) => i is { } v && v < end;
        Instant? IfKnown(Instant? i) => Known(i) ? i : null;
        SellerLedger.Builder b = SellerLedger.CreateBuilder();
        foreach (Order o in ledger.Orders)
        {
            if (!Known(o.PurchasedAt))
            {
                continue;
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

            b.Add(known);
        }

        foreach (Feedback f in ledger.Feedback.Where(f => Known(f.ReceivedAt)))
        {
            b.Add(Known(f.RemovedAt) ? f : new Feedback(f.OrderId, f.ReceivedAt, f.Rating));
        }

        foreach (AtoZClaim c in ledger.Claims.Where(c => Known(c.FiledAt)))
        {
            AtoZClaim k = Known(c.DecidedAt) ? c : c.WithDecision(null, null);
            b.Add(k.ReversedAt is not null && !Known(k.ReversedAt) ? k.WithDecision(k.Outcome, k.DecidedAt) : k);
        }

        foreach (Chargeback c in ledger.Chargebacks.Where(c => Known(c.ReceivedAt)))
        {
            b.Add(Known(c.DecidedAt) ? c : c.WithDecision(null, null));
        }

        foreach (ReturnRequest r in ledger.Returns.Where(r => Known(r.RequestedAt)))
        {
            Instant? responded = IfKnown(r.RespondedAt);
            if (responded is null && r.RequestedAt + responseTime >= end)
            {
                responded = r.RequestedAt + responseTime;
            }

            b.Add(new ReturnRequest(r.ReturnId, r.OrderId, r.Sku, r.Quantity, r.RequestedAt, r.Reason, r.Status, r.InPolicy, responded,
                r.RejectedIncorrectly, r.NegativeReturnFeedback, IfKnown(r.ShippedAt), IfKnown(r.ReceivedAt), IfKnown(r.RefundedAt),
                Known(r.RefundedAt) ? r.RefundAmount : null, r.Returnless));
        }

        return b.ToImmutable();
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
