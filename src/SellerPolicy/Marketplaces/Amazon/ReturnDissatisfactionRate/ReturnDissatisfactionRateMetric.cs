using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Marketplaces.Amazon;

/// <summary>
/// Amazon's return dissatisfaction rate: return requests of seller-fulfilled orders made in the window (60 days by default)
/// with negative return feedback, an incorrect rejection, or a late answer (after the policy's one return response time).
/// </summary>
public sealed class ReturnDissatisfactionRateMetric : RollingRateMetric
{
    /// <summary>The slot of the requests in the window (denominator).</summary>
    public const int ReturnRequestCount = 0;

    /// <summary>The slot of the dissatisfied requests (numerator).</summary>
    public const int DissatisfiedCount = 1;

    /// <summary>The slot of the requests with negative return feedback.</summary>
    public const int NegativeReturnFeedbackCount = 2;

    /// <summary>The slot of the requests answered late.</summary>
    public const int LateResponseCount = 3;

    /// <summary>The slot of the requests rejected incorrectly.</summary>
    public const int InvalidRejectionCount = 4;

    /// <summary>Creates the metric.</summary>
    /// <param name="policy">Its window and target.</param>
    /// <param name="responseTime">The seller's time to answer a return request (<see cref="ReturnPolicy.ResponseTime"/>).</param>
    public ReturnDissatisfactionRateMetric(ReturnDissatisfactionPolicy policy, Duration responseTime)
        : base(AmazonMetricIds.ReturnDissatisfactionRate, MetricKind.ReturnDissatisfactionRate.Label(), Required(policy, nameof(policy)).WindowDays, policy.Target,
        [
            new("returnRequestCount", CountSlotRole.Denominator), new("dissatisfiedCount", CountSlotRole.Numerator),
            new("negativeReturnFeedbackCount", CountSlotRole.Component), new("lateResponseCount", CountSlotRole.Component),
            new("invalidRejectionCount", CountSlotRole.Component),
        ])
    {
        Policy = policy;
        ResponseTime = responseTime;
    }

    /// <summary>Gets the window and target.</summary>
    public ReturnDissatisfactionPolicy Policy { get; }

    /// <summary>Gets the seller's time to answer a return request.</summary>
    public Duration ResponseTime { get; }

    /// <inheritdoc />
    public override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        if (order.Channel != FulfillmentChannel.Mfn)
        {
            return;
        }

        foreach (ReturnRequest request in order.Returns)
        {
            Add(request, sink);
        }
    }

    /// <inheritdoc />
    public override MetricResult Judge(MetricCounts counts, DayWindow window, ImmutableArray<OrderId> hurting, string policyVersion)
        => new ReturnDissatisfactionRateResult(window, counts[ReturnRequestCount], counts[DissatisfiedCount], counts[NegativeReturnFeedbackCount],
            counts[LateResponseCount], counts[InvalidRejectionCount], Target, policyVersion, hurting);

    private void Add(ReturnRequest request, ContributionSink sink)
    {
        (int from, int to) = InWindow(sink.Day(request.RequestedAt));
        sink.Emit(ReturnRequestCount, from, to);
        if (request.NegativeReturnFeedback)
        {
            sink.Emit(NegativeReturnFeedbackCount, from, to);
        }

        if (request.RejectedIncorrectly)
        {
            sink.Emit(InvalidRejectionCount, from, to);
        }

        // Late as of D: answered (known) after the deadline, or not answered (known) and the deadline is before the end of D.
        Instant deadline = request.RequestedAt + ResponseTime;
        int deadlineDay = sink.Day(deadline);
        List<(int Start, int End)> late = sink.Scratch(0);
        if (request.RespondedAt is { } responded)
        {
            int answeredDay = sink.Day(responded);
            late.Add((deadlineDay, answeredDay));
            if (responded > deadline)
            {
                late.Add((answeredDay, ContributionSink.Never));
            }
        }
        else
        {
            late.Add((deadlineDay, ContributionSink.Never));
        }

        sink.EmitUnion(LateResponseCount, late, from, to);
        if (request.NegativeReturnFeedback || request.RejectedIncorrectly)
        {
            sink.Emit(DissatisfiedCount, from, to);
        }
        else
        {
            sink.EmitUnion(DissatisfiedCount, late, from, to);
        }
    }
}
