using SellerPolicy.Metrics;

namespace SellerPolicy.Marketplaces.Walmart;

/// <summary>The ids of Walmart's performance metrics (unique within the Walmart pack's catalog).</summary>
public static class WalmartMetricIds
{
    /// <summary>Gets <c>cancellationRate</c>.</summary>
    public static MetricId CancellationRate { get; } = new("cancellationRate");

    /// <summary>Gets <c>onTimeDeliveryRate</c>.</summary>
    public static MetricId OnTimeDeliveryRate { get; } = new("onTimeDeliveryRate");

    /// <summary>Gets <c>validTrackingRate</c>.</summary>
    public static MetricId ValidTrackingRate { get; } = new("validTrackingRate");

    /// <summary>Gets <c>refundRate</c>.</summary>
    public static MetricId RefundRate { get; } = new("refundRate");

    /// <summary>Gets <c>negativeFeedbackRate</c>.</summary>
    public static MetricId NegativeFeedbackRate { get; } = new("negativeFeedbackRate");
}
