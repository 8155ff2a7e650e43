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
    internal OnTimeDeliveryRateResult(
        DayWindow window, int shipmentCountWithValidTracking, int onTimeDeliveryCount, MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
        : base(MetricKind.OnTimeDeliveryRate, window, onTimeDeliveryCount, shipmentCountWithValidTracking, target, policyVersion, orderIds)
    {
    }

    /// <summary>Gets the tracked shipments due in the window (<c>shipmentCountWithValidTracking</c>).</summary>
    public int ShipmentCountWithValidTracking => Denominator;

    /// <summary>Gets the shipments delivered by their latest delivery date (<c>onTimeDeliveryCount</c>).</summary>
    public int OnTimeDeliveryCount => Numerator;
}
