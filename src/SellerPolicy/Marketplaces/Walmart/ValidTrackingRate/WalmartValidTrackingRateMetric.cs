using SellerPolicy.Metrics;

namespace SellerPolicy.Marketplaces.Walmart;

/// <summary>Walmart's valid tracking rate: shipments confirmed in the window (30 days (default)) with a tracking id and a carrier scan; ≥ 99 %.</summary>
public sealed class WalmartValidTrackingRateMetric : RollingRateMetric
{
    /// <summary>Creates the metric.</summary>
    /// <param name="standards">The standards (<see cref="WalmartStandards.ValidTracking"/>).</param>
    public WalmartValidTrackingRateMetric(WalmartStandards standards)
        : base(WalmartMetricIds.ValidTrackingRate, "Valid tracking rate", Required(standards, nameof(standards)).ValidTracking.WindowDays,
            standards.ValidTracking.Target, GoodRateSlots("shipments", "validTracking", "withoutValidTracking"))
    {
    }

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        if (order.ShippedAt is { } shipped)
        {
            (int from, int to) = InWindow(sink.Day(shipped));
            EmitGoodFrom(sink, from, to, WalmartOrderRules.ValidTrackingFrom(order, sink));
        }
    }
}
