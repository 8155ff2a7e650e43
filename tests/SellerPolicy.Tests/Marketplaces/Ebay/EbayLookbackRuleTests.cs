using SellerPolicy.Marketplaces.Ebay;

namespace SellerPolicy.Tests.Marketplaces.Ebay;

public sealed class EbayLookbackRuleTests
{
    private static readonly EbaySellerStandards Standards = new();

    [Fact]
    public void Choose_ExactlyTheMinimumInThreeMonths_LooksAtThreeMonths()
        => Assert.Equal(EbayLookback.ThreeMonths, EbayLookbackRule.Choose(Standards.ShortLookbackMinTransactions, Standards));

    [Fact]
    public void Choose_OneBelowTheMinimum_LooksAtTwelveMonths()
        => Assert.Equal(EbayLookback.TwelveMonths, EbayLookbackRule.Choose(Standards.ShortLookbackMinTransactions - 1, Standards));

    [Fact]
    public void Choose_DefaultMinimum_Is400Transactions()
    {
        Assert.Equal(EbayLookback.ThreeMonths, EbayLookbackRule.Choose(400, Standards));
        Assert.Equal(EbayLookback.TwelveMonths, EbayLookbackRule.Choose(399, Standards));
    }

    [Fact]
    public void DaysOf_EachPeriod_IsItsLength()
    {
        var standards = new EbaySellerStandards { ShortLookbackDays = 92, LongLookbackDays = 366 };
        Assert.Equal(92, EbayLookbackRule.DaysOf(EbayLookback.ThreeMonths, standards));
        Assert.Equal(366, EbayLookbackRule.DaysOf(EbayLookback.TwelveMonths, standards));
    }
}
