using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Cli.Tests;

/// <summary>
/// A test-only metric the CLI has never heard of: seller-fulfilled orders purchased in the last 30 days not shipped within
/// 24 hours, target at most 5 % (an <see cref="TargetCondition.AtMost"/> target), with a further count (still unshipped).
/// </summary>
internal sealed class SlowShipmentRateMetric : Metric
{
    public const int OrderCount = 0;
    public const int SlowCount = 1;
    public const int UnshippedCount = 2;

    public static MetricId MetricId { get; } = new("test.slowShipmentRate");

    public override MetricId Id => MetricId;

    public override string Label => "Slow shipment (over 24 hours)";

    public override MetricTarget Target => MetricTarget.AtMost(0.05);

    public override ImmutableArray<CountSlot> Slots { get; } =
    [
        new("orderCount", CountSlotRole.Denominator), new("slowShipmentCount", CountSlotRole.Numerator), new("unshippedCount", CountSlotRole.Component),
    ];

    public override DayWindow WindowOf(LocalDate asOf) => DayWindow.Ending(asOf, 30);

    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        if (order.Channel != FulfillmentChannel.Mfn)
        {
            return;
        }

        int from = sink.Day(order.PurchasedAt);
        int to = from + 30;
        sink.Emit(OrderCount, from, to);
        Instant due = order.PurchasedAt + Duration.FromHours(24);
        int slowFrom = order.ShippedAt is { } shipped && shipped <= due ? ContributionSink.Never : Math.Max(from, sink.Day(due));
        sink.Emit(SlowCount, Math.Min(slowFrom, to), to);
        int unshippedTo = order.ShippedAt is { } s ? Math.Min(to, sink.Day(s)) : to;
        sink.Emit(UnshippedCount, from, Math.Max(from, unshippedTo));
    }

    /// <summary>Amazon's current policy with this metric added to its catalog.</summary>
    public static MarketplacePolicy AddedTo(MarketplacePolicy policy) => policy with { Metrics = policy.Metrics.With(new SlowShipmentRateMetric()) };
}
