namespace SellerPolicy.Metrics;

/// <summary>Names of the metrics as Amazon's performance report and our JSON output spell them.</summary>
public static class MetricKindExtensions
{
    /// <summary>Returns the report name of <paramref name="kind"/>, such as <c>orderDefectRate.mfn</c> or <c>lateShipmentRate</c>.</summary>
    /// <param name="kind">The metric.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string ToReportName(this MetricKind kind) => kind switch
    {
        MetricKind.OrderDefectRateMfn => "orderDefectRate.mfn",
        MetricKind.OrderDefectRateAfn => "orderDefectRate.afn",
        MetricKind.PreFulfillmentCancellationRate => "preFulfillmentCancellationRate",
        MetricKind.LateShipmentRate => "lateShipmentRate",
        MetricKind.LateShipmentRate10Day => "lateShipmentRate10Day",
        MetricKind.ValidTrackingRate => "validTrackingRate",
        MetricKind.OnTimeDeliveryRate => "onTimeDeliveryRate",
        MetricKind.ReturnDissatisfactionRate => "returnDissatisfactionRate",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"kind must be a defined MetricKind, was {kind}."),
    };
}
