using SellerPolicy.Marketplaces.Amazon;
using SellerPolicy.Metrics;

namespace SellerPolicy.Tests.Metrics;

public sealed class AccountHealthCountsTests
{
    private static readonly MetricCatalog Catalog = AmazonMetrics.DefaultCatalog;

    [Fact]
    public void Plus_AddsEveryCount()
    {
        var a = new AccountHealthCounts(Catalog, Enumerable.Range(1, Catalog.CountedColumns).ToArray());
        var sum = a.Plus(a);
        Assert.Equal(a.Values.Select(v => v * 2), sum.Values);
        Assert.Equal(2, sum.MfnOrderCount);
        Assert.Equal(2 * Catalog.CountedColumns, sum.InvalidRejectionCount);
    }

    [Fact]
    public void Default_IsAllZeros_AndEqualsExplicitZeros()
    {
        Assert.Equal(default, new AccountHealthCounts(Catalog, new int[Catalog.CountedColumns]));
        Assert.True(default(AccountHealthCounts).Values.All(v => v == 0));
    }
}
