using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Time;

namespace SellerPolicy.Marketplaces.Walmart;

/// <summary>
/// Walmart Marketplace's per-order rules (docs/metrics.md, "Walmart"): when an order is cancelled, delivered on time, validly
/// tracked, refunded or negatively rated, as of which days. Days are <see cref="DayNumber"/>s; intervals are as-of days
/// <c>[Start, End)</c>, <see cref="DayNumber.Never"/> for "never ends".
/// </summary>
internal static class WalmartOrderRules
{
    /// <summary>Returns the day from which <paramref name="order"/> is a seller cancellation (by one of <paramref name="counting"/>, before any shipment), or never.</summary>
    public static int CancelledFrom(in OrderEvidence order, ContributionSink sink, IReadOnlySet<CancelledBy> counting)
        => order.CancelledAt is { } cancelled && order.CancelledBy is { } by && counting.Contains(by)
           && (order.ShippedAt is not { } shipped || cancelled < shipped)
            ? sink.Day(cancelled)
            : DayNumber.Never;

    /// <summary>Returns the day a cancellation before shipment is known (the order stops being a delivery or shipment), or never.</summary>
    public static int CancelledBeforeShipmentFrom(in OrderEvidence order, ContributionSink sink)
        => order.CancelledAt is { } cancelled && (order.ShippedAt is not { } shipped || cancelled < shipped)
            ? sink.Day(cancelled)
            : DayNumber.Never;

    /// <summary>Returns whether <paramref name="order"/> was delivered at or before its estimated delivery date.</summary>
    public static bool DeliveredOnTime(in OrderEvidence order)
        => order.LatestDeliveryDate is { } due && order.DeliveredAt is { } delivered && delivered <= due;

    /// <summary>Returns the day from which a shipped order's tracking is valid (a tracking id and a carrier scan), or never.</summary>
    public static int ValidTrackingFrom(in OrderEvidence order, ContributionSink sink)
        => order.HasTrackingId && order.FirstCarrierScanAt is { } scan ? sink.Day(scan) : DayNumber.Never;

    /// <summary>Returns the first day on which a refund of the order is known (any of its return requests refunded), or never.</summary>
    public static int RefundedFrom(ReadOnlySpan<ReturnRequest> returns, ContributionSink sink)
    {
        int first = DayNumber.Never;
        foreach (ReturnRequest request in returns)
        {
            if (request.RefundedAt is { } refunded)
            {
                first = Math.Min(first, sink.Day(refunded));
            }
        }

        return first;
    }

    /// <summary>Returns the instants during which <paramref name="feedback"/> is a negative rating (at most <paramref name="maxRating"/> stars, until removed), or null.</summary>
    public static KnownSpan? NegativeSpan(Feedback feedback, int maxRating)
        => feedback.Rating <= maxRating ? new KnownSpan(feedback.ReceivedAt, feedback.RemovedAt) : null;
}
