using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Metrics;

public sealed class ChargebackOdrRuleTests
{
    [Fact]
    public void Fraud_NeverCounts()
        => Assert.Null(ChargebackOdrRule.CountingSpan(Chargeback("CB", "A", "2026-03-01T00:00:00Z", ChargebackType.Fraud, ChargebackOutcome.DecidedForBuyer, "2026-03-02T00:00:00Z")));

    [Fact]
    public void DecidedForSeller_StopsAtDecision()
    {
        var cb = Chargeback("CB", "A", "2026-03-01T00:00:00Z", ChargebackType.Service, ChargebackOutcome.DecidedForSeller, "2026-03-10T12:00:00Z");
        Assert.True(ChargebackOdrRule.CountsAsOf(cb, Day("2026-03-09"), AmazonPolicies.Current));
        Assert.False(ChargebackOdrRule.CountsAsOf(cb, Day("2026-03-10"), AmazonPolicies.Current));
    }

    [Fact]
    public void DecidedForBuyer_KeepsCounting()
    {
        var cb = Chargeback("CB", "A", "2026-03-01T00:00:00Z", ChargebackType.Service, ChargebackOutcome.DecidedForBuyer, "2026-03-10T12:00:00Z");
        Assert.Null(ChargebackOdrRule.CountingSpan(cb)!.Value.End);
        Assert.True(ChargebackOdrRule.CountsAsOf(cb, Day("2026-06-01"), AmazonPolicies.Current));
    }
}
