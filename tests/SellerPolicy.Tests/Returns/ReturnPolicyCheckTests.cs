using NodaTime;
using SellerPolicy.Policies;
using SellerPolicy.Returns;
using static SellerPolicy.Tests.Returns.ReturnsFixtures;

namespace SellerPolicy.Tests.Returns;

public class ReturnPolicyCheckTests
{
    private static readonly MarketplacePolicy Policy = AmazonPolicies.Current;

    [Fact]
    public void At_LastInstantOfTheWindow_IsInPolicy()
    {
        var order = Order(deliveredAt: At(2026, 1, 10, 18));
        ReturnPolicyCheck check = ReturnPolicyCheck.At(order, At(2026, 2, 9, 18), Policy);
        Assert.True(check.InPolicy);
        Assert.Contains("within the return window", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void At_AfterTheWindow_IsOutOfPolicyAndSaysWhenItClosed()
    {
        var order = Order(deliveredAt: At(2026, 1, 10, 18));
        ReturnPolicyCheck check = ReturnPolicyCheck.At(order, At(2026, 2, 9, 18) + Duration.Epsilon, Policy);
        Assert.False(check.InPolicy);
        Assert.Contains("closed 2026-02-09T18:00:00Z", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void At_NotYetDelivered_IsInPolicy()
    {
        ReturnPolicyCheck check = ReturnPolicyCheck.At(Order(), At(2026, 6, 1), Policy);
        Assert.True(check.InPolicy);
        Assert.Null(check.Window);
    }

    [Fact]
    public void At_BeforeThePurchase_IsOutOfPolicy()
        => Assert.False(ReturnPolicyCheck.At(Order(deliveredAt: At(2026, 1, 10)), At(2026, 1, 1), Policy).InPolicy);

    [Fact]
    public void Of_LedgerSaysOutOfPolicy_WinsOverTheWindow()
    {
        var order = Order(deliveredAt: At(2026, 1, 10, 18));
        ReturnPolicyCheck check = ReturnPolicyCheck.Of(order, Request(requestedAt: At(2026, 1, 12), inPolicy: false), Policy);
        Assert.False(check.InPolicy);
        Assert.True(check.FromLedger);
    }

    [Fact]
    public void Of_LedgerSilent_UsesTheWindow()
    {
        var order = Order(deliveredAt: At(2026, 1, 10, 18));
        ReturnPolicyCheck check = ReturnPolicyCheck.Of(order, Request(requestedAt: At(2026, 3, 1)), Policy);
        Assert.False(check.InPolicy);
        Assert.False(check.FromLedger);
    }

    [Fact]
    public void Of_RequestOfAnotherOrder_Throws()
        => Assert.Throws<ArgumentException>(() => ReturnPolicyCheck.Of(Order(), Request(orderId: "O-2"), Policy));

    [Fact]
    public void NullArguments_AreRejectedByName()
    {
        Assert.Equal("order", Assert.Throws<ArgumentNullException>(() => ReturnPolicyCheck.At(null!, At(2026, 1, 12), Policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ReturnPolicyCheck.At(Order(), At(2026, 1, 12), null!)).ParamName);
        Assert.Equal("order", Assert.Throws<ArgumentNullException>(() => ReturnPolicyCheck.Of(null!, Request(), Policy)).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => ReturnPolicyCheck.Of(Order(), null!, Policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ReturnPolicyCheck.Of(Order(), Request(), null!)).ParamName);
    }

    [Fact]
    public void Of_NullPolicy_IsRejectedEvenForARequestOfAnotherOrder()
        => Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ReturnPolicyCheck.Of(Order(), Request(orderId: "O-2"), null!)).ParamName);

    [Fact]
    public void At_TheInstantOfThePurchase_IsInPolicy()
    {
        var order = Order(deliveredAt: At(2026, 1, 10));
        ReturnPolicyCheck check = ReturnPolicyCheck.At(order, order.PurchasedAt, Policy);
        Assert.True(check.InPolicy);
        Assert.False(check.FromLedger);
        Assert.Equal("requested 2026-01-05T10:00:00Z, within the return window closing 2026-02-09T00:00:00Z (30 days from the delivered scan 2026-01-10T00:00:00Z)", check.Reason);
    }

    [Fact]
    public void At_BeforeThePurchase_SaysBothInstants_AndIsNotFromTheLedger()
    {
        var order = Order(deliveredAt: At(2026, 1, 10));
        ReturnPolicyCheck check = ReturnPolicyCheck.At(order, order.PurchasedAt - Duration.Epsilon, Policy);
        Assert.False(check.InPolicy);
        Assert.False(check.FromLedger);
        Assert.EndsWith("before the purchase 2026-01-05T10:00:00Z", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void At_NotYetDelivered_IsNotFromTheLedger_AndSaysTheWindowHasNotStarted()
    {
        ReturnPolicyCheck check = ReturnPolicyCheck.At(Order(), At(2026, 6, 1), Policy);
        Assert.False(check.FromLedger);
        Assert.StartsWith("requested 2026-06-01T00:00:00Z; the order has no delivery or estimated delivery date yet", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void At_AfterTheWindow_IsNotFromTheLedger()
        => Assert.False(ReturnPolicyCheck.At(Order(deliveredAt: At(2026, 1, 10)), At(2026, 3, 1), Policy).FromLedger);

    [Theory]
    [InlineData(true, "the ledger marks the request as within the return policy")]
    [InlineData(false, "the ledger marks the request as outside the return policy")]
    public void Of_LedgerVerdict_ReasonSaysTheLedgerDecided(bool inPolicy, string expected)
    {
        ReturnPolicyCheck check = ReturnPolicyCheck.Of(Order(deliveredAt: At(2026, 1, 10)), Request(inPolicy: inPolicy), Policy);
        Assert.Equal(inPolicy, check.InPolicy);
        Assert.Equal(expected, check.Reason);
    }

    [Fact]
    public void Of_RequestOfAnotherOrder_MessageNamesBothOrders()
    {
        var e = Assert.Throws<ArgumentException>(() => ReturnPolicyCheck.Of(Order(), Request(orderId: "O-2"), Policy));
        Assert.Contains("belongs to order O-2, not to order O-1", e.Message, StringComparison.Ordinal);
    }
}
