using SellerPolicy.Policies;
using SellerPolicy.Returns;
using static SellerPolicy.Tests.Returns.ReturnsFixtures;

namespace SellerPolicy.Tests.Returns;

public class RestockingFeeTests
{
    private static readonly MarketplacePolicy Policy = AmazonPolicies.Current;

    [Fact]
    public void Maximum_InPolicyOriginalCondition_IsZero()
    {
        RestockingFee fee = RestockingFee.Maximum(Eur(40m), ReturnCondition.Original, true, ReturnFault.Buyer, Policy);
        Assert.Equal(0m, fee.MaxRate);
        Assert.Equal(Eur(0m), fee.MaxAmount);
        Assert.False(fee.PhotoEvidenceRequired);
    }

    [Fact]
    public void Maximum_UnopenedButLate_Is20PercentWithPhotos()
    {
        RestockingFee fee = RestockingFee.Maximum(Eur(40m), ReturnCondition.Original, false, ReturnFault.Buyer, Policy);
        Assert.Equal(0.20m, fee.MaxRate);
        Assert.Equal(Eur(8m), fee.MaxAmount);
        Assert.True(fee.PhotoEvidenceRequired);
    }

    [Theory]
    [InlineData(ReturnCondition.OpenedMedia)]
    [InlineData(ReturnCondition.DamagedOrIncomplete)]
    public void Maximum_OpenedMediaOrDamaged_Is50Percent(ReturnCondition condition)
    {
        RestockingFee fee = RestockingFee.Maximum(Eur(40m), condition, true, ReturnFault.Buyer, Policy);
        Assert.Equal(Eur(20m), fee.MaxAmount);
        Assert.True(fee.PhotoEvidenceRequired);
    }

    [Fact]
    public void Maximum_SellerFault_IsZeroWhateverTheCondition()
        => Assert.Equal(0m, RestockingFee.Maximum(Eur(40m), ReturnCondition.DamagedOrIncomplete, false, ReturnFault.Seller, Policy).MaxRate);

    [Fact]
    public void Maximum_ReadsThePolicyTable()
    {
        MarketplacePolicy custom = Policy with
        {
            Returns = Policy.Returns with { MaxRestockingFeeRates = Policy.Returns.MaxRestockingFeeRates.SetItem(ReturnCondition.OpenedMedia, 0.15m) },
        };
        RestockingFee fee = RestockingFee.Maximum(Eur(40m), ReturnCondition.OpenedMedia, true, ReturnFault.Buyer, custom);
        Assert.Equal(0.15m, fee.MaxRate);
        Assert.False(fee.PhotoEvidenceRequired);
    }

    [Theory]
    [InlineData(0.19, false)]
    [InlineData(0.20, true)]
    [InlineData(0.0, false)]
    public void NeedsPhotoEvidence_From20Percent(double rate, bool expected)
        => Assert.Equal(expected, RestockingFee.NeedsPhotoEvidence((decimal)rate, Policy));

    [Fact]
    public void PolicyValidator_RejectsARateAboveOne()
    {
        MarketplacePolicy bad = Policy with
        {
            Returns = Policy.Returns with { MaxRestockingFeeRates = Policy.Returns.MaxRestockingFeeRates.SetItem(ReturnCondition.OpenedMedia, 1.5m) },
        };
        Assert.Contains(PolicyValidator.Validate(bad), e => e.Contains("maxRestockingFeeRates.OpenedMedia", StringComparison.Ordinal));
    }
}
