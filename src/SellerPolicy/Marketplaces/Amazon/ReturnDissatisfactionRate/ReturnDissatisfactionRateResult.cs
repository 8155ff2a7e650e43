using System.Text.Json.Serialization;
using System.Collections.Immutable;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>The return dissatisfaction rate of seller-fulfilled orders' return requests as of a day, with its three components.</summary>
/// <remarks>
/// <para>Window: request days <c>[D-(W-1), D]</c> (default 60). A request is dissatisfied when the buyer left negative return
/// feedback, the seller rejected it incorrectly, or the answer was late (answered after the response time, or not answered
/// and the response time has run out before the end of D).</para>
/// <para>Counts are of return requests; <see cref="MetricResult.OrderIds"/> are the distinct orders of the dissatisfied requests.
/// The components may sum to more than <see cref="DissatisfiedCount"/>.</para>
/// </remarks>
public sealed record ReturnDissatisfactionRateResult : MetricResult
{
    [JsonConstructor]
    internal ReturnDissatisfactionRateResult(
        DayWindow window, int returnRequestCount, int dissatisfiedCount, int negativeReturnFeedbackCount, int lateResponseCount, int invalidRejectionCount,
        MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
        : base(MetricKind.ReturnDissatisfactionRate.ToMetricId(), MetricKind.ReturnDissatisfactionRate.Label(), window, dissatisfiedCount, returnRequestCount, target, policyVersion, orderIds,
            [new("returnRequestCount", returnRequestCount, CountSlotRole.Denominator), new("dissatisfiedCount", dissatisfiedCount, CountSlotRole.Numerator), new("negativeReturnFeedbackCount", negativeReturnFeedbackCount, CountSlotRole.Component), new("lateResponseCount", lateResponseCount, CountSlotRole.Component), new("invalidRejectionCount", invalidRejectionCount, CountSlotRole.Component)])
    {
        NegativeReturnFeedbackCount = negativeReturnFeedbackCount;
        LateResponseCount = lateResponseCount;
        InvalidRejectionCount = invalidRejectionCount;
    }

    /// <summary>
    /// Creates a return dissatisfaction rate figure from counts computed elsewhere. The rate and status follow from the
    /// counts, exactly as for a figure the engine computes.
    /// </summary>
    /// <param name="window">The request days of the window, both ends included.</param>
    /// <param name="returnRequestCount">The return requests made in the window (the denominator).</param>
    /// <param name="dissatisfiedCount">The requests with at least one dissatisfaction; at most <paramref name="returnRequestCount"/>.</param>
    /// <param name="negativeReturnFeedbackCount">The requests with negative return feedback; at most <paramref name="dissatisfiedCount"/>.</param>
    /// <param name="lateResponseCount">The requests answered late or not in time; at most <paramref name="dissatisfiedCount"/>.</param>
    /// <param name="invalidRejectionCount">The requests rejected incorrectly; at most <paramref name="dissatisfiedCount"/>.</param>
    /// <param name="target">The target.</param>
    /// <param name="policyVersion">The policy (or source) that produced the figure, such as <c>amazon@2025-01-01</c>.</param>
    /// <param name="orderIds">The orders of the dissatisfied requests, when known (at most <paramref name="dissatisfiedCount"/> distinct ones); kept distinct and sorted.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">A count is negative or exceeds its bound, the target condition is undefined,
    /// <paramref name="policyVersion"/> is blank, or <paramref name="orderIds"/> names too many or empty ids; the message names the parameter.</exception>
    public static ReturnDissatisfactionRateResult Create(
        DayWindow window, int returnRequestCount, int dissatisfiedCount, int negativeReturnFeedbackCount, int lateResponseCount, int invalidRejectionCount,
        MetricTarget target, string policyVersion, IEnumerable<OrderId>? orderIds = null)
    {
        CheckCount(returnRequestCount, nameof(returnRequestCount));
        CheckCount(dissatisfiedCount, nameof(dissatisfiedCount), returnRequestCount, nameof(returnRequestCount));
        CheckCount(negativeReturnFeedbackCount, nameof(negativeReturnFeedbackCount), dissatisfiedCount, nameof(dissatisfiedCount));
        CheckCount(lateResponseCount, nameof(lateResponseCount), dissatisfiedCount, nameof(dissatisfiedCount));
        CheckCount(invalidRejectionCount, nameof(invalidRejectionCount), dissatisfiedCount, nameof(dissatisfiedCount));
        ImmutableArray<OrderId> ids = CheckFactoryArguments(target, policyVersion, orderIds, dissatisfiedCount, nameof(dissatisfiedCount));
        return new ReturnDissatisfactionRateResult(
            window, returnRequestCount, dissatisfiedCount, negativeReturnFeedbackCount, lateResponseCount, invalidRejectionCount, target, policyVersion, ids);
    }

    /// <summary>Gets the return requests made in the window (<c>returnRequestCount</c>).</summary>
    public int ReturnRequestCount => Denominator;

    /// <summary>Gets the requests with at least one dissatisfaction (<c>dissatisfiedCount</c>).</summary>
    public int DissatisfiedCount => Numerator;

    /// <summary>Gets the requests with negative return feedback (<c>negativeReturnFeedbackCount</c>).</summary>
    public int NegativeReturnFeedbackCount { get; }

    /// <summary>Gets the requests answered late or not answered in time (<c>lateResponseCount</c>).</summary>
    public int LateResponseCount { get; }

    /// <summary>Gets the requests rejected incorrectly (<c>invalidRejectionCount</c>).</summary>
    public int InvalidRejectionCount { get; }
}
