using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces;
using SellerPolicy.Marketplaces.Ebay;
using SellerPolicy.Metrics;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Marketplaces.Ebay;

/// <summary>
/// Worked examples of the eBay pack end to end (ledger → engine → snapshot → level) at each boundary of the default seller
/// standards: 0.5 % and 2 % transaction defect rates, 3 buyers, 2 cases, 5 late shipments, the 400-transaction lookback switch.
/// </summary>
public sealed class EbaySellerLevelsTests
{
    private static readonly EbaySellerStandards Standards = EbayPolicies.Standards;
    private static readonly LocalDate EvaluationDay = Day("2026-03-20");

    private static EbaySellerLevels Levels => (EbaySellerLevels)MarketplacePacks.Ebay.Levels!;

    private static EbayLevelEvaluation Evaluate(EbayLedger ledger, LocalDate? on = null)
        => Levels.EvaluateInDetail(AccountHealth.Snapshot(ledger.Build(), on ?? EvaluationDay, EbayPolicies.Current));

    /// <summary>A busy seller (judged on 3 months): <paramref name="transactions"/> in February, of which the defective ones by distinct buyers.</summary>
    private static EbayLedger Busy(int transactions, int defects)
    {
        var ledger = new EbayLedger().Clean(transactions - defects, "2026-02-10");
        for (int i = 0; i < defects; i++)
        {
            ledger.Cancelled("2026-02-11", "buyer-" + i);
        }

        return ledger;
    }

    /// <summary>A quiet seller (200 transactions, judged on 12 months) with one seller cancellation per buyer named.</summary>
    private static EbayLedger QuietWithDefectsFrom(params string[] buyers)
    {
        var ledger = new EbayLedger().Clean(200 - buyers.Length, "2026-02-10");
        foreach (string buyer in buyers)
        {
            ledger.Cancelled("2026-02-11", buyer);
        }

        return ledger;
    }

    [Fact]
    public void DefectRateExactlyHalfAPercent_FromFiveBuyers_IsTopRatedByTheRate()
    {
        EbayLevelEvaluation e = Evaluate(Busy(1000, 5));
        Assert.Equal(EbayLookback.ThreeMonths, e.Lookback);
        Assert.Equal(Standards.TopRated.MaxTransactionDefectRate, e.Figures.TransactionDefectRate);
        Assert.Equal(EbaySellerLevel.TopRated, e.Level);
    }

    [Fact]
    public void DefectRateAboveHalfAPercent_FromFiveBuyers_IsAboveStandard()
    {
        EbayLevelEvaluation e = Evaluate(Busy(999, 5));
        Assert.True(e.Figures.TransactionDefectRate > Standards.TopRated.MaxTransactionDefectRate);
        Assert.Equal(EbaySellerLevel.AboveStandard, e.Level);
    }

    [Fact]
    public void DefectRateExactlyTwoPercent_FromTenBuyers_IsAboveStandard()
    {
        EbayLevelEvaluation e = Evaluate(Busy(500, 10));
        Assert.Equal(Standards.AboveStandard.MaxTransactionDefectRate, e.Figures.TransactionDefectRate);
        Assert.Equal(EbaySellerLevel.AboveStandard, e.Level);
    }

    [Fact]
    public void DefectRateAboveTwoPercent_FromTenBuyers_IsBelowStandard()
        => Assert.Equal(EbaySellerLevel.BelowStandard, Evaluate(Busy(499, 10)).Level);

    [Fact]
    public void SixDefectsFromThreeBuyers_AboveTheRate_IsTopRatedByTheBuyerCount()
    {
        EbayLevelEvaluation e = Evaluate(QuietWithDefectsFrom("a", "a", "b", "b", "c", "c"));
        Assert.Equal((6, 3), (e.Figures.DefectiveTransactions, e.Figures.DefectBuyers));
        Assert.True(e.Figures.TransactionDefectRate > Standards.TopRated.MaxTransactionDefectRate);
        Assert.Equal(EbaySellerLevel.TopRated, e.Level);
    }

    [Fact]
    public void SixDefectsFromFourBuyers_AboveTheRate_IsNotTopRated()
    {
        EbayLevelEvaluation e = Evaluate(QuietWithDefectsFrom("a", "a", "b", "b", "c", "d"));
        Assert.Equal(4, e.Figures.DefectBuyers);
        Assert.Equal(EbaySellerLevel.AboveStandard, e.Level);
    }

    [Fact]
    public void TwoCases_AboveTheCaseRate_MeetTheCaseRequirement()
    {
        EbayLevelEvaluation e = Evaluate(new EbayLedger().Clean(198, "2026-02-10").Case("2026-02-11", "a", "2026-02-25").Case("2026-02-11", "b", "2026-02-26"));
        Assert.Equal(2, e.Figures.CasesWithoutSellerResolution);
        Assert.True(e.Figures.CaseRate > Standards.TopRated.MaxCaseRate);
        Assert.Equal(EbaySellerLevel.TopRated, e.Level);
    }

    [Fact]
    public void ThreeCases_AboveTheCaseRate_IsBelowStandard()
    {
        EbayLevelEvaluation e = Evaluate(new EbayLedger().Clean(197, "2026-02-10")
            .Case("2026-02-11", "a", "2026-02-25").Case("2026-02-11", "b", "2026-02-26").Case("2026-02-11", "c", "2026-02-27"));
        Assert.Equal(3, e.Figures.CasesWithoutSellerResolution);
        Assert.Equal(EbaySellerLevel.BelowStandard, e.Level);
    }

    [Fact]
    public void FiveLateShipments_AboveTheRate_StayTopRated_SixDoNot()
    {
        EbayLedger Late(int late)
        {
            var ledger = new EbayLedger().Clean(100, "2026-02-10");
            for (int i = 0; i < late; i++)
            {
                ledger.Late("2026-02-12", "late-" + i);
            }

            return ledger;
        }

        Assert.Equal(EbaySellerLevel.TopRated, Evaluate(Late(5)).Level);
        EbayLevelEvaluation six = Evaluate(Late(6));
        Assert.Equal(6, six.Figures.LateShipments);
        Assert.Equal(EbaySellerLevel.AboveStandard, six.Level);
    }

    [Fact]
    public void FourHundredTransactionsInThreeMonths_AreJudgedOnThreeMonths_ThreeHundredNinetyNineOnTwelve()
    {
        // Ten defects from ten buyers ten months ago: only the 12-month period sees them (10 of 500 = 2 %, 10 of 499 > 2 %).
        EbayLedger Seller(int recent)
        {
            var ledger = new EbayLedger().Clean(90, "2025-05-10");
            for (int i = 0; i < 10; i++)
            {
                ledger.Cancelled("2025-05-11", "old-" + i);
            }

            return ledger.Clean(recent, "2026-02-10");
        }

        EbayLevelEvaluation busy = Evaluate(Seller(400));
        Assert.Equal((EbayLookback.ThreeMonths, 400, 0), (busy.Lookback, busy.Figures.Transactions, busy.Figures.DefectiveTransactions));
        Assert.Equal(EbaySellerLevel.TopRated, busy.Level);

        EbayLevelEvaluation quiet = Evaluate(Seller(399));
        Assert.Equal((EbayLookback.TwelveMonths, 499, 10), (quiet.Lookback, quiet.Figures.Transactions, quiet.Figures.DefectiveTransactions));
        Assert.Equal(EbaySellerLevel.BelowStandard, quiet.Level);
    }

    [Fact]
    public void Evaluate_NamesTheLevelAndTheDay_WithEveryCheckAsAReason()
    {
        SellerLevel level = Levels.Evaluate(AccountHealth.Snapshot(Busy(500, 10).Build(), EvaluationDay, EbayPolicies.Current));
        Assert.Equal(("Above Standard", EvaluationDay), (level.Name, level.EvaluatedOn));
        Assert.Contains(level.Reasons, r => r.StartsWith("TopRated TransactionDefectRate 2.00%", StringComparison.Ordinal) && r.EndsWith("not met", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_SnapshotOfAnotherPack_IsRefusedNamingTheMissingMetric()
    {
        AccountHealthSnapshot amazon = AccountHealth.Snapshot(Busy(10, 0).Build(), EvaluationDay, global::SellerPolicy.Policies.AmazonPolicies.Current);
        ArgumentException e = Assert.Throws<ArgumentException>(() => Levels.Evaluate(amazon));
        Assert.Contains("transactionDefectRate", e.Message, StringComparison.Ordinal);
    }
}
