using SellerPolicy.Metrics;

namespace SellerPolicy.Marketplaces.Walmart;

/// <summary>Walmart's refund rate: orders purchased in the window (90 days (default)) with a refund known; &lt; 6 %.</summary>
public sealed class WalmartRefundRateMetric : RollingRateMetric
{
    /// <summary>Creates the metric.</summary>
    /// <param name="standards">The standards (<see cref="WalmartStandards.Refund"/>).</param>
    public WalmartRefundRateMetric(WalmartStandards standards)
        : base(WalmartMetricIds.RefundRate, "Refund rate", Required(standards, nameof(standards)).Refund.WindowDays, standards.Refund.Target,
            RateSlots("orders", "refunded"))
    {
    }

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        (int from, int to) = InWindow(sink.Day(order.PurchasedAt));
        EmitBadFrom(sink, from, to, WalmartOrderRules.RefundedFrom(order.Returns, sink));
    }
}
