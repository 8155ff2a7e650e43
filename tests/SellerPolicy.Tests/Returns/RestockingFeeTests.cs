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

    private static MarketplacePolicy WithRates(decimal openedMedia, decimal late = 0.20m, decimal photosFrom = 0.20m) => Policy with
    {
        Returns = Policy.Returns with
        {
            MaxRestockingFeeRates = Policy.Returns.MaxRestockingFeeRates.SetItem(ReturnCondition.OpenedMedia, openedMedia),
            LateReturnRestockingFeeRate = late,
            PhotoEvidenceFromRate = photosFrom,
        },
    };

    [Fact]
    public void NullPolicy_IsRejected()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => RestockingFee.Maximum(Eur(40m), ReturnCondition.Original, false, ReturnFault.Buyer, null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => RestockingFee.NeedsPhotoEvidence(0.5m, null!)).ParamName);
    }

    [Fact]
    public void Maximum_NegativePrice_IsRejectedWithTheValue()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RestockingFee.Maximum(Eur(-1m), ReturnCondition.Original, false, ReturnFault.Buyer, Policy));
        Assert.Equal("itemPrice", e.ParamName);
        Assert.Contains(Eur(-1m).ToString(), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Maximum_UndefinedConditionOrFault_IsRejectedByName()
    {
        Assert.Equal("condition", Assert.Throws<ArgumentOutOfRangeException>(() => RestockingFee.Maximum(Eur(40m), (ReturnCondition)99, false, ReturnFault.Buyer, Policy)).ParamName);
        Assert.Equal("fault", Assert.Throws<ArgumentOutOfRangeException>(() => RestockingFee.Maximum(Eur(40m), ReturnCondition.Original, false, (ReturnFault)99, Policy)).ParamName);
    }

    [Fact]
    public void Maximum_UndefinedConditionOrFault_MessageNamesTheValue()
    {
        Assert.StartsWith(
            "condition has no value 99.",
            Assert.Throws<ArgumentOutOfRangeException>(() => RestockingFee.Maximum(Eur(40m), (ReturnCondition)99, false, ReturnFault.Buyer, Policy)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "fault has no value 99.",
            Assert.Throws<ArgumentOutOfRangeException>(() => RestockingFee.Maximum(Eur(40m), ReturnCondition.Original, false, (ReturnFault)99, Policy)).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Maximum_FreeItemReturnedLate_IsAcceptedAndCostsNothing()
    {
        RestockingFee fee = RestockingFee.Maximum(Eur(0m), ReturnCondition.Original, false, ReturnFault.Buyer, Policy);
        Assert.Equal(Policy.Returns.LateReturnRestockingFeeRate, fee.MaxRate);
        Assert.Equal(Eur(0m), fee.MaxAmount);
    }

    [Theory]
    [InlineData(ReturnFault.Seller, "no restocking fee: the return is the seller's fault")]
    [InlineData(ReturnFault.LostPackage, "no restocking fee: the return is a lost package")]
    public void Maximum_NotTheBuyersFault_ReasonSaysWhoseFault(ReturnFault fault, string expected)
        => Assert.Equal(expected, RestockingFee.Maximum(Eur(40m), ReturnCondition.Original, false, fault, Policy).Reason);

    [Fact]
    public void Maximum_InPolicyOriginal_ReasonSaysWhyNoFee()
        => Assert.Equal("no restocking fee: in-policy return in original condition", RestockingFee.Maximum(Eur(40m), ReturnCondition.Original, true, ReturnFault.Buyer, Policy).Reason);

    [Theory]
    [InlineData(ReturnCondition.Original, false, "unopened but returned outside the window: up to 20 %; a fee of 20 % or more needs photo evidence")]
    [InlineData(ReturnCondition.OpenedMedia, true, "opened media: up to 50 %; a fee of 20 % or more needs photo evidence")]
    [InlineData(ReturnCondition.DamagedOrIncomplete, true, "damaged or incomplete, not by the seller's fault: up to 50 %; a fee of 20 % or more needs photo evidence")]
    [InlineData(ReturnCondition.OpenedMedia, false, "opened media: up to 50 %; a fee of 20 % or more needs photo evidence")]
    public void Maximum_Reason_NamesTheConditionTheRateAndThePhotoRule(ReturnCondition condition, bool inPolicy, string expected)
        => Assert.Equal(expected, RestockingFee.Maximum(Eur(40m), condition, inPolicy, ReturnFault.Buyer, Policy).Reason);

    [Fact]
    public void Maximum_BelowThePhotoRate_ReasonDoesNotAskForPhotos()
        => Assert.Equal("opened media: up to 15 %", RestockingFee.Maximum(Eur(40m), ReturnCondition.OpenedMedia, true, ReturnFault.Buyer, WithRates(0.15m)).Reason);

    [Fact]
    public void Maximum_LateWithAConditionRateBelowTheLateRate_TakesTheLateRate()
    {
        RestockingFee late = RestockingFee.Maximum(Eur(40m), ReturnCondition.OpenedMedia, false, ReturnFault.Buyer, WithRates(0.10m));
        Assert.Equal(0.20m, late.MaxRate);
        Assert.Equal(Eur(8m), late.MaxAmount);
        Assert.StartsWith("opened media and returned outside the window: up to 20 %", late.Reason, StringComparison.Ordinal);

        RestockingFee inTime = RestockingFee.Maximum(Eur(40m), ReturnCondition.OpenedMedia, true, ReturnFault.Buyer, WithRates(0.10m));
        Assert.Equal(0.10m, inTime.MaxRate);
    }

    [Fact]
    public void Maximum_LateWithAConditionRateEqualToTheLateRate_KeepsTheConditionsReason()
    {
        // Lateness adds nothing when the condition already allows the same rate: the reason is the condition.
        RestockingFee fee = RestockingFee.Maximum(Eur(40m), ReturnCondition.OpenedMedia, false, ReturnFault.Buyer, WithRates(0.20m));
        Assert.Equal(0.20m, fee.MaxRate);
        Assert.StartsWith("opened media: up to 20 %", fee.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NeedsPhotoEvidence_NoFeeNeverNeedsPhotos_EvenWhenThePolicyAsksFromZero()
        => Assert.False(RestockingFee.NeedsPhotoEvidence(0m, WithRates(0.5m, photosFrom: 0m)));
}
