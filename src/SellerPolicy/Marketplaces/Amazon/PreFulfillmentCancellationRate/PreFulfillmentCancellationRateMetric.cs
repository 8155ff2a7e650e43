using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Marketplaces.Amazon;

/// <summary>
/// Amazon's pre-fulfilment cancellation rate: seller-fulfilled orders purchased in the window (7 days by default) that the
/// seller or the system cancelled before shipment, counted from the day the cancellation is known.
/// </summary>
public sealed class PreFulfillmentCancellationRateMetric : RollingRateMetric
{
    /// <summary>The slot of the orders in the window (denominator).</summary>
    public const int OrderCount = 0;

    /// <summary>The slot of the cancelled orders (numerator).</summary>
    public const int CancellationCount = 1;

    /// <summary>Creates the metric.</summary>
    /// <param name="policy">Its window and target.</param>
    public PreFulfillmentCancellationRateMetric(RollingMetricPolicy policy)
        : base(AmazonMetricIds.PreFulfillmentCancellationRate, MetricKind.PreFulfillmentCancellationRate.Label(), Required(policy, nameof(policy)).WindowDays,
            policy.Target, RateSlots("orderCount", "cancellationCount"))
        => Policy = policy;

    /// <summary>Gets the window and target.</summary>
    public RollingMetricPolicy Policy { get; }

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        if (order.Channel != FulfillmentChannel.Mfn)
        {
            return;
        }

        (int from, int to) = InWindow(sink.Day(order.PurchasedAt));
        bool counts = order.CancelledAt is { } cancelled
            && order.CancelledBy is CancelledBy.Seller or CancelledBy.System
            && (order.ShippedAt is not { } shipped || cancelled < shipped);
        EmitBadFrom(sink, from, to, counts ? sink.Day(order.CancelledAt!.Value) : ContributionSink.Never);
    }

    /// <inheritdoc />
    public override MetricResult Judge(MetricCounts counts, DayWindow window, ImmutableArray<OrderId> hurting, string policyVersion)
        => new PreFulfillmentCancellationRateResult(window, counts[OrderCount], counts[CancellationCount], Target, policyVersion, hurting);
}
