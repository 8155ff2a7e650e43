using SellerPolicy.Metrics;

namespace SellerPolicy.Tests.Metrics;

public sealed class AccountHealthCountsTests
{
    [Fact]
    public void Plus_AddsEveryCount()
    {
        var a = new AccountHealthCounts(Enumerable.Range(1, AccountHealthCounts.ColumnCount).ToArray());
        var sum = a.Plus(a);
        Assert.Equal(a.Values.Select(v => v * 2), sum.Values);
        Assert.Equal(2, sum.MfnOrderCount);
        Assert.Equal(2 * AccountHealthCounts.ColumnCount, sum.InvalidRejectionCount);
    }

    [Fact]
    public void Default_IsAllZeros_AndEqualsExplicitZeros()
    {
        Assert.Equal(default, new AccountHealthCounts(new int[AccountHealthCounts.ColumnCount]));
        Assert.True(default(AccountHealthCounts).Values.All(v => v == 0));
    }
}
