using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Ebay;

namespace SellerPolicy.Tests.Marketplaces.Ebay;

public sealed class EbaySellerStandardsTests
{
    [Fact]
    public void Default_IsValid() => Assert.Empty(new EbaySellerStandards().Validate());

    [Fact]
    public void Default_TwoInstances_AreEqual() => Assert.Equal(new EbaySellerStandards(), new EbaySellerStandards());

    [Fact]
    public void Default_CountsOnlySellerFundedCasesAndSellerCancellations()
    {
        var standards = new EbaySellerStandards();
        Assert.Equal([ClaimOutcome.GrantedSellerFunded], standards.CaseOutcomesWithoutSellerResolution);
        Assert.Equal([CancelledBy.Seller], standards.DefectCancellations);
    }

    [Fact]
    public void Validate_EvaluationDayNotInEveryMonth_NamesFieldAndValue()
        => Assert.Contains("ebay.evaluationDayOfMonth must be 1-28 (a day every month has), was 31.", new EbaySellerStandards { EvaluationDayOfMonth = 31 }.Validate());

    [Fact]
    public void Validate_LongPeriodShorterThanShort_NamesBoth()
        => Assert.Contains(
            "ebay.longLookbackDays must not be shorter than shortLookbackDays (90), was 60.",
            new EbaySellerStandards { LongLookbackDays = 60 }.Validate());

    [Fact]
    public void Validate_RateAboveOne_NamesTheLevelsField()
    {
        var standards = new EbaySellerStandards { TopRated = new EbaySellerStandards().TopRated with { MaxCaseRate = 1.5 } };
        Assert.Contains("ebay.topRated.maxCaseRate must be a fraction in [0, 1], was 1.5.", standards.Validate());
    }

    [Fact]
    public void Validate_LateShipmentRateWithoutCount_IsAProblem()
    {
        var standards = new EbaySellerStandards { AboveStandard = new EbaySellerStandards().AboveStandard with { MaxLateShipmentRate = 0.07 } };
        Assert.Contains("ebay.aboveStandard.maxLateShipmentRate and maxLateShipments go together: both or neither.", standards.Validate());
    }

    [Fact]
    public void Validate_EveryProblem_IsReportedAtOnce()
        => Assert.Equal(2, new EbaySellerStandards { ShortLookbackDays = 0, ShortLookbackMinTransactions = -1 }.Validate().Length);
}
