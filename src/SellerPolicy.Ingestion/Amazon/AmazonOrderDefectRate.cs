using SellerPolicy.Ledger;
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
    double? Rate, MetricTarget? Target, string? Status);
