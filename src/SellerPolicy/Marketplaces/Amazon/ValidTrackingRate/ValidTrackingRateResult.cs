using System.Text.Json.Serialization;
using System.Collections.Immutable;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>The valid tracking rate of seller-fulfilled shipments as of a day.</summary>
/// <remarks>
/// Window: ship-confirm days <c>[D-(W-1), D]</c> (default 30), shipments known as of D. Valid when the tracking id is
/// present and the first carrier scan is known as of D. <see cref="MetricResult.OrderIds"/> are the shipments without valid tracking.
/// </remarks>
public sealed record ValidTrackingRateResult : MetricResult
{
    [JsonConstructor]
    internal ValidTrackingRateResult(
        DayWindow window, int shipmentCount, int validTrackingCount, MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
        : base(MetricKind.ValidTrackingRate.ToMetricId(), MetricKind.ValidTrackingRate.Label(), window, validTrackingCount, shipmentCount, target, policyVersion, orderIds,
            [new("shipmentCount", shipmentCount, CountSlotRole.Denominator), new("validTrackingCount", validTrackingCount, CountSlotRole.Numerator)])
    {
    }

    /// <summary>
    /// Creates a valid tracking rate figure from counts computed elsewhere, such as Amazon's performance report.
    /// The rate and status follow from the counts, exactly as for a figure the engine computes.
    /// </summary>
    /// <param name="window">The ship-confirm days of the window, both ends included.</param>
    /// <param name="shipmentCount">The shipments confirmed in the window (the denominator).</param>
    /// <param name="validTrackingCount">The shipments with a tracking id and a carrier scan; at most <paramref name="shipmentCount"/>.</param>
    /// <param name="target">The target.</param>
    /// <param name="policyVersion">The policy (or source) that produced the figure, such as <c>amazon@2025-01-01</c> or <c>amazon-report</c>.</param>
    /// <param name="orderIds">The orders of the shipments without valid tracking, when known (at most <paramref name="shipmentCount"/> minus
    /// <paramref name="validTrackingCount"/> distinct ones); kept distinct and sorted.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">A count is negative or exceeds its bound, the target condition is undefined,
    /// <paramref name="policyVersion"/> is blank, or <paramref name="orderIds"/> names too many or empty ids; the message names the parameter.</exception>
    public static ValidTrackingRateResult Create(
        DayWindow window, int shipmentCount, int validTrackingCount, MetricTarget target, string policyVersion, IEnumerable<OrderId>? orderIds = null)
    {
        CheckCount(shipmentCount, nameof(shipmentCount));
        CheckCount(validTrackingCount, nameof(validTrackingCount), shipmentCount, nameof(shipmentCount));
        ImmutableArray<OrderId> ids = CheckFactoryArguments(
            target, policyVersion, orderIds, shipmentCount - validTrackingCount, "shipmentCount - validTrackingCount");
        return new ValidTrackingRateResult(window, shipmentCount, validTrackingCount, target, policyVersion, ids);
    }

    /// <summary>Gets the shipments confirmed in the window (<c>shipmentCount</c>).</summary>
    public int ShipmentCount => Denominator;

    /// <summary>Gets the shipments with a tracking id and a carrier scan (<c>validTrackingCount</c>).</summary>
    public int ValidTrackingCount => Numerator;
}
