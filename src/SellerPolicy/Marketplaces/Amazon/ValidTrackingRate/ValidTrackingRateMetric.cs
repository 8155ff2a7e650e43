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
public sealed class ValidTrackingRateMetric : Metric
{
    /// <summary>The slot of the shipments in the window (denominator).</summary>
    public const int ShipmentCount = 0;

    /// <summary>The slot of the shipments with valid tracking (numerator).</summary>
    public const int ValidTrackingCount = 1;

    /// <summary>The hurt-only slot naming the shipments without valid tracking.</summary>
    public const int WithoutValidTracking = 2;

    private static readonly ImmutableArray<CountSlot> SlotList =
    [
        new("shipmentCount", CountSlotRole.Denominator), new("validTrackingCount", CountSlotRole.Numerator),
        new("withoutValidTracking", CountSlotRole.HurtOnly),
    ];

    /// <summary>Creates the metric.</summary>
    /// <param name="policy">Its window and target.</param>
    public ValidTrackingRateMetric(RollingMetricPolicy policy) => Policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>Gets the window and target.</summary>
    public RollingMetricPolicy Policy { get; }

    /// <inheritdoc />
    public override MetricId Id => AmazonMetricIds.ValidTrackingRate;

    /// <inheritdoc />
    public override string Label => MetricKind.ValidTrackingRate.Label();

    /// <inheritdoc />
    public override MetricTarget Target => Policy.Target;

    /// <inheritdoc />
    public override ImmutableArray<CountSlot> Slots => SlotList;

    /// <inheritdoc />
    public override DayWindow WindowOf(LocalDate asOf) => DayWindow.Ending(asOf, Policy.WindowDays);

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        if (order.Channel != FulfillmentChannel.Mfn || order.ShippedAt is not { } shipped)
        {
            return;
        }

        int from = sink.Day(shipped);
        int to = from + Policy.WindowDays;
        sink.Emit(ShipmentCount, from, to);
        int validFrom = order.HasTrackingId && order.FirstCarrierScanAt is { } scan ? sink.Day(scan) : ContributionSink.Never;
        sink.Emit(ValidTrackingCount, Math.Max(from, validFrom), to);
        sink.Emit(WithoutValidTracking, from, Math.Min(to, validFrom));
    }

    /// <inheritdoc />
    public override MetricResult Judge(MetricCounts counts, DayWindow window, ImmutableArray<OrderId> hurting, string policyVersion)
        => new ValidTrackingRateResult(window, counts[ShipmentCount], counts[ValidTrackingCount], Target, policyVersion, hurting);
}
