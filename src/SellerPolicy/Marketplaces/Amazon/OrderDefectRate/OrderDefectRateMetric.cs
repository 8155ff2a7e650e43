using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Marketplaces.Amazon;

/// <summary>
/// Amazon's Order Defect Rate of one fulfilment channel: orders purchased in the window (60 days ending 14 days before the
/// as-of day by default) with a counting negative feedback, A-to-z claim or service chargeback, each order counted once.
/// </summary>
/// <remarks>
/// Rules: <see cref="FeedbackOdrRule"/>, <see cref="ClaimOdrRule"/>, <see cref="ChargebackOdrRule"/>; numbers:
/// <see cref="OrderDefectRatePolicy"/>. Result: <see cref="OrderDefectRateResult"/>.
/// </remarks>
public sealed class OrderDefectRateMetric : RollingRateMetric
{
    /// <summary>The slot of the orders in the window (denominator).</summary>
    public const int OrderCount = 0;

    /// <summary>The slot of the orders with at least one counting defect (numerator).</summary>
    public const int OrderWithDefects = 1;

    /// <summary>The slot of the orders with a counting claim.</summary>
    public const int Claims = 2;

    /// <summary>The slot of the orders with a counting chargeback.</summary>
    public const int Chargebacks = 3;

    /// <summary>The slot of the orders with a counting negative feedback.</summary>
    public const int NegativeFeedback = 4;

    /// <summary>Creates the metric of one channel.</summary>
    /// <param name="channel">The fulfilment channel.</param>
    /// <param name="policy">The ODR numbers.</param>
    public OrderDefectRateMetric(FulfillmentChannel channel, OrderDefectRatePolicy policy)
        : base(KindOf(channel).ToMetricId(), KindOf(channel).Label(), Required(policy, nameof(policy)).WindowDays, policy.Target,
        [
            new("orderCount", CountSlotRole.Denominator),
            new("orderWithDefects", CountSlotRole.Numerator),
            new("claims", CountSlotRole.Component),
            new("chargebacks", CountSlotRole.Component),
            new("negativeFeedback", CountSlotRole.Component),
        ],
            policy.LagDays)
    {
        Channel = channel;
        Policy = policy;
    }

    /// <summary>Gets the fulfilment channel.</summary>
    public FulfillmentChannel Channel { get; }

    /// <summary>Gets the ODR numbers.</summary>
    public OrderDefectRatePolicy Policy { get; }

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        if (order.Channel != Channel)
        {
            return;
        }

        // Purchase day p is in the window as of days [p+lag, p+lag+W-1].
        (int from, int to) = InWindow(sink.Day(order.PurchasedAt));
        sink.Emit(OrderCount, from, to);
        if (order.Feedback.IsEmpty && order.Claims.IsEmpty && order.Chargebacks.IsEmpty)
        {
            return;
        }

        List<(int Start, int End)> all = sink.Scratch(0);
        List<(int Start, int End)> claims = sink.Scratch(1);
        List<(int Start, int End)> chargebacks = sink.Scratch(2);
        List<(int Start, int End)> feedback = sink.Scratch(3);
        foreach (Feedback f in order.Feedback)
        {
            if (FeedbackOdrRule.CountingSpan(f, Policy) is { } span)
            {
                feedback.Add(sink.AsOfDays(span));
            }
        }

        foreach (AtoZClaim c in order.Claims)
        {
            if (ClaimOdrRule.CountingSpan(c, Policy) is { } span)
            {
                claims.Add(sink.AsOfDays(span));
            }
        }

        foreach (Chargeback c in order.Chargebacks)
        {
            if (ChargebackOdrRule.CountingSpan(c) is { } span)
            {
                chargebacks.Add(sink.AsOfDays(span));
            }
        }

        all.AddRange(feedback);
        all.AddRange(claims);
        all.AddRange(chargebacks);
        sink.EmitUnion(OrderWithDefects, all, from, to);
        sink.EmitUnion(Claims, claims, from, to);
        sink.EmitUnion(Chargebacks, chargebacks, from, to);
        sink.EmitUnion(NegativeFeedback, feedback, from, to);
    }

    /// <inheritdoc />
    public override MetricResult Judge(MetricCounts counts, DayWindow window, ImmutableArray<OrderId> hurting, string policyVersion)
        => new OrderDefectRateResult(Channel, window, counts[OrderCount], counts[OrderWithDefects], counts[Claims], counts[Chargebacks],
            counts[NegativeFeedback], Target, policyVersion, hurting);

    private static MetricKind KindOf(FulfillmentChannel channel) => channel == FulfillmentChannel.Mfn ? MetricKind.OrderDefectRateMfn : MetricKind.OrderDefectRateAfn;
}
