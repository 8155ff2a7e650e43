using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Metrics;

public sealed class FeedbackOdrRuleTests
{
    [Fact]
    public void CountingSpan_NegativeFeedback_FromReceiptUntilRemoval()
    {
        var span = FeedbackOdrRule.CountingSpan(Feedback("A", "2026-03-01T10:00:00Z", 1, "2026-03-05T00:00:00Z"), new OrderDefectRatePolicy());
        Assert.Equal((T("2026-03-01T10:00:00Z"), (NodaTime.Instant?)T("2026-03-05T00:00:00Z")), (span!.Value.Start, span.Value.End));
    }

    [Fact]
    public void CountingSpan_NeutralFeedback_Null()
        => Assert.Null(FeedbackOdrRule.CountingSpan(Feedback("A", "2026-03-01T10:00:00Z", 3), new OrderDefectRatePolicy()));

    [Fact]
    public void IsNegative_FollowsPolicyMaximum()
        => Assert.True(FeedbackOdrRule.IsNegative(Feedback("A", "2026-03-01T10:00:00Z", 3), new OrderDefectRatePolicy { NegativeFeedbackMaxRating = 3 }));

    [Fact]
    public void Feedback_RemovedAfterAsOfDay_StillCounts()
    {
        var f = Feedback("A", "2026-03-01T10:00:00Z", 2, "2026-03-05T00:00:00Z");
        Assert.True(FeedbackOdrRule.CountsAsOf(f, Day("2026-03-04"), AmazonPolicies.Current));
        Assert.False(FeedbackOdrRule.CountsAsOf(f, Day("2026-03-05"), AmazonPolicies.Current));
        Assert.False(FeedbackOdrRule.CountsAsOf(f, Day("2026-02-28"), AmazonPolicies.Current));
    }
}
