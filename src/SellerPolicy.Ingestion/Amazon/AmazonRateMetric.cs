using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// One rate metric as Amazon's performance report states it (late shipment, pre-fulfilment cancellation, valid
/// tracking, on-time delivery): the window, the counts, the rate, the target and Amazon's status.
/// </summary>
/// <param name="Name">The metric's property name in the report, such as <c>lateShipmentRate</c>.</param>
/// <param name="Window">The reporting window: the days of <c>reportingDateFrom</c> and <c>reportingDateTo</c> (both included).</param>
/// <param name="Numerator">The count of the rate's numerator (late shipments, cancellations, valid-tracking shipments, on-time deliveries), when given.</param>
/// <param name="Denominator">The count of the rate's denominator (orders or shipments), when given.</param>
/// <param name="Rate">The rate as a fraction (0.009 = 0.9 %), when given.</param>
/// <param name="Target">The target, when given with a LESS_THAN or GREATER_THAN condition.</param>
/// <param name="Status">Amazon's status: GOOD, BAD or NONE, when given.</param>
public sealed record AmazonRateMetric(string Name, DayWindow Window, int? Numerator, int? Denominator, double? Rate, MetricTarget? Target, string? Status)
{
    /// <summary>
    /// Gets which metric <see cref="Name"/> is: <c>preFulfillmentCancellationRate</c>, <c>lateShipmentRate</c> (the 30-day
    /// rate, or the 10-day rate when the report's window has the built-in 10-day window's length), <c>validTrackingRate</c>
    /// or <c>onTimeDeliveryRate</c>; null for another name.
    /// </summary>
    public MetricKind? Kind => Name switch
    {
        "preFulfillmentCancellationRate" => MetricKind.PreFulfillmentCancellationRate,
        "lateShipmentRate" when Window.Days == AmazonPolicies.Timeline.For(Window.To).LateShipment10Day.WindowDays => MetricKind.LateShipmentRate10Day,
        "lateShipmentRate" => MetricKind.LateShipmentRate,
        "validTrackingRate" => MetricKind.ValidTrackingRate,
        "onTimeDeliveryRate" => MetricKind.OnTimeDeliveryRate,
        _ => null,
    };

    /// <summary>
    /// Gets Amazon's figure as the engine's own result type (<see cref="PreFulfillmentCancellationRateResult"/>,
    /// <see cref="LateShipmentRateResult"/>, <see cref="ValidTrackingRateResult"/> or <see cref="OnTimeDeliveryRateResult"/>), so
    /// that it compares with ours field by field: the report's window and counts, its target (the built-in policy's when the
    /// report gives none), <see cref="MetricResult.PolicyVersion"/> <see cref="AmazonPerformanceReport.PolicyVersion"/> and no
    /// order ids. Its rate and status follow from the counts and may differ from Amazon's stated <see cref="Rate"/> and
    /// <see cref="Status"/>, which are kept as given. Null when <see cref="Kind"/> is null, a count is missing, or the
    /// numerator exceeds the denominator (as in Amazon's own example).
    /// </summary>
    public MetricResult? Result => ToResult(out _);

    /// <summary>Builds <see cref="Result"/>, or says why it cannot be built.</summary>
    /// <param name="whyNot">Why there is no result (JSON names and values), or null.</param>
    /// <returns>The result, or null.</returns>
    internal MetricResult? ToResult(out string? whyNot)
    {
        if (Kind is not { } kind)
        {
            whyNot = $"{Name} is not a metric the engine computes";
            return null;
        }

        (string numerator, string denominator) = kind switch
        {
            MetricKind.PreFulfillmentCancellationRate => ("cancellationCount", "orderCount"),
            MetricKind.LateShipmentRate or MetricKind.LateShipmentRate10Day => ("lateShipmentCount", "orderCount"),
            MetricKind.ValidTrackingRate => ("validTrackingCount", "shipmentCount"),
            _ => ("onTimeDeliveryCount", "shipmentCountWithValidTracking"),
        };
        whyNot = AmazonPerformanceReport.WhyNoResult((denominator, Denominator, null, null), (numerator, Numerator, denominator, Denominator));
        if (whyNot is not null)
        {
            return null;
        }

        int n = Numerator!.Value, d = Denominator!.Value;
        MetricTarget target = Target ?? AmazonPerformanceReport.BuiltInTarget(kind, Window.To);
        const string version = AmazonPerformanceReport.PolicyVersion;
        return kind switch
        {
            MetricKind.PreFulfillmentCancellationRate => PreFulfillmentCancellationRateResult.Create(Window, d, n, target, version),
            MetricKind.LateShipmentRate or MetricKind.LateShipmentRate10Day => LateShipmentRateResult.Create(kind, Window, d, n, target, version),
            MetricKind.ValidTrackingRate => ValidTrackingRateResult.Create(Window, d, n, target, version),
            _ => OnTimeDeliveryRateResult.Create(Window, d, n, target, version),
        };
    }
}
