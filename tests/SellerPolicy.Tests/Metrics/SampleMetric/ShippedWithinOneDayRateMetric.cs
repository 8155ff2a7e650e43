using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Metrics.SampleMetric;

/// <summary>
/// A test-only metric added in one folder: seller-fulfilled orders purchased in the last 30 days that were shipped within
/// 24 hours of purchase (known from the day of the shipment), target &gt; 90 %. Needs no new ledger field.
/// </summary>
internal sealed class ShippedWithinOneDayRateMetric : Metric
{
    public const int OrderCount = 0;
    public const int ShippedInTime = 1;
    public const int NotShippedInTime = 2;

    public override MetricId Id { get; } = new("test.shippedWithinOneDayRate");

    public override string Label => "Shipped within 24 hours";

    public override MetricTarget Target => MetricTarget.GreaterThan(0.90);

    public override ImmutableArray<CountSlot> Slots { get; } =
    [
        new("orderCount", CountSlotRole.Denominator), new("shippedWithinOneDayCount", CountSlotRole.Numerator),
        new("notShippedWithinOneDay", CountSlotRole.HurtOnly),
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
        int inTimeFrom = order.ShippedAt is { } shipped && shipped - order.PurchasedAt <= Duration.FromHours(24) ? sink.Day(shipped) : ContributionSink.Never;
        sink.Emit(ShippedInTime, Math.Max(from, inTimeFrom), to);
        sink.Emit(NotShippedInTime, from, Math.Min(to, inTimeFrom));
    }
}
