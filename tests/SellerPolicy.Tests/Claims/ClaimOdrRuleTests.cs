using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using static SellerPolicy.Tests.Claims.ClaimTestData;

namespace SellerPolicy.Tests.Claims;

public class ClaimOdrRuleTests
{
    private static readonly MarketplacePolicy Policy = AmazonPolicies.Current;
    private static LocalDate D(int month, int day) => new(2026, month, day);

    [Fact]
    public void PendingClaim_FiledLateInTheDay_CountsFromThatDay_AndAcrossTheDayBoundary()
    {
        AtoZClaim claim = Claim("2026-01-20T23:30:00Z");
        ClaimOdrImpact dayBefore = ClaimOdrRule.Explain(claim, D(1, 19), Policy);
        Assert.False(dayBefore.Counts);
        Assert.Contains("not filed", dayBefore.Why, StringComparison.Ordinal);

        foreach (LocalDate day in new[] { D(1, 20), D(1, 21) })
        {
            ClaimOdrImpact impact = ClaimOdrRule.Explain(claim, day, Policy);
            Assert.True(impact.Counts);
            Assert.Equal(D(1, 20), impact.CountsFromDay);
            Assert.Null(impact.CountsUntilDay);
            Assert.Null(impact.Outcome);
            Assert.Equal(ClaimFunding.None, impact.Funding);
            Assert.Contains("pending", impact.Why, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PendingClaim_DoesNotCount_WhenThePolicySwitchIsOff()
    {
        MarketplacePolicy strict = Policy with { OrderDefectRate = Policy.OrderDefectRate with { PendingClaimsCount = false } };
        ClaimOdrImpact impact = ClaimOdrRule.Explain(Claim("2026-01-20T09:00:00Z"), D(1, 25), strict);
        Assert.False(impact.Counts);
        Assert.Null(impact.CountsFromDay);
        Assert.Contains("only once it is decided", impact.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void DeniedClaim_CountsUntilTheDayBeforeTheDenial_AndTheDenialIsUnknownBeforeIt()
    {
        AtoZClaim claim = Claim("2026-01-20T23:30:00Z", ClaimOutcome.Denied, "2026-01-25T00:30:00Z");
        ClaimOdrImpact before = ClaimOdrRule.Explain(claim, D(1, 24), Policy);
        Assert.True(before.Counts);
        Assert.Null(before.CountsUntilDay);
        Assert.Null(before.Outcome);

        ClaimOdrImpact after = ClaimOdrRule.Explain(claim, D(1, 25), Policy);
        Assert.False(after.Counts);
        Assert.Equal(D(1, 20), after.CountsFromDay);
        Assert.Equal(D(1, 24), after.CountsUntilDay);
        Assert.Equal(ClaimOutcome.Denied, after.Outcome);
        Assert.Contains("denied", after.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimDeniedTheDayItWasFiled_NeverCountsOnAnyDay()
    {
        ClaimOdrImpact impact = ClaimOdrRule.Explain(Claim("2026-01-20T09:00:00Z", ClaimOutcome.Withdrawn, "2026-01-20T18:00:00Z"), D(1, 20), Policy);
        Assert.False(impact.Counts);
        Assert.Null(impact.CountsFromDay);
        Assert.Null(impact.CountsUntilDay);
    }

    [Theory]
    [InlineData(ClaimOutcome.GrantedSellerFunded, true, ClaimFunding.Seller)]
    [InlineData(ClaimOutcome.SellerRefunded, true, ClaimFunding.Seller)]
    [InlineData(ClaimOutcome.OrderCancelled, true, ClaimFunding.Seller)]
    [InlineData(ClaimOutcome.GrantedAmazonFunded, false, ClaimFunding.Amazon)]
    [InlineData(ClaimOutcome.BuyShippingProtected, false, ClaimFunding.Amazon)]
    [InlineData(ClaimOutcome.Denied, false, ClaimFunding.None)]
    [InlineData(ClaimOutcome.Withdrawn, false, ClaimFunding.None)]
    public void DecidedClaim_CountsAndFundingAreSeparateFacts(ClaimOutcome outcome, bool counts, ClaimFunding funding)
    {
        ClaimOdrImpact impact = ClaimOdrRule.Explain(Claim("2026-01-20T09:00:00Z", outcome, "2026-01-22T09:00:00Z"), D(2, 1), Policy);
        Assert.Equal(counts, impact.Counts);
        Assert.Equal(funding, impact.Funding);
        Assert.Equal(outcome, impact.Outcome);
        Assert.Equal(D(1, 20), impact.CountsFromDay);
        Assert.Equal(counts ? null : D(1, 21), impact.CountsUntilDay);
    }

    [Fact]
    public void CountingOutcomes_ArePolicyData_AnAmazonFundedGrantCountsWhenThePolicySaysSo()
    {
        MarketplacePolicy policy = Policy with
        {
            OrderDefectRate = Policy.OrderDefectRate with { CountingClaimOutcomes = [ClaimOutcome.GrantedAmazonFunded] },
        };
        AtoZClaim amazonFunded = Claim("2026-01-20T09:00:00Z", ClaimOutcome.GrantedAmazonFunded, "2026-01-22T09:00:00Z");
        AtoZClaim sellerFunded = Claim("2026-01-20T09:00:00Z", ClaimOutcome.GrantedSellerFunded, "2026-01-22T09:00:00Z");

        Assert.True(ClaimOdrRule.CountsAsOf(amazonFunded, D(2, 1), policy));
        Assert.True(ClaimOdrRule.Explain(amazonFunded, D(2, 1), policy).Counts);
        Assert.False(ClaimOdrRule.CountsAsOf(sellerFunded, D(2, 1), policy));
        Assert.True(ClaimOdrRule.IsCountingOutcome(ClaimOutcome.GrantedAmazonFunded, policy.OrderDefectRate));
    }

    [Fact]
    public void ReversedClaim_StopsCountingFromTheReversal()
    {
        AtoZClaim claim = Claim("2026-01-20T09:00:00Z", ClaimOutcome.GrantedSellerFunded, "2026-01-22T09:00:00Z", "2026-02-03T12:00:00Z");
        ClaimOdrImpact before = ClaimOdrRule.Explain(claim, D(2, 2), Policy);
        Assert.True(before.Counts);
        Assert.Null(before.CountsUntilDay);
        Assert.DoesNotContain("reversed", before.Why, StringComparison.Ordinal);

        ClaimOdrImpact after = ClaimOdrRule.Explain(claim, D(2, 3), Policy);
        Assert.False(after.Counts);
        Assert.Equal(D(1, 20), after.CountsFromDay);
        Assert.Equal(D(2, 2), after.CountsUntilDay);
        Assert.Equal(ClaimFunding.Seller, after.Funding);
        Assert.Contains("reversed on appeal", after.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_WithTheTimeline_NamesTheVersionInEffectThatDay()
        => Assert.Equal("amazon@2025-01-01", ClaimOdrRule.Explain(Claim("2026-01-20T09:00:00Z"), D(2, 1), AmazonPolicies.Timeline).PolicyVersion);

    [Property(MaxTest = 200)]
    public Property Explain_CountsExactlyWhenTheSharedRuleSaysSo_AndWithinItsDays()
    {
        Gen<ClaimOutcome?> outcomes = Gen.Elements(Enum.GetValues<ClaimOutcome>().Select(o => (ClaimOutcome?)o).Append(null).ToArray());
        Gen<(AtoZClaim Claim, int Day, bool Pending)> gen =
            from filed in Gen.Choose(0, 24 * 30)
            from outcome in outcomes
            from decideAfter in Gen.Choose(0, 24 * 20)
            from reverseAfter in Gen.Choose(-1, 24 * 20)
            from day in Gen.Choose(-2, 60)
            from pending in Gen.Elements(true, false)
            select (Build(filed, outcome, decideAfter, reverseAfter), day, pending);
        return Prop.ForAll(Arb.From(gen), x =>
        {
            MarketplacePolicy policy = Policy with { OrderDefectRate = Policy.OrderDefectRate with { PendingClaimsCount = x.Pending } };
            LocalDate asOf = D(1, 1).PlusDays(x.Day);
            ClaimOdrImpact impact = ClaimOdrRule.Explain(x.Claim, asOf, policy);
            bool inDays = impact.CountsFromDay is { } from && from <= asOf && (impact.CountsUntilDay is not { } until || asOf <= until);
            return impact.Counts == ClaimOdrRule.CountsAsOf(x.Claim, asOf, policy) && impact.Counts == inDays;
        });
    }

    private static AtoZClaim Build(int filedH, ClaimOutcome? outcome, int decideAfterH, int reverseAfterH)
    {
        Instant filed = Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromHours(filedH);
        Instant? decided = outcome is null ? null : filed + Duration.FromHours(decideAfterH);
        Instant? reversed = decided is { } d && reverseAfterH >= 0 && AtoZClaim.FundingOf(outcome!.Value) == ClaimFunding.Seller ? d + Duration.FromHours(reverseAfterH) : null;
        return new AtoZClaim(new ClaimId("C-1"), Id, filed, ClaimReason.NotReceived, outcome, decided, reversed);
    }

    [Fact]
    public void CountingSpan_ADecisionAtTheFilingInstant_OrAReversalAtTheDecisionInstant_NeverCounts()
    {
        OrderDefectRatePolicy strict = Policy.OrderDefectRate with { PendingClaimsCount = false };

        Assert.Null(ClaimOdrRule.CountingSpan(Claim("2026-01-20T09:00:00Z", ClaimOutcome.Denied, "2026-01-20T09:00:00Z"), Policy.OrderDefectRate));
        Assert.Null(ClaimOdrRule.CountingSpan(Claim("2026-01-20T09:00:00Z", ClaimOutcome.GrantedSellerFunded, "2026-01-22T09:00:00Z", "2026-01-22T09:00:00Z"), strict));
        Assert.Equal(
            new SellerPolicy.Time.KnownSpan(I("2026-01-22T09:00:00Z"), I("2026-01-22T09:00:01Z")),
            ClaimOdrRule.CountingSpan(Claim("2026-01-20T09:00:00Z", ClaimOutcome.GrantedSellerFunded, "2026-01-22T09:00:00Z", "2026-01-22T09:00:01Z"), strict));
    }

    [Fact]
    public void Explain_AClaimFiledAtTheEndOfTheDay_IsNotKnownThatDay_ADecisionThenIsNotKnownEither()
    {
        // The end of 20 January is the first instant of the 21st.
        ClaimOdrImpact filedAtMidnight = ClaimOdrRule.Explain(Claim("2026-01-21T00:00:00Z"), D(1, 20), Policy);
        ClaimOdrImpact decidedAtMidnight = ClaimOdrRule.Explain(Claim("2026-01-18T09:00:00Z", ClaimOutcome.Denied, "2026-01-21T00:00:00Z"), D(1, 20), Policy);

        Assert.StartsWith("not filed as of 2026-01-20", filedAtMidnight.Why, StringComparison.Ordinal);
        Assert.Null(decidedAtMidnight.Outcome);
        Assert.True(decidedAtMidnight.Counts);
        Assert.StartsWith("pending since", decidedAtMidnight.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ACountingDecision_SaysFromWhenItCounts_ADenialThatItDoesNot()
    {
        MarketplacePolicy strict = Policy with { OrderDefectRate = Policy.OrderDefectRate with { PendingClaimsCount = false } };
        AtoZClaim granted = Claim("2026-01-18T09:00:00Z", ClaimOutcome.GrantedSellerFunded, "2026-01-19T09:00:00Z");
        AtoZClaim denied = Claim("2026-01-18T09:00:00Z", ClaimOutcome.Denied, "2026-01-19T09:00:00Z");

        Assert.EndsWith(": counts from its filing", ClaimOdrRule.Explain(granted, D(1, 20), Policy).Why, StringComparison.Ordinal);
        Assert.EndsWith(": counts from its decision", ClaimOdrRule.Explain(granted, D(1, 20), strict).Why, StringComparison.Ordinal);
        Assert.Contains(": does not count from the decision", ClaimOdrRule.Explain(denied, D(1, 20), Policy).Why, StringComparison.Ordinal);
        Assert.Contains("this policy counts a claim only once it is decided against the seller", ClaimOdrRule.Explain(Claim("2026-01-18T09:00:00Z"), D(1, 20), strict).Why, StringComparison.Ordinal);
    }

    [Fact]
    public void NullArguments_AreRejectedNamingThem()
    {
        AtoZClaim claim = Claim("2026-01-18T09:00:00Z");

        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => ClaimOdrRule.CountingSpan(null!, Policy.OrderDefectRate)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ClaimOdrRule.CountingSpan(claim, null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ClaimOdrRule.CountsAsOf(claim, D(1, 20), null!)).ParamName);
        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => ClaimOdrRule.Explain(null!, D(1, 20), Policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ClaimOdrRule.Explain(claim, D(1, 20), (MarketplacePolicy)null!)).ParamName);
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => ClaimOdrRule.Explain(claim, D(1, 20), (PolicyTimeline)null!)).ParamName);
    }

    [Theory]
    [InlineData(ClaimOutcome.GrantedSellerFunded, "granted, seller-funded (the seller was at fault) at 2026-01-19T09:00:00Z: counts from its filing")]
    [InlineData(ClaimOutcome.SellerRefunded, "the seller refunded the buyer after the claim was filed at 2026-01-19T09:00:00Z: counts from its filing")]
    [InlineData(ClaimOutcome.OrderCancelled, "the order was cancelled at 2026-01-19T09:00:00Z: counts from its filing")]
    [InlineData(ClaimOutcome.GrantedAmazonFunded, "granted, Amazon-funded (the seller was not at fault) at 2026-01-19T09:00:00Z: does not count from the decision; it counted from 2026-01-18 until 2026-01-18")]
    [InlineData(ClaimOutcome.Denied, "denied at 2026-01-19T09:00:00Z: does not count from the decision; it counted from 2026-01-18 until 2026-01-18")]
    [InlineData(ClaimOutcome.Withdrawn, "withdrawn by the buyer at 2026-01-19T09:00:00Z: does not count from the decision; it counted from 2026-01-18 until 2026-01-18")]
    [InlineData(ClaimOutcome.BuyShippingProtected, "protected by Buy Shipping claims protection at 2026-01-19T09:00:00Z: does not count from the decision; it counted from 2026-01-18 until 2026-01-18")]
    public void Explain_Why_NamesTheOutcomeInTheSellersWords_AndTheDaysItCounted(ClaimOutcome outcome, string expected)
    {
        // Filed 18 January, decided 19 January: pending claims count, so it counted on the 18th whatever the outcome.
        ClaimOdrImpact impact = ClaimOdrRule.Explain(Claim("2026-01-18T09:00:00Z", outcome, "2026-01-19T09:00:00Z"), D(1, 25), Policy);

        Assert.Equal(expected, impact.Why);
    }

    [Fact]
    public void Explain_Why_OfAPendingClaim_QuotesThePendingRule()
        => Assert.Equal(
            "pending since 2026-01-18T09:00:00Z: a claim that is not denied counts while pending (orderDefectRate.pendingClaimsCount)",
            ClaimOdrRule.Explain(Claim("2026-01-18T09:00:00Z"), D(1, 20), Policy).Why);

    [Fact]
    public void Explain_Why_OfADecisionNeverCounted_GivesNoDays()
    {
        MarketplacePolicy strict = Policy with { OrderDefectRate = Policy.OrderDefectRate with { PendingClaimsCount = false } };

        Assert.Equal(
            "denied at 2026-01-19T09:00:00Z: does not count from the decision",
            ClaimOdrRule.Explain(Claim("2026-01-18T09:00:00Z", ClaimOutcome.Denied, "2026-01-19T09:00:00Z"), D(1, 25), strict).Why);
    }

    [Fact]
    public void IsCountingOutcome_RejectsANullPolicy()
        => Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ClaimOdrRule.IsCountingOutcome(ClaimOutcome.Denied, null!)).ParamName);
}
