using System.Text.Json.Serialization;
using System.Collections.Immutable;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>The on-time delivery rate of tracked seller-fulfilled shipments as of a day.</summary>
/// <remarks>
/// Window: latest-delivery days <c>[D-(W-1), D]</c> (default 14); shipments known as of D with a tracking id and a carrier
/// scan known as of D. On time when the delivery is known as of D and not after the latest delivery date.
/// <see cref="MetricResult.OrderIds"/> are the tracked shipments not delivered on time.
/// </remarks>
public sealed record OnTimeDeliveryRateResult : MetricResult
{
    [JsonConstructor]
    internal OnTimeDeliveryRateResult(
        DayWindow window, int shipmentCountWithValidTracking, int onTimeDeliveryCount, MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
        : base(MetricKind.OnTimeDeliveryRate.ToMetricId(), MetricKind.OnTimeDeliveryRate.Label(), window, onTimeDeliveryCount, shipmentCountWithValidTracking, target, policyVersion, orderIds,
            [new("shipmentCountWithValidTracking", shipmentCountWithValidTracking, CountSlotRole.Denominator), new("onTimeDeliveryCount", onTimeDeliveryCount, CountSlotRole.Numerator)])
    {
    }

    /// <summary>
    /// Creates an on-time delivery rate figure from counts computed elsewhere, such as Amazon's performance report.
    /// The rate and status follow from the counts, exactly as for a figure the engine computes.
    /// </summary>
    /// <param name="window">The latest-delivery days of the window, both ends included.</param>
    /// <param name="shipmentCountWithValidTracking">The tracked shipments due in the window (the denominator).</param>
    /// <param name="onTimeDeliveryCount">The shipments delivered by their latest delivery date; at most <paramref name="shipmentCountWithValidTracking"/>.</param>
    /// <param name="target">The target.</param>
    /// <param name="policyVersion">The policy (or source) that produced the figure, such as <c>amazon@2025-01-01</c> or <c>amazon-report</c>.</param>
    /// <param name="orderIds">The orders of the shipments not delivered on time, when known (at most <paramref name="shipmentCountWithValidTracking"/>
    /// minus <paramref name="onTimeDeliveryCount"/> distinct ones); kept distinct and sorted.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">A count is negative or exceeds its bound, the target condition is undefined,
    /// <paramref name="policyVersion"/> is blank, or <paramref name="orderIds"/> names too many or empty ids; the message names the parameter.</exception>
    public static OnTimeDeliveryRateResult Create(
        DayWindow window, int shipmentCountWithValidTracking, int onTimeDeliveryCount, MetricTarget target, string policyVersion, IEnumerable<OrderId>? orderIds = null)
    {
        CheckCount(shipmentCountWithValidTracking, nameof(shipmentCountWithValidTracking));
        CheckCount(onTimeDeliveryCount, nameof(onTimeDeliveryCount), shipmentCountWithValidTracking, nameof(shipmentCountWithValidTracking));
        ImmutableArray<OrderId> ids = CheckFactoryArguments(
            target, policyVersion, orderIds, shipmentCountWithValidTracking - onTimeDeliveryCount, "shipmentCountWithValidTracking - onTimeDeliveryCount");
        return new OnTimeDeliveryRateResult(window, shipmentCountWithValidTracking, onTimeDeliveryCount, target, policyVersion, ids);
    }

    /// <summary>Gets the tracked shipments due in the window (<c>shipmentCountWithValidTracking</c>).</summary>
    public int ShipmentCountWithValidTracking => Denominator;

    /// <summary>Gets the shipments delivered by their latest delivery date (<c>onTimeDeliveryCount</c>).</summary>
    public int OnTimeDeliveryCount => Numerator;
}
