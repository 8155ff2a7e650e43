using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Amazon;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Metrics;

/// <summary>
/// The oracle: every metric recomputed for one day from scratch, straight from domain-rules.md 4.1 with LINQ over the
/// domain objects. Slow (O(orders) per day) and obviously correct; the engine is checked against it.
/// </summary>
internal static class ReferenceCalculator
{
    public static AccountHealthSnapshot Snapshot(SellerLedger ledger, LocalDate d, MarketplacePolicy policy)
    {
        ReportingCalendar calendar = policy.Reporting;
        bool Known(Instant? instant) => calendar.IsKnown(instant, d);
        LocalDate Day(Instant instant) => calendar.DayOf(instant);
        MetricCatalog catalog = AmazonMetrics.CatalogFor(policy);
        var counts = new int[catalog.CountedColumns];
        var ids = new Dictionary<MetricKind, ImmutableArray<OrderId>>();
        void Set(CountColumn column, int value) => counts[(int)column] = value;
        void Hurt(MetricKind kind, IEnumerable<OrderId> orders)
            => ids[kind] = [.. orders.Distinct().OrderBy(o => o.Value, StringComparer.Ordinal)];

        // ODR, per channel: purchase day in [D-lag-(W-1), D-lag].
        OrderDefectRatePolicy odr = policy.OrderDefectRate;
        DayWindow odrWindow = DayWindow.Ending(d.PlusDays(-odr.LagDays), odr.WindowDays);
        bool NegativeFeedback(Order o) => ledger.FeedbackOf(o.OrderId)
            .Any(f => f.Rating <= odr.NegativeFeedbackMaxRating && Known(f.ReceivedAt) && !Known(f.RemovedAt));
        bool Claim(Order o) => ledger.ClaimsOf(o.OrderId).Any(c =>
            Known(c.FiledAt)
            && !Known(c.ReversedAt)
            && (Known(c.DecidedAt)
                ? odr.CountingClaimOutcomes.Contains(c.Outcome!.Value)
                : odr.PendingClaimsCount));
        bool ChargebackCounts(Order o) => ledger.ChargebacksOf(o.OrderId).Any(c =>
            c.Type == ChargebackType.Service && Known(c.ReceivedAt) && !(c.Outcome == ChargebackOutcome.DecidedForSeller && Known(c.DecidedAt)));
        foreach ((FulfillmentChannel channel, CountColumn first, MetricKind kind) in new[]
                 {
                     (FulfillmentChannel.Mfn, CountColumn.MfnOrders, MetricKind.OrderDefectRateMfn),
                     (FulfillmentChannel.Afn, CountColumn.AfnOrders, MetricKind.OrderDefectRateAfn),
                 })
        {
            var orders = ledger.Orders.Where(o => o.Channel == channel && odrWindow.Contains(Day(o.PurchasedAt))).ToList();
            var defective = orders.Where(o => NegativeFeedback(o) || Claim(o) || ChargebackCounts(o)).ToList();
            Set(first, orders.Count);
            Set(first + 1, defective.Count);
            Set(first + 2, orders.Count(Claim));
            Set(first + 3, orders.Count(ChargebackCounts));
            Set(first + 4, orders.Count(NegativeFeedback));
            Hurt(kind, defective.Select(o => o.OrderId));
        }

        var mfn = ledger.Orders.Where(o => o.Channel == FulfillmentChannel.Mfn).ToList();

        // Cancellation: purchase day in [D-(W-1), D].
        DayWindow cancelWindow = DayWindow.Ending(d, policy.PreFulfillmentCancellation.WindowDays);
        var cancelOrders = mfn.Where(o => cancelWindow.Contains(Day(o.PurchasedAt))).ToList();
        var cancelled = cancelOrders.Where(o =>
            Known(o.CancelledAt)
            && o.CancelledBy is CancelledBy.Seller or CancelledBy.System
            && (!Known(o.ShippedAt) || o.CancelledAt < o.ShippedAt)).ToList();
        Set(CountColumn.CancellationOrders, cancelOrders.Count);
        Set(CountColumn.Cancelled, cancelled.Count);
        Hurt(MetricKind.PreFulfillmentCancellationRate, cancelled.Select(o => o.OrderId));

        // Late shipment: latest ship day in the window; cancelled before shipment left out.
        bool CancelledBeforeShipment(Order o) => Known(o.CancelledAt) && (!Known(o.ShippedAt) || o.ShippedAt > o.CancelledAt);
        bool Late(Order o) => (Known(o.ShippedAt) && o.ShippedAt > o.LatestShipDate) || !Known(o.ShippedAt);
        foreach ((RollingMetricPolicy metric, CountColumn first, MetricKind kind) in new[]
                 {
                     (policy.LateShipment, CountColumn.LateShipmentOrders, MetricKind.LateShipmentRate),
                     (policy.LateShipment10Day, CountColumn.LateShipment10DayOrders, MetricKind.LateShipmentRate10Day),
                 })
        {
            DayWindow window = DayWindow.Ending(d, metric.WindowDays);
            var due = mfn.Where(o => o.LatestShipDate is { } lsd && window.Contains(Day(lsd)) && !CancelledBeforeShipment(o)).ToList();
            var late = due.Where(Late).ToList();
            Set(first, due.Count);
            Set(first + 1, late.Count);
            Hurt(kind, late.Select(o => o.OrderId));
        }

        // Valid tracking: shipments known, ship day in the window.
        DayWindow trackingWindow = DayWindow.Ending(d, policy.ValidTracking.WindowDays);
        var shipments = mfn.Where(o => Known(o.ShippedAt) && trackingWindow.Contains(Day(o.ShippedAt!.Value))).ToList();
        var invalid = shipments.Where(o => !(o.TrackingId is not null && Known(o.FirstCarrierScanAt))).ToList();
        Set(CountColumn.TrackingShipments, shipments.Count);
        Set(CountColumn.ValidTracking, shipments.Count - invalid.Count);
        Hurt(MetricKind.ValidTrackingRate, invalid.Select(o => o.OrderId));

        // On-time delivery: latest delivery day in the window, shipped, tracked and scanned as of D.
        DayWindow deliveryWindow = DayWindow.Ending(d, policy.OnTimeDelivery.WindowDays);
        var tracked = mfn.Where(o => o.LatestDeliveryDate is { } ldd && deliveryWindow.Contains(Day(ldd))
                                     && Known(o.ShippedAt) && o.TrackingId is not null && Known(o.FirstCarrierScanAt)).ToList();
        var notOnTime = tracked.Where(o => !(Known(o.DeliveredAt) && o.DeliveredAt <= o.LatestDeliveryDate)).ToList();
        Set(CountColumn.DeliveryShipments, tracked.Count);
        Set(CountColumn.OnTimeDeliveries, tracked.Count - notOnTime.Count);
        Hurt(MetricKind.OnTimeDeliveryRate, notOnTime.Select(o => o.OrderId));

        // Return dissatisfaction: MFN orders' requests, request day in the window.
        ReturnDissatisfactionPolicy rd = policy.ReturnDissatisfaction;
        DayWindow returnWindow = DayWindow.Ending(d, rd.WindowDays);
        bool LateResponse(ReturnRequest r)
            => (Known(r.RespondedAt) && r.RespondedAt > r.RequestedAt + policy.Returns.ResponseTime)
               || (!Known(r.RespondedAt) && r.RequestedAt + policy.Returns.ResponseTime < calendar.StartOf(d.PlusDays(1)));
        var requests = mfn.SelectMany(o => ledger.ReturnsOf(o.OrderId)).Where(r => returnWindow.Contains(Day(r.RequestedAt))).ToList();
        var dissatisfied = requests.Where(r => r.NegativeReturnFeedback || r.RejectedIncorrectly || LateResponse(r)).ToList();
        Set(CountColumn.ReturnRequests, requests.Count);
        Set(CountColumn.ReturnsDissatisfied, dissatisfied.Count);
        Set(CountColumn.ReturnsNegativeFeedback, requests.Count(r => r.NegativeReturnFeedback));
        Set(CountColumn.ReturnsLateResponse, requests.Count(LateResponse));
        Set(CountColumn.ReturnsInvalidRejection, requests.Count(r => r.RejectedIncorrectly));
        Hurt(MetricKind.ReturnDissatisfactionRate, dissatisfied.Select(r => r.OrderId));

        return AccountHealthSnapshot.Create(d, policy.Version, new AccountHealthCounts(catalog, counts), m => ids[catalog[m].Id.Kind()]);
    }
}

/// <summary>Amazon's counted columns, in catalog order (the reference calculator's layout).</summary>
internal enum CountColumn
{
    MfnOrders,
    MfnDefective,
    MfnClaims,
    MfnChargebacks,
    MfnNegativeFeedback,
    AfnOrders,
    AfnDefective,
    AfnClaims,
    AfnChargebacks,
    AfnNegativeFeedback,
    CancellationOrders,
    Cancelled,
    LateShipmentOrders,
    LateShipments,
    LateShipment10DayOrders,
    LateShipments10Day,
    TrackingShipments,
    ValidTracking,
    DeliveryShipments,
    OnTimeDeliveries,
    ReturnRequests,
    ReturnsDissatisfied,
    ReturnsNegativeFeedback,
    ReturnsLateResponse,
    ReturnsInvalidRejection,
}

internal static class MetricIdKinds
{
    public static MetricKind Kind(this MetricId id) => MetricKindExtensions.TryFromMetricId(id, out MetricKind k) ? k : throw new InvalidOperationException(id.Value);
}
