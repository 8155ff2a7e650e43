using SellerPolicy.Metrics;

namespace SellerPolicy.Marketplaces.Amazon;

/// <summary>The ids of Amazon's metrics, as the performance report and our JSON spell them.</summary>
public static class AmazonMetricIds
{
    /// <summary>Gets <c>orderDefectRate.mfn</c>.</summary>
    public static MetricId OrderDefectRateMfn { get; } = new("orderDefectRate.mfn");

    /// <summary>Gets <c>orderDefectRate.afn</c>.</summary>
    public static MetricId OrderDefectRateAfn { get; } = new("orderDefectRate.afn");

    /// <summary>Gets <c>preFulfillmentCancellationRate</c>.</summary>
    public static MetricId PreFulfillmentCancellationRate { get; } = new("preFulfillmentCancellationRate");

    /// <summary>Gets <c>lateShipmentRate</c> (30 days).</summary>
    public static MetricId LateShipmentRate { get; } = new("lateShipmentRate");

    /// <summary>Gets <c>lateShipmentRate10Day</c>.</summary>
    public static MetricId LateShipmentRate10Day { get; } = new("lateShipmentRate10Day");

    /// <summary>Gets <c>validTrackingRate</c>.</summary>
    public static MetricId ValidTrackingRate { get; } = new("validTrackingRate");

    /// <summary>Gets <c>onTimeDeliveryRate</c>.</summary>
    public static MetricId OnTimeDeliveryRate { get; } = new("onTimeDeliveryRate");

    /// <summary>Gets <c>returnDissatisfactionRate</c>.</summary>
    public static MetricId ReturnDissatisfactionRate { get; } = new("returnDissatisfactionRate");
}
