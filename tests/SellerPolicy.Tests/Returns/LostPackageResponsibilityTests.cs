using SellerPolicy.Ledger;
using SellerPolicy.Returns;
using static SellerPolicy.Tests.Returns.ReturnsFixtures;

namespace SellerPolicy.Tests.Returns;

public class LostPackageResponsibilityTests
{
    [Fact]
    public void For_Fba_IsAmazon()
        => Assert.Equal(LostPackagePayer.Amazon, LostPackageResponsibility.For(Order(channel: FulfillmentChannel.Afn)).Payer);

    [Fact]
    public void For_FbmWithoutProtection_IsTheSeller()
        => Assert.Equal(LostPackagePayer.Seller, LostPackageResponsibility.For(Order(latestShipDate: At(2026, 1, 7), firstCarrierScanAt: At(2026, 1, 6))).Payer);

    [Fact]
    public void For_FbmProtectedAndScannedOnTime_IsAmazon()
        => Assert.Equal(LostPackagePayer.Amazon, LostPackageResponsibility.For(Order(latestShipDate: At(2026, 1, 7), firstCarrierScanAt: At(2026, 1, 7), buyShippingProtected: true)).Payer);

    [Fact]
    public void For_FbmProtectedButScannedLate_IsTheSeller()
    {
        LostPackageResponsibility who = LostPackageResponsibility.For(Order(latestShipDate: At(2026, 1, 7), firstCarrierScanAt: At(2026, 1, 8), buyShippingProtected: true));
        Assert.Equal(LostPackagePayer.Seller, who.Payer);
        Assert.Contains("after the latest ship date", who.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_FbmProtectedWithoutScan_IsTheSeller()
        => Assert.Equal(LostPackagePayer.Seller, LostPackageResponsibility.For(Order(latestShipDate: At(2026, 1, 7), buyShippingProtected: true)).Payer);

    [Fact]
    public void For_NullOrder_IsRejected()
        => Assert.Equal("order", Assert.Throws<ArgumentNullException>(() => LostPackageResponsibility.For(null!)).ParamName);

    [Fact]
    public void For_Fba_ReasonSaysAmazonPaysFromItsOwnFunds()
        => Assert.Equal("Fulfilled by Amazon: Amazon refunds the buyer from its own funds", LostPackageResponsibility.For(Order(channel: FulfillmentChannel.Afn)).Reason);

    [Fact]
    public void For_FbmWithoutProtection_ReasonSaysTheSellerRefunds()
        => Assert.Equal("seller-fulfilled without Buy Shipping claims protection: the seller refunds", LostPackageResponsibility.For(Order()).Reason);

    [Fact]
    public void For_FbmProtectedWithoutScan_ReasonSaysTheScanIsMissing()
        => Assert.EndsWith("the order has no carrier scan", LostPackageResponsibility.For(Order(latestShipDate: At(2026, 1, 7), buyShippingProtected: true)).Reason, StringComparison.Ordinal);

    [Fact]
    public void For_FbmProtectedWithoutLatestShipDate_IsTheSeller_AndSaysWhy()
    {
        LostPackageResponsibility who = LostPackageResponsibility.For(Order(firstCarrierScanAt: At(2026, 1, 6), buyShippingProtected: true));
        Assert.Equal(LostPackagePayer.Seller, who.Payer);
        Assert.EndsWith("the order has no latest ship date to judge it by", who.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_FbmProtectedAndScannedOnTime_ReasonGivesTheScanAndTheLatestShipDate()
        => Assert.Equal(
            "Buy Shipping claims protection: first carrier scan 2026-01-06T00:00:00Z on time (latest ship date 2026-01-07T00:00:00Z)",
            LostPackageResponsibility.For(Order(latestShipDate: At(2026, 1, 7), firstCarrierScanAt: At(2026, 1, 6), buyShippingProtected: true)).Reason);
}
