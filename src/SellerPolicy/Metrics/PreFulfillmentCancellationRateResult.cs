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
    internal PreFulfillmentCancellationRateResult(
        DayWindow window, int orderCount, int cancellationCount, MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
        : base(MetricKind.PreFulfillmentCancellationRate, window, cancellationCount, orderCount, target, policyVersion, orderIds)
    {
    }

    /// <summary>Gets the seller-fulfilled orders purchased in the window (<c>orderCount</c>).</summary>
    public int OrderCount => Denominator;

    /// <summary>Gets the orders cancelled before shipment by the seller or the system (<c>cancellationCount</c>).</summary>
    public int CancellationCount => Numerator;
}
