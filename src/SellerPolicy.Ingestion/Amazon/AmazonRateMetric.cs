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
public sealed record AmazonRateMetric(string Name, DayWindow Window, int? Numerator, int? Denominator, double? Rate, MetricTarget? Target, string? Status);
