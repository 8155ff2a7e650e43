using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Metrics;

public sealed class WhatIfTests
{
    private static readonly LocalDate D = Day("2026-03-31");

    private static SellerLedger SeedExample() => LedgerOf(
        Enumerable.Range(0, 97).Select(i => Order($"X-{i:D3}", "2026-02-10T12:00:00Z")),
        Order("A", "2026-02-10T12:00:00Z"), Order("B", "2026-02-11T12:00:00Z"), Order("C", "2026-02-12T12:00:00Z"),
        Claim("C-1", "A", "2026-02-20T12:00:00Z", ClaimOutcome.GrantedSellerFunded, "2026-02-25T12:00:00Z"),
        Feedback("B", "2026-02-20T12:00:00Z", 1), Chargeback("CB-1", "C", "2026-02-21T12:00:00Z"));

    [Fact]
    public void Compare_FeedbackRemovedClaimReversedChargebackWon_OdrFallsToZero()
    {
        WhatIfComparison w = WhatIf.Compare(SeedExample(), D, AmazonPolicies.Current,
        [
            new RemoveFeedback(new OrderId("B"), T("2026-03-30T00:00:00Z")),
            new ReverseClaim(new ClaimId("C-1"), T("2026-03-30T00:00:00Z")),
            new WinChargeback(new ChargebackId("CB-1"), T("2026-03-31T23:00:00Z")),
        ]);
        Assert.Equal(3, w.Before.OrderDefectRate.Mfn.OrderWithDefects);
        Assert.Equal(0, w.After.OrderDefectRate.Mfn.OrderWithDefects);
        Assert.Equal([MetricKind.OrderDefectRateMfn], w.ChangedStatus.ToArray());
        Assert.Equal(MetricStatus.Good, w.AfterForecast.Get(MetricKind.OrderDefectRateMfn).CurrentStatus);
    }

    [Fact]
    public void Compare_RemovalAfterAsOfDay_ChangesNothingOnThatDay()
    {
        WhatIfComparison w = WhatIf.Compare(SeedExample(), D, AmazonPolicies.Current, [new RemoveFeedback(new OrderId("B"), T("2026-04-01T00:00:00Z"))]);
        Assert.Equal(w.Before, w.After);
    }

    [Fact]
    public void Compare_WithdrawnClaim_StopsCounting()
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-02-10T12:00:00Z"), Claim("C-9", "A", "2026-02-20T12:00:00Z"));
        WhatIfComparison w = WhatIf.Compare(ledger, D, AmazonPolicies.Current, [new WithdrawClaim(new ClaimId("C-9"), T("2026-03-01T00:00:00Z"))]);
        Assert.Equal((1, 0), (w.Before.OrderDefectRate.Mfn.Claims, w.After.OrderDefectRate.Mfn.Claims));
    }

    [Fact]
    public void Compare_ExtraCleanOrders_DiluteTheRate()
    {
        var extra = new ExtraCleanOrders(10, new DayWindow(Day("2026-02-01"), Day("2026-03-01")), FulfillmentChannel.Mfn);
        WhatIfComparison w = WhatIf.Compare(SeedExample(), D, AmazonPolicies.Current, [extra]);
        Assert.Equal((100, 3), (w.Before.OrderDefectRate.Mfn.OrderCount, w.Before.OrderDefectRate.Mfn.OrderWithDefects));
        Assert.Equal((390, 3), (w.After.OrderDefectRate.Mfn.OrderCount, w.After.OrderDefectRate.Mfn.OrderWithDefects)); // 29 extra days (02-01..03-01) x 10 + 100
        Assert.Equal(MetricStatus.Good, w.After.OrderDefectRate.Mfn.Status);
    }

    [Fact]
    public void Apply_UnknownClaim_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => WhatIf.Apply(SeedExample(), [new WithdrawClaim(new ClaimId("NOPE"), T("2026-03-01T00:00:00Z"))], AmazonPolicies.Current));
        Assert.Contains("NOPE", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindViolation_names_an_unknown_claim_without_throwing()
    {
        RuleViolation? violation = WhatIf.FindViolation(SeedExample(), [new WithdrawClaim(new ClaimId("NOPE"), T("2026-03-01T00:00:00Z"))], AmazonPolicies.Current);

        Assert.NotNull(violation);
        Assert.Equal("Claim NOPE is not in the ledger.", violation.Rule);
    }

    [Fact]
    public void FindViolation_gives_the_rule_a_change_would_break()
    {
        SellerLedger ledger = SeedExample();
        AtoZClaim claim = ledger.Claims[0];
        Instant before = claim.FiledAt - Duration.FromDays(1);

        RuleViolation? violation = WhatIf.FindViolation(ledger, [new WithdrawClaim(claim.ClaimId, before)], AmazonPolicies.Current);

        Assert.NotNull(violation);
        Assert.Equal("decidedAt", violation.Field);
        Assert.Equal(AtoZClaim.FindViolation(claim.ClaimId, claim.OrderId, claim.FiledAt, claim.Reason, ClaimOutcome.Withdrawn, before)!.Rule, violation.Rule);
        Assert.Throws<ArgumentException>(() => WhatIf.Apply(ledger, [new WithdrawClaim(claim.ClaimId, before)], AmazonPolicies.Current));
    }

    [Fact]
    public void FindViolation_is_null_when_every_change_applies()
    {
        SellerLedger ledger = SeedExample();

        Assert.Null(WhatIf.FindViolation(ledger, [new WithdrawClaim(ledger.Claims[0].ClaimId, ledger.Claims[0].FiledAt + Duration.FromDays(1))], AmazonPolicies.Current));
    }
}
