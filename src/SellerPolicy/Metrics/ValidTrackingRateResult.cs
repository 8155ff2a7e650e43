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
    internal ValidTrackingRateResult(
        DayWindow window, int shipmentCount, int validTrackingCount, MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
        : base(MetricKind.ValidTrackingRate, window, validTrackingCount, shipmentCount, target, policyVersion, orderIds)
    {
    }

    /// <summary>Gets the shipments confirmed in the window (<c>shipmentCount</c>).</summary>
    public int ShipmentCount => Denominator;

    /// <summary>Gets the shipments with a tracking id and a carrier scan (<c>validTrackingCount</c>).</summary>
    public int ValidTrackingCount => Numerator;
}
