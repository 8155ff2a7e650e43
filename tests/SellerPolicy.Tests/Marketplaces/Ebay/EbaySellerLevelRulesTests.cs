using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Marketplaces.Ebay;

namespace SellerPolicy.Tests.Marketplaces.Ebay;

/// <summary>Worked examples at each boundary of eBay's default seller standards (docs/metrics.md, "eBay").</summary>
public sealed class EbaySellerLevelRulesTests
{
    private static readonly EbaySellerStandards Standards = new();
    private static readonly LocalDate Day = new(2026, 3, 20);

    /// <summary>Evaluates figures of a seller whose 3-month period is the one looked at (400+ transactions).</summary>
    private static EbayLevelEvaluation Busy(int transactions, int defects, int buyers, int cases = 0, int late = 0)
    {
        var figures = new EbayPeriodFigures(transactions, defects, buyers, cases, late);
        return EbaySellerLevelRules.Evaluate(Day, figures, figures, Standards);
    }

    [Fact]
    public void DefectRateExactlyHalfAPercent_WithMoreThanThreeBuyers_IsTopRated()
    {
        // 4 of 800 = 0.5 %: "at most" 0.5 % holds, so the buyer count (4 > 3) does not matter.
        EbayLevelEvaluation result = Busy(transactions: 800, defects: 4, buyers: 4);
        Assert.Equal(EbaySellerLevel.TopRated, result.Level);
        Assert.Equal(0.005, result.Figures.TransactionDefectRate);
    }

    [Fact]
    public void DefectRateJustAboveHalfAPercent_WithFourBuyers_IsAboveStandard()
    {
        // 4 of 799 ≈ 0.5006 % > 0.5 %, and 4 buyers > 3: Top Rated's defect requirement fails; 0.5 % ≤ 2 %.
        EbayLevelEvaluation result = Busy(transactions: 799, defects: 4, buyers: 4);
        Assert.Equal(EbaySellerLevel.AboveStandard, result.Level);
        EbayRequirementCheck missed = Assert.Single(result.Missed);
        Assert.Equal((EbaySellerLevel.TopRated, EbayRequirement.TransactionDefectRate), (missed.Level, missed.Requirement));
    }

    [Fact]
    public void ThreeBuyers_AboveTheRate_IsTopRatedByTheCountAlternative()
    {
        // 6 of 400 = 1.5 % > 0.5 %, but the 6 defective transactions come from 3 buyers: at most 3 unique buyers holds.
        Assert.Equal(EbaySellerLevel.TopRated, Busy(transactions: 400, defects: 6, buyers: 3).Level);
    }

    [Fact]
    public void FourBuyers_AboveTheRate_IsNotTopRated()
        => Assert.Equal(EbaySellerLevel.AboveStandard, Busy(transactions: 400, defects: 6, buyers: 4).Level);

    [Fact]
    public void DefectRateExactlyTwoPercent_IsAboveStandard()
    {
        // 8 of 400 = 2 %: at most 2 % holds for Above Standard.
        EbayLevelEvaluation result = Busy(transactions: 400, defects: 8, buyers: 8);
        Assert.Equal(EbaySellerLevel.AboveStandard, result.Level);
        Assert.Equal(0.02, result.Figures.TransactionDefectRate);
    }

    [Fact]
    public void DefectRateAboveTwoPercent_WithFiveBuyers_IsBelowStandard()
        => Assert.Equal(EbaySellerLevel.BelowStandard, Busy(transactions: 400, defects: 9, buyers: 5).Level);

    [Fact]
    public void DefectRateAboveTwoPercent_FromFourBuyers_IsAboveStandardByTheCountAlternative()
        => Assert.Equal(EbaySellerLevel.AboveStandard, Busy(transactions: 400, defects: 9, buyers: 4).Level);

    [Fact]
    public void TwoCases_AboveTheCaseRate_StillMeetTheCaseRequirement()
    {
        // 2 of 400 = 0.5 % > 0.3 %, but at most 2 cases holds; the defect rate is 0.5 %: Top Rated.
        Assert.Equal(EbaySellerLevel.TopRated, Busy(transactions: 400, defects: 2, buyers: 2, cases: 2).Level);
    }

    [Fact]
    public void ThreeCases_AboveTheCaseRate_IsBelowStandard()
    {
        // 3 of 500 = 0.6 % > 0.3 % and 3 cases > 2: the case requirement of both levels fails.
        EbayLevelEvaluation result = Busy(transactions: 500, defects: 3, buyers: 3, cases: 3);
        Assert.Equal(EbaySellerLevel.BelowStandard, result.Level);
        Assert.Equal(
            [EbaySellerLevel.TopRated, EbaySellerLevel.AboveStandard],
            result.Missed.Where(c => c.Requirement == EbayRequirement.CasesClosedWithoutSellerResolution).Select(c => c.Level));
    }

    [Fact]
    public void CaseRateExactlyThreeTenthsOfAPercent_MeetsTheRequirement()
    {
        // 3 of 1000 = 0.3 %: at most 0.3 % holds although 3 cases > 2.
        Assert.Equal(EbaySellerLevel.TopRated, Busy(transactions: 1000, defects: 3, buyers: 3, cases: 3).Level);
    }

    [Fact]
    public void FiveLateShipments_AboveTheRate_StillTopRated_SixAreNot()
    {
        // 5 of 100 = 5 % > 3 %, but at most 5 late shipments holds; 6 does not, and Above Standard has no late requirement.
        var five = new EbayPeriodFigures(100, 0, 0, 0, 5);
        var six = new EbayPeriodFigures(100, 0, 0, 0, 6);
        Assert.Equal(EbaySellerLevel.TopRated, EbaySellerLevelRules.Evaluate(Day, five, five, Standards).Level);
        Assert.Equal(EbaySellerLevel.AboveStandard, EbaySellerLevelRules.Evaluate(Day, six, six, Standards).Level);
    }

    [Fact]
    public void FewerThanTheTopRatedMinimumTransactions_IsAboveStandard()
    {
        var figures = new EbayPeriodFigures(99, 0, 0, 0, 0);
        EbayLevelEvaluation result = EbaySellerLevelRules.Evaluate(Day, figures, figures, Standards);
        Assert.Equal(EbaySellerLevel.AboveStandard, result.Level);
        Assert.Equal(EbayRequirement.MinimumTransactions, Assert.Single(result.Missed).Requirement);
    }

    [Fact]
    public void FourHundredTransactionsInThreeMonths_AreJudgedOnThreeMonths()
    {
        // The 3-month period has 400 clean transactions; the 12-month period holds older defects from 20 buyers.
        var recent = new EbayPeriodFigures(400, 0, 0, 0, 0);
        var year = new EbayPeriodFigures(1200, 40, 20, 0, 0);
        EbayLevelEvaluation result = EbaySellerLevelRules.Evaluate(Day, recent, year, Standards);
        Assert.Equal((EbayLookback.ThreeMonths, EbaySellerLevel.TopRated), (result.Lookback, result.Level));
        Assert.Equal(recent, result.Figures);
    }

    [Fact]
    public void ThreeHundredNinetyNineTransactionsInThreeMonths_AreJudgedOnTwelveMonths()
    {
        var recent = new EbayPeriodFigures(399, 0, 0, 0, 0);
        var year = new EbayPeriodFigures(1200, 40, 20, 0, 0);
        EbayLevelEvaluation result = EbaySellerLevelRules.Evaluate(Day, recent, year, Standards);
        Assert.Equal((EbayLookback.TwelveMonths, EbaySellerLevel.BelowStandard), (result.Lookback, result.Level));
        Assert.Equal(year, result.Figures);
    }

    [Fact]
    public void Evaluation_ExplainsItself()
    {
        EbayLevelEvaluation result = Busy(transactions: 400, defects: 6, buyers: 4);
        Assert.Equal("TopRated TransactionDefectRate 1.50% (≤ 0.5%) or 4 (≤ 3): not met", Assert.Single(result.Missed).ToString());
        Assert.Equal("AboveStandard on 2026-03-20 (ThreeMonths, 400 transactions)", result.ToString());
    }

    [Property(MaxTest = 300)]
    public Property MoreDefects_NeverImproveTheLevel()
        => Prop.ForAll(Arb.From(Gen.Choose(0, 1000)), Arb.From(Gen.Choose(0, 30)), Arb.From(Gen.Choose(0, 30)), (transactions, defects, more) =>
        {
            int d = Math.Min(defects, transactions);
            int d2 = Math.Min(d + more, transactions);
            var fewer = new EbayPeriodFigures(transactions, d, d, 0, 0);
            var worse = new EbayPeriodFigures(transactions, d2, d2, 0, 0);
            EbaySellerLevel a = EbaySellerLevelRules.Evaluate(Day, fewer, fewer, Standards).Level;
            EbaySellerLevel b = EbaySellerLevelRules.Evaluate(Day, worse, worse, Standards).Level;
            return (b >= a).Label($"{transactions} {d} -> {d2}: {a} then {b}");
        });
}
