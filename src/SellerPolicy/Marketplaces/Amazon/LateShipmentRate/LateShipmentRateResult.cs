using System.Text.Json.Serialization;
using System.Collections.Immutable;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>The late shipment rate of seller-fulfilled orders as of a day (30-day or 10-day window).</summary>
/// <remarks>
/// Window: latest-ship days <c>[D-(W-1), D]</c>. Orders cancelled before shipment are left out. An order is late when
/// its shipment is known as of D and after its latest ship date, or when its shipment is not known as of D.
/// </remarks>
public sealed record LateShipmentRateResult : MetricResult
{
    internal LateShipmentRateResult(
        MetricKind kind, DayWindow window, int orderCount, int lateShipmentCount, MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
        : base(kind.ToMetricId(), kind.Label(), window, lateShipmentCount, orderCount, target, policyVersion, orderIds,
            [new("orderCount", orderCount, CountSlotRole.Denominator), new("lateShipmentCount", lateShipmentCount, CountSlotRole.Numerator)])
    {
    }

    /// <summary>Reads a result back from JSON (<see cref="Serialization.SellerPolicyJsonContext"/>): the metric by its id.</summary>
    [JsonConstructor]
    internal LateShipmentRateResult(
        MetricId id, DayWindow window, int orderCount, int lateShipmentCount, MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
        : this(MetricKindExtensions.TryFromMetricId(id, out MetricKind kind) && kind is MetricKind.LateShipmentRate or MetricKind.LateShipmentRate10Day
                ? kind
                : throw new ArgumentException($"a late shipment rate is lateShipmentRate or lateShipmentRate10Day, was '{id}'.", nameof(id)),
            window, orderCount, lateShipmentCount, target, policyVersion, orderIds)
    {
    }

    /// <summary>
    /// Creates a late shipment rate figure from counts computed elsewhere, such as Amazon's performance report.
    /// The rate and status follow from the counts, exactly as for a figure the engine computes.
    /// </summary>
    /// <param name="kind">Which late shipment rate: <see cref="MetricKind.LateShipmentRate"/> (30-day) or <see cref="MetricKind.LateShipmentRate10Day"/>.</param>
    /// <param name="window">The latest-ship days of the window, both ends included.</param>
    /// <param name="orderCount">The orders due in the window and not cancelled before shipment (the denominator).</param>
    /// <param name="lateShipmentCount">The orders shipped late or still unshipped; at most <paramref name="orderCount"/>.</param>
    /// <param name="target">The target.</param>
    /// <param name="policyVersion">The policy (or source) that produced the figure, such as <c>amazon@2025-01-01</c> or <c>amazon-report</c>.</param>
    /// <param name="orderIds">The late orders, when known (at most <paramref name="lateShipmentCount"/> distinct ones); kept distinct and sorted.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a late shipment rate, a count is negative or exceeds its bound,
    /// the target condition is undefined, <paramref name="policyVersion"/> is blank, or <paramref name="orderIds"/> names too many or
    /// empty ids; the message names the parameter.</exception>
    public static LateShipmentRateResult Create(
        MetricKind kind, DayWindow window, int orderCount, int lateShipmentCount, MetricTarget target, string policyVersion, IEnumerable<OrderId>? orderIds = null)
    {
        if (kind is not (MetricKind.LateShipmentRate or MetricKind.LateShipmentRate10Day))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), $"kind must be {MetricKind.LateShipmentRate} or {MetricKind.LateShipmentRate10Day}, was {kind}.");
        }

        CheckCount(orderCount, nameof(orderCount));
        CheckCount(lateShipmentCount, nameof(lateShipmentCount), orderCount, nameof(orderCount));
        ImmutableArray<OrderId> ids = CheckFactoryArguments(target, policyVersion, orderIds, lateShipmentCount, nameof(lateShipmentCount));
        return new LateShipmentRateResult(kind, window, orderCount, lateShipmentCount, target, policyVersion, ids);
    }

    /// <summary>Gets the orders due in the window and not cancelled before shipment (<c>orderCount</c>).</summary>
    public int OrderCount => Denominator;

    /// <summary>Gets the orders shipped late or still unshipped (<c>lateShipmentCount</c>).</summary>
    public int LateShipmentCount => Numerator;
}
