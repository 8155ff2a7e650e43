using SellerPolicy.Marketplaces.Amazon;

namespace SellerPolicy.Metrics;

/// <summary>Names of Amazon's metrics as Amazon's performance report and our JSON spell them, and their ids and labels.</summary>
public static class MetricKindExtensions
{
    /// <summary>Returns the report name of <paramref name="kind"/>, such as <c>orderDefectRate.mfn</c> or <c>lateShipmentRate</c>.</summary>
    /// <param name="kind">The metric.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string ToReportName(this MetricKind kind) => kind.ToMetricId().Value;

    /// <summary>Returns the metric id of <paramref name="kind"/> in Amazon's catalog (<see cref="AmazonMetricIds"/>).</summary>
    /// <param name="kind">The metric.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static MetricId ToMetricId(this MetricKind kind) => kind switch
    {
        MetricKind.OrderDefectRateMfn => AmazonMetricIds.OrderDefectRateMfn,
        MetricKind.OrderDefectRateAfn => AmazonMetricIds.OrderDefectRateAfn,
        MetricKind.PreFulfillmentCancellationRate => AmazonMetricIds.PreFulfillmentCancellationRate,
        MetricKind.LateShipmentRate => AmazonMetricIds.LateShipmentRate,
        MetricKind.LateShipmentRate10Day => AmazonMetricIds.LateShipmentRate10Day,
        MetricKind.ValidTrackingRate => AmazonMetricIds.ValidTrackingRate,
        MetricKind.OnTimeDeliveryRate => AmazonMetricIds.OnTimeDeliveryRate,
        MetricKind.ReturnDissatisfactionRate => AmazonMetricIds.ReturnDissatisfactionRate,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"kind must be a defined MetricKind, was {kind}."),
    };

    /// <summary>Returns the label of <paramref name="kind"/> in the seller's words, such as <c>Order Defect Rate, MFN</c>.</summary>
    /// <param name="kind">The metric.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string Label(this MetricKind kind) => kind switch
    {
        MetricKind.OrderDefectRateMfn => "Order Defect Rate, MFN",
        MetricKind.OrderDefectRateAfn => "Order Defect Rate, FBA",
        MetricKind.PreFulfillmentCancellationRate => "Pre-fulfilment cancellation",
        MetricKind.LateShipmentRate => "Late shipment, 30 days",
        MetricKind.LateShipmentRate10Day => "Late shipment, 10 days",
        MetricKind.ValidTrackingRate => "Valid tracking",
        MetricKind.OnTimeDeliveryRate => "On-time delivery",
        MetricKind.ReturnDissatisfactionRate => "Return dissatisfaction",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"kind must be a defined MetricKind, was {kind}."),
    };

    /// <summary>Returns the Amazon metric whose id is <paramref name="id"/>, when it is one.</summary>
    /// <param name="id">The id.</param>
    /// <param name="kind">The metric.</param>
    /// <returns>True when <paramref name="id"/> names one of Amazon's metrics.</returns>
    public static bool TryFromMetricId(MetricId id, out MetricKind kind)
    {
        foreach (MetricKind k in Enum.GetValues<MetricKind>())
        {
            if (k.ToMetricId() == id)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
