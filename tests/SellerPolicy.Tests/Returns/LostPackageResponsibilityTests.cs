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
}
