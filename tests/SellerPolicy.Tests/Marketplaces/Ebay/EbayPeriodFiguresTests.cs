using SellerPolicy.Marketplaces.Ebay;

namespace SellerPolicy.Tests.Marketplaces.Ebay;

public sealed class EbayPeriodFiguresTests
{
    [Fact]
    public void Rates_AreCountsOverTransactions()
    {
        var figures = new EbayPeriodFigures(transactions: 200, defectiveTransactions: 4, defectBuyers: 3, casesWithoutSellerResolution: 1, lateShipments: 10);
        Assert.Equal(4.0 / 200, figures.TransactionDefectRate);
        Assert.Equal(1.0 / 200, figures.CaseRate);
        Assert.Equal(10.0 / 200, figures.LateShipmentRate);
    }

    [Fact]
    public void Rates_WithNoTransactions_AreZero()
    {
        var figures = new EbayPeriodFigures(0, 0, 0, 0, 0);
        Assert.Equal(0.0, figures.TransactionDefectRate);
        Assert.Equal(0.0, figures.LateShipmentRate);
    }

    [Fact]
    public void Create_MoreBuyersThanDefectiveTransactions_ThrowsNamingBoth()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new EbayPeriodFigures(10, 1, 2, 0, 0));
        Assert.Contains("defectBuyers must not exceed defectiveTransactions (1), was 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MoreLateShipmentsThanTransactions_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new EbayPeriodFigures(3, 0, 0, 0, 4));
}
