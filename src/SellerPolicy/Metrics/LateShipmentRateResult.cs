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
        : base(kind, window, lateShipmentCount, orderCount, target, policyVersion, orderIds)
    {
    }

    /// <summary>Gets the orders due in the window and not cancelled before shipment (<c>orderCount</c>).</summary>
    public int OrderCount => Denominator;

    /// <summary>Gets the orders shipped late or still unshipped (<c>lateShipmentCount</c>).</summary>
    public int LateShipmentCount => Numerator;
}
