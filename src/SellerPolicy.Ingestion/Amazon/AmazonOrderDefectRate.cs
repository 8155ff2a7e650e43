using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>The Order Defect Rate of one fulfilment channel as Amazon's performance report states it.</summary>
/// <remarks>The channel is the report's property name (<c>mfn</c> or <c>afn</c>), not its <c>fulfillmentType</c> field, which Amazon's own example gets wrong.</remarks>
/// <param name="Channel">The fulfilment channel.</param>
/// <param name="Window">The reporting window (purchase dates), both ends included.</param>
/// <param name="OrderCount">Orders in the window, when given.</param>
/// <param name="OrderWithDefects">Orders with at least one defect, when given.</param>
/// <param name="Claims">Orders with a counting A-to-z claim, when given.</param>
/// <param name="Chargebacks">Orders with a counting chargeback, when given.</param>
/// <param name="NegativeFeedback">Orders with negative feedback, when given.</param>
/// <param name="Rate">The rate as a fraction, when given.</param>
/// <param name="Target">The target, when given.</param>
/// <param name="Status">Amazon's status: GOOD, BAD or NONE, when given.</param>
public sealed record AmazonOrderDefectRate(
    FulfillmentChannel Channel, DayWindow Window, int? OrderCount, int? OrderWithDefects, int? Claims, int? Chargebacks, int? NegativeFeedback,
    double? Rate, MetricTarget? Target, string? Status)
{
    /// <summary>
    /// Gets Amazon's figure as the engine's own result type, so that it compares with ours field by field: the report's
    /// window and counts, its target (the built-in policy's when the report gives none), <see cref="MetricResult.PolicyVersion"/>
    /// <see cref="AmazonPerformanceReport.PolicyVersion"/> and no order ids (the report names none). Its rate and status follow
    /// from the counts and may differ from Amazon's stated <see cref="Rate"/> and <see cref="Status"/>, which are kept as given.
    /// Null when a count is missing or the counts contradict each other (a component above <see cref="OrderWithDefects"/>,
    /// defects above <see cref="OrderCount"/>).
    /// </summary>
    public OrderDefectRateResult? Result => ToResult(out _);

    /// <summary>Builds <see cref="Result"/>, or says why it cannot be built.</summary>
    /// <param name="whyNot">Why there is no result (JSON names and values), or null.</param>
    /// <returns>The result, or null.</returns>
    internal OrderDefectRateResult? ToResult(out string? whyNot)
    {
        whyNot = AmazonPerformanceReport.WhyNoResult(
            ("orderCount", OrderCount, null, null),
            ("orderWithDefects.count", OrderWithDefects, "orderCount", OrderCount),
            ("claims.count", Claims, "orderWithDefects.count", OrderWithDefects),
            ("chargebacks.count", Chargebacks, "orderWithDefects.count", OrderWithDefects),
            ("negativeFeedback.count", NegativeFeedback, "orderWithDefects.count", OrderWithDefects));
        if (whyNot is not null)
        {
            return null;
        }

        MetricKind kind = Channel == FulfillmentChannel.Mfn ? MetricKind.OrderDefectRateMfn : MetricKind.OrderDefectRateAfn;
        return OrderDefectRateResult.Create(
            Channel, Window, OrderCount!.Value, OrderWithDefects!.Value, Claims!.Value, Chargebacks!.Value, NegativeFeedback!.Value,
            Target ?? AmazonPerformanceReport.BuiltInTarget(kind, Window.To), AmazonPerformanceReport.PolicyVersion);
    }
}
