using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger;

public sealed class AtoZClaimTests
{
    private static readonly ClaimId Claim = new("C-1");
    private static readonly OrderId Id = new("111-0000001-0000001");
    private static readonly Instant Filed = Instant.FromUtc(2026, 1, 20, 9, 0);
    private static readonly Instant Decided = Filed + Duration.FromDays(5);

    [Property(MaxTest = 200)]
    public Property EqualityLaws_Hold()
        => EqualityLaws.Hold(DomainArbitraries.Claims, c => new AtoZClaim(new ClaimId(c.ClaimId.Value), c.OrderId, c.FiledAt, c.Reason, c.Outcome, c.DecidedAt, c.ReversedAt));

    [Fact]
    public void Constructor_DecisionWithoutOutcome_ThrowsNamingOutcome()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new AtoZClaim(Claim, Id, Filed, ClaimReason.NotReceived, decidedAt: Decided));

        Assert.Equal("outcome", ex.ParamName);
        Assert.StartsWith("decidedAt requires outcome: give both or neither.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OutcomeWithoutDecision_ThrowsNamingDecidedAt()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new AtoZClaim(Claim, Id, Filed, ClaimReason.NotReceived, ClaimOutcome.Denied));

        Assert.Equal("decidedAt", ex.ParamName);
        Assert.StartsWith("outcome requires decidedAt: give both or neither.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DecidedBeforeFiled_ThrowsNamingDecidedAt()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            new AtoZClaim(Claim, Id, Filed, ClaimReason.NotReceived, ClaimOutcome.Denied, Filed - Duration.FromHours(1)));

        Assert.Equal("decidedAt", ex.ParamName);
        Assert.Contains("must not be before filedAt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ReversalOfAPendingClaim_ThrowsNamingReversedAt()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            new AtoZClaim(Claim, Id, Filed, ClaimReason.NotReceived, reversedAt: Decided));

        Assert.Equal("reversedAt", ex.ParamName);
        Assert.StartsWith("reversedAt requires a decision: claim C-1 is pending.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClaimOutcome.Denied)]
    [InlineData(ClaimOutcome.Withdrawn)]
    [InlineData(ClaimOutcome.GrantedAmazonFunded)]
    [InlineData(ClaimOutcome.BuyShippingProtected)]
    public void Constructor_ReversalOfANonCountingDecision_ThrowsNamingReversedAt(ClaimOutcome outcome)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            new AtoZClaim(Claim, Id, Filed, ClaimReason.NotReceived, outcome, Decided, Decided + Duration.FromDays(1)));

        Assert.Equal("reversedAt", ex.ParamName);
        Assert.Contains($"claim C-1 was {outcome}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ReversalBeforeDecision_ThrowsNamingReversedAt()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            new AtoZClaim(Claim, Id, Filed, ClaimReason.NotReceived, ClaimOutcome.GrantedSellerFunded, Decided, Decided - Duration.FromSeconds(1)));

        Assert.Equal("reversedAt", ex.ParamName);
        Assert.Contains("must not be before decidedAt", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClaimOutcome.GrantedSellerFunded, ClaimFunding.Seller)]
    [InlineData(ClaimOutcome.SellerRefunded, ClaimFunding.Seller)]
    [InlineData(ClaimOutcome.OrderCancelled, ClaimFunding.Seller)]
    [InlineData(ClaimOutcome.GrantedAmazonFunded, ClaimFunding.Amazon)]
    [InlineData(ClaimOutcome.BuyShippingProtected, ClaimFunding.Amazon)]
    [InlineData(ClaimOutcome.Denied, ClaimFunding.None)]
    [InlineData(ClaimOutcome.Withdrawn, ClaimFunding.None)]
    public void Funding_FollowsTheOutcome(ClaimOutcome outcome, ClaimFunding funding)
        => Assert.Equal(funding, new AtoZClaim(Claim, Id, Filed, ClaimReason.Other, outcome, Decided).Funding);

    [Fact]
    public void WithDecision_ClearsTheReversal()
    {
        var claim = new AtoZClaim(Claim, Id, Filed, ClaimReason.NotReceived, ClaimOutcome.GrantedSellerFunded, Decided, Decided + Duration.FromDays(3));

        AtoZClaim pending = claim.WithDecision(null, null);

        Assert.Null(pending.ReversedAt);
        Assert.Null(pending.Outcome);
        Assert.Equal(ClaimFunding.None, pending.Funding);
        Assert.Equal(claim, pending.WithDecision(ClaimOutcome.GrantedSellerFunded, Decided).WithReversal(Decided + Duration.FromDays(3)));
    }
}
