using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger;

public sealed class ChargebackTests
{
    private static readonly ChargebackId Cb = new("CB-1");
    private static readonly OrderId Id = new("111-0000001-0000001");
    private static readonly Instant Received = Instant.FromUtc(2026, 2, 1, 9, 0);

    [Property(MaxTest = 200)]
    public Property EqualityLaws_Hold()
        => EqualityLaws.Hold(DomainArbitraries.Chargebacks, c => new Chargeback(new ChargebackId(c.ChargebackId.Value), c.OrderId, c.ReceivedAt, c.Type, c.Outcome, c.DecidedAt));

    [Fact]
    public void Constructor_DecisionWithoutOutcome_ThrowsNamingOutcome()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new Chargeback(Cb, Id, Received, ChargebackType.Service, decidedAt: Received));

        Assert.Equal("outcome", ex.ParamName);
        Assert.StartsWith("decidedAt requires outcome: give both or neither.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DecidedBeforeReceived_ThrowsNamingDecidedAt()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            new Chargeback(Cb, Id, Received, ChargebackType.Fraud, ChargebackOutcome.DecidedForBuyer, Received - Duration.FromDays(1)));

        Assert.Equal("decidedAt", ex.ParamName);
        Assert.Contains("must not be before receivedAt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EmptyIdsOrUnknownType_ThrowsNamingTheField()
    {
        Assert.Equal("chargebackId", Assert.Throws<ArgumentException>(() => new Chargeback(default, Id, Received, ChargebackType.Service)).ParamName);
        Assert.Equal("orderId", Assert.Throws<ArgumentException>(() => new Chargeback(Cb, default, Received, ChargebackType.Service)).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => new Chargeback(Cb, Id, Received, (ChargebackType)5)).ParamName);
    }

    [Fact]
    public void WithDecision_ReplacesTheDecision()
    {
        var pending = new Chargeback(Cb, Id, Received, ChargebackType.Service);

        Chargeback decided = pending.WithDecision(ChargebackOutcome.DecidedForSeller, Received + Duration.FromDays(9));

        Assert.Equal(ChargebackOutcome.DecidedForSeller, decided.Outcome);
        Assert.Equal(pending, decided.WithDecision(null, null));
    }
}
