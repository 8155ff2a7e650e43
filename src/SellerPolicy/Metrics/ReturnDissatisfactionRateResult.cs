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
    internal ReturnDissatisfactionRateResult(
        DayWindow window, int returnRequestCount, int dissatisfiedCount, int negativeReturnFeedbackCount, int lateResponseCount, int invalidRejectionCount,
        MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
        : base(MetricKind.ReturnDissatisfactionRate, window, dissatisfiedCount, returnRequestCount, target, policyVersion, orderIds)
    {
        NegativeReturnFeedbackCount = negativeReturnFeedbackCount;
        LateResponseCount = lateResponseCount;
        InvalidRejectionCount = invalidRejectionCount;
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
