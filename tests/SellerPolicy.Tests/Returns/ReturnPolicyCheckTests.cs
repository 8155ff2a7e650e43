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
}
