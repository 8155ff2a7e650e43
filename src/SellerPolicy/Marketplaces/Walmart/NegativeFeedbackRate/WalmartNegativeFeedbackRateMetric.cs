using SellerPolicy.Ledger;
using SellerPolicy.Metrics;

namespace SellerPolicy.Marketplaces.Walmart;

/// <summary>Walmart's negative feedback rate: orders purchased in the window (60 days) with a 1-2 star rating not removed; ≤ 2 %.</summary>
public sealed class WalmartNegativeFeedbackRateMetric : RollingRateMetric
{
    /// <summary>Creates the metric.</summary>
    /// <param name="standards">The standards (<see cref="WalmartStandards.NegativeFeedback"/>, <see cref="WalmartStandards.NegativeFeedbackMaxRating"/>).</param>
    public WalmartNegativeFeedbackRateMetric(WalmartStandards standards)
        : base(WalmartMetricIds.NegativeFeedbackRate, "Negative feedback rate", Required(standards, nameof(standards)).NegativeFeedback.WindowDays,
            standards.NegativeFeedback.Target, RateSlots("orders", "negativeFeedback"))
        => MaxRating = standards.NegativeFeedbackMaxRating;

    /// <summary>Gets the highest rating that is negative.</summary>
    public int MaxRating { get; }

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        (int from, int to) = InWindow(sink.Day(order.PurchasedAt));
        sink.Emit(DenominatorSlot, from, to);
        List<(int Start, int End)> negative = sink.Scratch(0);
        foreach (Feedback feedback in order.Feedback)
        {
            if (WalmartOrderRules.NegativeSpan(feedback, MaxRating) is { } span)
            {
                negative.Add(sink.AsOfDays(span));
            }
        }

        sink.EmitUnion(NumeratorSlot, negative, from, to);
    }
}
