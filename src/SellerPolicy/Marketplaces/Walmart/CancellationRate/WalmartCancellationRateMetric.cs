using SellerPolicy.Metrics;

namespace SellerPolicy.Marketplaces.Walmart;

/// <summary>Walmart's cancellation rate: orders purchased in the window (30 days (default)) cancelled by the seller or automatically (default) before shipment; ≤ 2 %.</summary>
public sealed class WalmartCancellationRateMetric : RollingRateMetric
{
    /// <summary>Creates the metric.</summary>
    /// <param name="standards">The standards (<see cref="WalmartStandards.Cancellation"/>, <see cref="WalmartStandards.CountingCancellations"/>).</param>
    public WalmartCancellationRateMetric(WalmartStandards standards)
        : base(WalmartMetricIds.CancellationRate, "Cancellation rate", Required(standards, nameof(standards)).Cancellation.WindowDays, standards.Cancellation.Target,
            RateSlots("orders", "cancelled"))
        => Standards = standards;

    /// <summary>Gets the standards.</summary>
    public WalmartStandards Standards { get; }

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        (int from, int to) = InWindow(sink.Day(order.PurchasedAt));
        EmitBadFrom(sink, from, to, WalmartOrderRules.CancelledFrom(order, sink, Standards.CountingCancellations));
    }
}
