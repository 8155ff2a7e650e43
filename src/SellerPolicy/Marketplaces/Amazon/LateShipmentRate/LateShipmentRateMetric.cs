using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Marketplaces.Amazon;

/// <summary>
/// Amazon's late shipment rate (30-day or 10-day window): seller-fulfilled orders due to ship in the window, not cancelled
/// before shipment, that shipped after their latest ship date or are not known to have shipped.
/// </summary>
public sealed class LateShipmentRateMetric : RollingRateMetric
{
    /// <summary>The slot of the orders due in the window (denominator).</summary>
    public const int OrderCount = 0;

    /// <summary>The slot of the late orders (numerator).</summary>
    public const int LateShipmentCount = 1;

    /// <summary>Creates the metric.</summary>
    /// <param name="kind"><see cref="MetricKind.LateShipmentRate"/> or <see cref="MetricKind.LateShipmentRate10Day"/>.</param>
    /// <param name="policy">Its window and target.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a late shipment rate.</exception>
    public LateShipmentRateMetric(MetricKind kind, RollingMetricPolicy policy)
        : base(CheckKind(kind).ToMetricId(), kind.Label(), Required(policy, nameof(policy)).WindowDays, policy.Target, RateSlots("orderCount", "lateShipmentCount"))
    {
        Kind = kind;
        Policy = policy;
    }

    /// <summary>Gets which of the two late shipment rates this is.</summary>
    public MetricKind Kind { get; }

    /// <summary>Gets the window and target.</summary>
    public RollingMetricPolicy Policy { get; }

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        if (order.Channel != FulfillmentChannel.Mfn || order.LatestShipDate is not { } latestShip)
        {
            return;
        }

        (int from, int to) = InWindow(sink.Day(latestShip));

        // Left out from the day the cancellation is known, when it came before any shipment.
        if (order.CancelledAt is { } cancelled && (order.ShippedAt is not { } s || s > cancelled))
        {
            to = Math.Min(to, sink.Day(cancelled));
        }

        sink.Emit(OrderCount, from, to);
        if (order.ShippedAt is { } shipped && shipped <= latestShip)
        {
            // On time once the shipment is known; late before (unknown shipment), which the window never reaches.
            sink.Emit(LateShipmentCount, from, Math.Min(to, sink.Day(shipped)));
        }
        else
        {
            // Shipped after the latest ship date, or not shipped: late on every day in the window.
            sink.Emit(LateShipmentCount, from, to);
        }
    }

    /// <inheritdoc />
    public override MetricResult Judge(MetricCounts counts, DayWindow window, ImmutableArray<OrderId> hurting, string policyVersion)
        => new LateShipmentRateResult(Kind, window, counts[OrderCount], counts[LateShipmentCount], Target, policyVersion, hurting);

    private static MetricKind CheckKind(MetricKind kind)
        => kind is MetricKind.LateShipmentRate or MetricKind.LateShipmentRate10Day
            ? kind
            : throw new ArgumentOutOfRangeException(nameof(kind), $"kind must be a late shipment rate, was {kind}.");
}
