using System.Text.Json.Serialization;
using System.Collections.Immutable;
using SellerPolicy.Internal;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>The Order Defect Rate of one fulfilment channel as of a day, with its three components.</summary>
/// <remarks>
/// <para>Window: purchase days <c>[D-lag-(W-1), D-lag]</c> (default 60 days ending 14 days before D).
/// <see cref="OrderCount"/> is every order of the channel purchased in the window, cancelled ones included;
/// <see cref="OrderWithDefects"/> the orders with at least one counting defect, each counted once.</para>
/// <para>Each component counts orders having that kind of defect, so <see cref="Claims"/> + <see cref="Chargebacks"/> +
/// <see cref="NegativeFeedback"/> may exceed <see cref="OrderWithDefects"/>; each is at most <see cref="OrderWithDefects"/>.</para>
/// </remarks>
public sealed record OrderDefectRateResult : MetricResult
{
    [JsonConstructor]
    internal OrderDefectRateResult(
        FulfillmentChannel channel, DayWindow window, int orderCount, int orderWithDefects, int claims, int chargebacks, int negativeFeedback,
        MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
        : base(KindOf(channel).ToMetricId(), KindOf(channel).Label(), window, orderWithDefects, orderCount, target, policyVersion, orderIds,
            [new("orderCount", orderCount, CountSlotRole.Denominator), new("orderWithDefects", orderWithDefects, CountSlotRole.Numerator), new("claims", claims, CountSlotRole.Component), new("chargebacks", chargebacks, CountSlotRole.Component), new("negativeFeedback", negativeFeedback, CountSlotRole.Component)])
    {
        Channel = channel;
        Claims = claims;
        Chargebacks = chargebacks;
        NegativeFeedback = negativeFeedback;
    }

    /// <summary>
    /// Creates an Order Defect Rate figure from counts computed elsewhere, such as Amazon's performance report.
    /// The rate and status follow from the counts, exactly as for a figure the engine computes.
    /// </summary>
    /// <param name="channel">The fulfilment channel.</param>
    /// <param name="window">The purchase days of the window, both ends included.</param>
    /// <param name="orderCount">The orders of the channel purchased in the window (the denominator).</param>
    /// <param name="orderWithDefects">The orders with at least one counting defect (the numerator); at most <paramref name="orderCount"/>.</param>
    /// <param name="claims">The orders with a counting A-to-z claim; at most <paramref name="orderWithDefects"/>.</param>
    /// <param name="chargebacks">The orders with a counting chargeback; at most <paramref name="orderWithDefects"/>.</param>
    /// <param name="negativeFeedback">The orders with counting negative feedback; at most <paramref name="orderWithDefects"/>.</param>
    /// <param name="target">The target.</param>
    /// <param name="policyVersion">The policy (or source) that produced the figure, such as <c>amazon@2025-01-01</c> or <c>amazon-report</c>.</param>
    /// <param name="orderIds">The defective orders, when known (at most <paramref name="orderWithDefects"/> distinct ones); kept distinct and sorted.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">A count is negative or exceeds its bound, the channel or target condition is undefined,
    /// <paramref name="policyVersion"/> is blank, or <paramref name="orderIds"/> names too many or empty ids; the message names the parameter.</exception>
    public static OrderDefectRateResult Create(
        FulfillmentChannel channel, DayWindow window, int orderCount, int orderWithDefects, int claims, int chargebacks, int negativeFeedback,
        MetricTarget target, string policyVersion, IEnumerable<OrderId>? orderIds = null)
    {
        Preconditions.CheckDefined(channel, nameof(channel));
        CheckCount(orderCount, nameof(orderCount));
        CheckCount(orderWithDefects, nameof(orderWithDefects), orderCount, nameof(orderCount));
        CheckCount(claims, nameof(claims), orderWithDefects, nameof(orderWithDefects));
        CheckCount(chargebacks, nameof(chargebacks), orderWithDefects, nameof(orderWithDefects));
        CheckCount(negativeFeedback, nameof(negativeFeedback), orderWithDefects, nameof(orderWithDefects));
        ImmutableArray<OrderId> ids = CheckFactoryArguments(target, policyVersion, orderIds, orderWithDefects, nameof(orderWithDefects));
        return new OrderDefectRateResult(channel, window, orderCount, orderWithDefects, claims, chargebacks, negativeFeedback, target, policyVersion, ids);
    }

    /// <summary>Gets the fulfilment channel (<c>fulfillmentType</c> mfn or afn).</summary>
    public FulfillmentChannel Channel { get; }

    /// <summary>Gets the orders of the channel purchased in the window (<c>orderCount</c>).</summary>
    public int OrderCount => Denominator;

    /// <summary>Gets the orders with at least one counting defect (<c>orderWithDefects.count</c>).</summary>
    public int OrderWithDefects => Numerator;

    /// <summary>Gets the orders with a counting A-to-z claim (<c>claims.count</c>).</summary>
    public int Claims { get; }

    /// <summary>Gets the orders with a counting service chargeback (<c>chargebacks.count</c>).</summary>
    public int Chargebacks { get; }

    /// <summary>Gets the orders with a counting negative feedback (<c>negativeFeedback.count</c>).</summary>
    public int NegativeFeedback { get; }

    private static MetricKind KindOf(FulfillmentChannel channel)
        => channel == FulfillmentChannel.Mfn ? MetricKind.OrderDefectRateMfn : MetricKind.OrderDefectRateAfn;
}
