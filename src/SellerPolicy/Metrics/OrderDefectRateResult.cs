using System.Collections.Immutable;
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
    internal OrderDefectRateResult(
        FulfillmentChannel channel, DayWindow window, int orderCount, int orderWithDefects, int claims, int chargebacks, int negativeFeedback,
        MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
        : base(channel == FulfillmentChannel.Mfn ? MetricKind.OrderDefectRateMfn : MetricKind.OrderDefectRateAfn,
            window, orderWithDefects, orderCount, target, policyVersion, orderIds)
    {
        Channel = channel;
        Claims = claims;
        Chargebacks = chargebacks;
        NegativeFeedback = negativeFeedback;
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
}
