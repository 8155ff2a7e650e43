using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>
/// eBay's late shipment rate: transactions of the evaluation period neither scanned by the carrier within the handling time
/// nor delivered by the estimated delivery date, from the day both deadlines have passed; Top Rated ≤ 3 % or ≤ 5 (default).
/// </summary>
public sealed class EbayLateShipmentRateMetric : EbayPeriodMetric
{
    /// <summary>Creates the metric; its target is Top Rated's (the only level with a late shipment requirement).</summary>
    /// <param name="standards">The seller standards.</param>
    public EbayLateShipmentRateMetric(EbaySellerStandards standards)
        : base(EbayMetricIds.LateShipmentRate, "Late shipment rate", standards,
            MetricTarget.AtMost(standards?.TopRated.MaxLateShipmentRate ?? 1), standards?.TopRated.MaxLateShipments ?? int.MaxValue, "lateShipments", "lateShipments")
    {
    }

    /// <inheritdoc />
    protected override void ContributeDefects(in OrderEvidence order, ContributionSink sink, int purchasedDay)
    {
        (int start, int end) = EbayTransactionRules.LateDays(order, sink);
        EmitBoth(sink, 1, purchasedDay, start, end);
    }
}
