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
public sealed class PreFulfillmentCancellationRateMetric : Metric
{
    /// <summary>The slot of the orders in the window (denominator).</summary>
    public const int OrderCount = 0;

    /// <summary>The slot of the cancelled orders (numerator).</summary>
    public const int CancellationCount = 1;

    private static readonly ImmutableArray<CountSlot> SlotList =
        [new("orderCount", CountSlotRole.Denominator), new("cancellationCount", CountSlotRole.Numerator)];

    /// <summary>Creates the metric.</summary>
    /// <param name="policy">Its window and target.</param>
    public PreFulfillmentCancellationRateMetric(RollingMetricPolicy policy) => Policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>Gets the window and target.</summary>
    public RollingMetricPolicy Policy { get; }

    /// <inheritdoc />
    public override MetricId Id => AmazonMetricIds.PreFulfillmentCancellationRate;

    /// <inheritdoc />
    public override string Label => MetricKind.PreFulfillmentCancellationRate.Label();

    /// <inheritdoc />
    public override MetricTarget Target => Policy.Target;

    /// <inheritdoc />
    public override ImmutableArray<CountSlot> Slots => SlotList;

    /// <inheritdoc />
    public override DayWindow WindowOf(LocalDate asOf) => DayWindow.Ending(asOf, Policy.WindowDays);

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        if (order.Channel != FulfillmentChannel.Mfn)
        {
            return;
        }

        int purchased = sink.Day(order.PurchasedAt);
        int to = purchased + Policy.WindowDays;
        sink.Emit(OrderCount, purchased, to);
        if (order.CancelledAt is { } cancelled
            && order.CancelledBy is CancelledBy.Seller or CancelledBy.System
            && (order.ShippedAt is not { } shipped || cancelled < shipped))
        {
            sink.Emit(CancellationCount, Math.Max(purchased, sink.Day(cancelled)), to);
        }
    }

    /// <inheritdoc />
    public override MetricResult Judge(MetricCounts counts, DayWindow window, ImmutableArray<OrderId> hurting, string policyVersion)
        => new PreFulfillmentCancellationRateResult(window, counts[OrderCount], counts[CancellationCount], Target, policyVersion, hurting);
}
