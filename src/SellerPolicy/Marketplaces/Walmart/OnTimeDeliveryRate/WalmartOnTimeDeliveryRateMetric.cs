using SellerPolicy.Metrics;

namespace SellerPolicy.Marketplaces.Walmart;

/// <summary>
/// Walmart's on-time delivery rate: orders whose estimated delivery date is in the window (30 days (default)), not cancelled
/// before shipment, delivered by that date; ≥ 90 %.
/// </summary>
public sealed class WalmartOnTimeDeliveryRateMetric : RollingRateMetric
{
    /// <summary>Creates the metric.</summary>
    /// <param name="standards">The standards (<see cref="WalmartStandards.OnTimeDelivery"/>).</param>
    public WalmartOnTimeDeliveryRateMetric(WalmartStandards standards)
        : base(WalmartMetricIds.OnTimeDeliveryRate, "On-time delivery rate", Required(standards, nameof(standards)).OnTimeDelivery.WindowDays,
            standards.OnTimeDelivery.Target, GoodRateSlots("deliveriesDue", "deliveredOnTime", "notDeliveredOnTime"))
    {
    }

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        if (order.LatestDeliveryDate is not { } due)
        {
            return;
        }

        (int from, int to) = InWindow(sink.Day(due));
        to = Math.Min(to, WalmartOrderRules.CancelledBeforeShipmentFrom(order, sink));
        EmitGoodFrom(sink, from, to, WalmartOrderRules.DeliveredOnTime(order) ? from : ContributionSink.Never);
    }
}
