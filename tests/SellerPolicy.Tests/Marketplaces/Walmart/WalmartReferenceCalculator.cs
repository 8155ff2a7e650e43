using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Marketplaces.Walmart;

/// <summary>
/// A deliberately simple calculator of the Walmart metrics' counts as of one day, straight from docs/metrics.md ("Walmart"),
/// with LINQ over the whole ledger and no day intervals: what the engine is checked against.
/// </summary>
internal static class WalmartReferenceCalculator
{
    /// <summary>The pack's windows and switches the reference reads.</summary>
    public sealed record Numbers(int CancellationDays, int OnTimeDeliveryDays, int ValidTrackingDays, int RefundDays, int NegativeFeedbackDays,
        IReadOnlySet<CancelledBy> CountingCancellations, int NegativeFeedbackMaxRating);

    /// <summary>Returns metric id → component name → count as of the end of <paramref name="asOf"/>.</summary>
    public static Dictionary<string, Dictionary<string, int>> Counts(SellerLedger ledger, LocalDate asOf, Numbers n, ReportingCalendar cal)
    {
        bool Known(Instant? instant) => cal.IsKnown(instant, asOf);

        bool In(Instant at, int days) => DayWindow.Ending(asOf, days).Contains(cal.DayOf(at));

        bool CancelledBeforeShipping(Order o) => o.CancelledAt is { } c && (o.ShippedAt is not { } sh || c < sh);

        List<Order> ByPurchase(int days) => [.. ledger.Orders.Where(o => In(o.PurchasedAt, days))];

        List<Order> cancellationOrders = ByPurchase(n.CancellationDays);
        List<Order> due = [.. ledger.Orders.Where(o => o.LatestDeliveryDate is { } d && In(d, n.OnTimeDeliveryDays) && !(CancelledBeforeShipping(o) && Known(o.CancelledAt)))];
        List<Order> shipments = [.. ledger.Orders.Where(o => o.ShippedAt is { } s && Known(s) && In(s, n.ValidTrackingDays))];
        List<Order> refundOrders = ByPurchase(n.RefundDays);
        List<Order> feedbackOrders = ByPurchase(n.NegativeFeedbackDays);
        return new()
        {
            ["cancellationRate"] = new()
            {
                ["orders"] = cancellationOrders.Count,
                ["cancelled"] = cancellationOrders.Count(o => Known(o.CancelledAt) && n.CountingCancellations.Contains(o.CancelledBy!.Value) && CancelledBeforeShipping(o)),
            },
            ["onTimeDeliveryRate"] = new()
            {
                ["deliveriesDue"] = due.Count,
                ["deliveredOnTime"] = due.Count(o => o.DeliveredAt is { } d && d <= o.LatestDeliveryDate!.Value),
            },
            ["validTrackingRate"] = new()
            {
                ["shipments"] = shipments.Count,
                ["validTracking"] = shipments.Count(o => o.TrackingId is not null && Known(o.FirstCarrierScanAt)),
            },
            ["refundRate"] = new()
            {
                ["orders"] = refundOrders.Count,
                ["refunded"] = refundOrders.Count(o => ledger.ReturnsOf(o.OrderId).Any(r => Known(r.RefundedAt))),
            },
            ["negativeFeedbackRate"] = new()
            {
                ["orders"] = feedbackOrders.Count,
                ["negativeFeedback"] = feedbackOrders.Count(o => ledger.FeedbackOf(o.OrderId).Any(f =>
                    f.Rating <= n.NegativeFeedbackMaxRating && Known(f.ReceivedAt) && !Known(f.RemovedAt))),
            },
        };
    }
}
