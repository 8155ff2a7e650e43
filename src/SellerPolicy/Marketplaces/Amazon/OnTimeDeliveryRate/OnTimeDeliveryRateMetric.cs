using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Marketplaces.Amazon;

/// <summary>
/// Amazon's on-time delivery rate: tracked seller-fulfilled shipments whose latest delivery date is in the window (14 days
/// by default), delivered by that date.
/// </summary>
public sealed class OnTimeDeliveryRateMetric : RollingRateMetric
{
    /// <summary>The slot of the tracked shipments due in the window (denominator).</summary>
    public const int ShipmentCountWithValidTracking = 0;

    /// <summary>The slot of the shipments delivered on time (numerator).</summary>
    public const int OnTimeDeliveryCount = 1;

    /// <summary>The hurt-only slot naming the shipments not delivered on time.</summary>
    public const int NotOnTime = 2;

    /// <summary>Creates the metric.</summary>
    /// <param name="policy">Its window and target.</param>
    public OnTimeDeliveryRateMetric(RollingMetricPolicy policy)
        : base(AmazonMetricIds.OnTimeDeliveryRate, MetricKind.OnTimeDeliveryRate.Label(), Required(policy, nameof(policy)).WindowDays, policy.Target,
            GoodRateSlots("shipmentCountWithValidTracking", "onTimeDeliveryCount", "notOnTime"))
        => Policy = policy;

    /// <summary>Gets the window and target.</summary>
    public RollingMetricPolicy Policy { get; }

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        if (order.Channel != FulfillmentChannel.Mfn || order.LatestDeliveryDate is not { } latestDelivery || order.ShippedAt is not { } shipped
            || !order.HasTrackingId || order.FirstCarrierScanAt is not { } scan)
        {
            return;
        }

        (int due, int to) = InWindow(sink.Day(latestDelivery));
        int from = Math.Max(due, Math.Max(sink.Day(shipped), sink.Day(scan)));
        int onTimeFrom = order.DeliveredAt is { } delivered && delivered <= latestDelivery ? sink.Day(delivered) : ContributionSink.Never;
        EmitGoodFrom(sink, from, to, onTimeFrom);
    }

    /// <inheritdoc />
    public override MetricResult Judge(MetricCounts counts, DayWindow window, ImmutableArray<OrderId> hurting, string policyVersion)
        => new OnTimeDeliveryRateResult(window, counts[ShipmentCountWithValidTracking], counts[OnTimeDeliveryCount], Target, policyVersion, hurting);
}
