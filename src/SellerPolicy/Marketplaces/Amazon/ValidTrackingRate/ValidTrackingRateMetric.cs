using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Marketplaces.Amazon;

/// <summary>
/// Amazon's valid tracking rate: seller-fulfilled shipments confirmed in the window (30 days by default) with a tracking id
/// and a first carrier scan known as of the day.
/// </summary>
public sealed class ValidTrackingRateMetric : RollingRateMetric
{
    /// <summary>The slot of the shipments in the window (denominator).</summary>
    public const int ShipmentCount = 0;

    /// <summary>The slot of the shipments with valid tracking (numerator).</summary>
    public const int ValidTrackingCount = 1;

    /// <summary>The hurt-only slot naming the shipments without valid tracking.</summary>
    public const int WithoutValidTracking = 2;

    /// <summary>Creates the metric.</summary>
    /// <param name="policy">Its window and target.</param>
    public ValidTrackingRateMetric(RollingMetricPolicy policy)
        : base(AmazonMetricIds.ValidTrackingRate, MetricKind.ValidTrackingRate.Label(), Required(policy, nameof(policy)).WindowDays, policy.Target,
            GoodRateSlots("shipmentCount", "validTrackingCount", "withoutValidTracking"))
        => Policy = policy;

    /// <summary>Gets the window and target.</summary>
    public RollingMetricPolicy Policy { get; }

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        if (order.Channel != FulfillmentChannel.Mfn || order.ShippedAt is not { } shipped)
        {
            return;
        }

        (int from, int to) = InWindow(sink.Day(shipped));
        int validFrom = order.HasTrackingId && order.FirstCarrierScanAt is { } scan ? sink.Day(scan) : ContributionSink.Never;
        EmitGoodFrom(sink, from, to, validFrom);
    }

    /// <inheritdoc />
    public override MetricResult Judge(MetricCounts counts, DayWindow window, ImmutableArray<OrderId> hurting, string policyVersion)
        => new ValidTrackingRateResult(window, counts[ShipmentCount], counts[ValidTrackingCount], Target, policyVersion, hurting);
}
