using System.Text.Json.Serialization;
using System.Collections.Immutable;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>The pre-fulfilment cancellation rate of seller-fulfilled orders as of a day.</summary>
/// <remarks>
/// Window: purchase days <c>[D-(W-1), D]</c> (default 7). An order counts as cancelled when its cancellation is known
/// as of D, was made by the seller or the system (never the buyer), and the order was not shipped before it.
/// </remarks>
public sealed record PreFulfillmentCancellationRateResult : MetricResult
{
    [JsonConstructor]
    internal PreFulfillmentCancellationRateResult(
        DayWindow window, int orderCount, int cancellationCount, MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
        : base(MetricKind.PreFulfillmentCancellationRate.ToMetricId(), MetricKind.PreFulfillmentCancellationRate.Label(), window, cancellationCount, orderCount, target, policyVersion, orderIds,
            [new("orderCount", orderCount, CountSlotRole.Denominator), new("cancellationCount", cancellationCount, CountSlotRole.Numerator)])
    {
    }

    /// <summary>
    /// Creates a pre-fulfilment cancellation rate figure from counts computed elsewhere, such as Amazon's performance report.
    /// The rate and status follow from the counts, exactly as for a figure the engine computes.
    /// </summary>
    /// <param name="window">The purchase days of the window, both ends included.</param>
    /// <param name="orderCount">The seller-fulfilled orders purchased in the window (the denominator).</param>
    /// <param name="cancellationCount">The orders cancelled before shipment by the seller or the system; at most <paramref name="orderCount"/>.</param>
    /// <param name="target">The target.</param>
    /// <param name="policyVersion">The policy (or source) that produced the figure, such as <c>amazon@2025-01-01</c> or <c>amazon-report</c>.</param>
    /// <param name="orderIds">The cancelled orders, when known (at most <paramref name="cancellationCount"/> distinct ones); kept distinct and sorted.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">A count is negative or exceeds its bound, the target condition is undefined,
    /// <paramref name="policyVersion"/> is blank, or <paramref name="orderIds"/> names too many or empty ids; the message names the parameter.</exception>
    public static PreFulfillmentCancellationRateResult Create(
        DayWindow window, int orderCount, int cancellationCount, MetricTarget target, string policyVersion, IEnumerable<OrderId>? orderIds = null)
    {
        CheckCount(orderCount, nameof(orderCount));
        CheckCount(cancellationCount, nameof(cancellationCount), orderCount, nameof(orderCount));
        ImmutableArray<OrderId> ids = CheckFactoryArguments(target, policyVersion, orderIds, cancellationCount, nameof(cancellationCount));
        return new PreFulfillmentCancellationRateResult(window, orderCount, cancellationCount, target, policyVersion, ids);
    }

    /// <summary>Gets the seller-fulfilled orders purchased in the window (<c>orderCount</c>).</summary>
    public int OrderCount => Denominator;

    /// <summary>Gets the orders cancelled before shipment by the seller or the system (<c>cancellationCount</c>).</summary>
    public int CancellationCount => Numerator;
}
