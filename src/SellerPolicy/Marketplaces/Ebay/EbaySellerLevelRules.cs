using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>Decides an eBay seller level from the counts of the two evaluation periods.</summary>
/// <remarks>
/// <para>The period is chosen by <see cref="EbayLookbackRule"/>. Top Rated needs every Top Rated requirement; else Above
/// Standard needs every Above Standard requirement; else the level is Below Standard. A requirement with a count
/// alternative holds when the rate is at most its maximum or the count at most the alternative (both "at most", so a
/// figure exactly on the limit meets it).</para>
/// </remarks>
public static class EbaySellerLevelRules
{
    /// <summary>Evaluates the level as of <paramref name="evaluatedOn"/>.</summary>
    /// <param name="evaluatedOn">The day the counts are as of.</param>
    /// <param name="shortPeriod">The counts of the short (3-month) period.</param>
    /// <param name="longPeriod">The counts of the long (12-month) period.</param>
    /// <param name="standards">The standards.</param>
    /// <returns>The evaluation with every check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="standards"/> is null.</exception>
    public static EbayLevelEvaluation Evaluate(LocalDate evaluatedOn, EbayPeriodFigures shortPeriod, EbayPeriodFigures longPeriod, EbaySellerStandards standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        EbayLookback lookback = EbayLookbackRule.Choose(shortPeriod.Transactions, standards);
        EbayPeriodFigures figures = lookback == EbayLookback.ThreeMonths ? shortPeriod : longPeriod;
        var checks = ImmutableArray.CreateBuilder<EbayRequirementCheck>();
        bool topRated = Check(EbaySellerLevel.TopRated, standards.TopRated, figures, longPeriod.Transactions, checks);
        bool aboveStandard = Check(EbaySellerLevel.AboveStandard, standards.AboveStandard, figures, longPeriod.Transactions, checks);
        EbaySellerLevel level = topRated ? EbaySellerLevel.TopRated : aboveStandard ? EbaySellerLevel.AboveStandard : EbaySellerLevel.BelowStandard;
        return new EbayLevelEvaluation(evaluatedOn, lookback, figures, longPeriod.Transactions, level, checks.ToImmutable());
    }

    private static bool Check(EbaySellerLevel level, EbayLevelRequirements requirements, EbayPeriodFigures figures, int longPeriodTransactions, ImmutableArray<EbayRequirementCheck>.Builder checks)
    {
        bool all = true;

        void Add(EbayRequirement requirement, double rate, int count, double maxRate, int countLimit, bool met)
        {
            checks.Add(new EbayRequirementCheck(level, requirement, rate, count, maxRate, countLimit, met));
            all &= met;
        }

        Add(EbayRequirement.TransactionDefectRate, figures.TransactionDefectRate, figures.DefectBuyers, requirements.MaxTransactionDefectRate,
            requirements.MaxDefectBuyers, figures.TransactionDefectRate <= requirements.MaxTransactionDefectRate || figures.DefectBuyers <= requirements.MaxDefectBuyers);
        Add(EbayRequirement.CasesClosedWithoutSellerResolution, figures.CaseRate, figures.CasesWithoutSellerResolution, requirements.MaxCaseRate,
            requirements.MaxCases, figures.CaseRate <= requirements.MaxCaseRate || figures.CasesWithoutSellerResolution <= requirements.MaxCases);
        if (requirements.MaxLateShipmentRate is { } maxLate && requirements.MaxLateShipments is { } maxLateCount)
        {
            Add(EbayRequirement.LateShipmentRate, figures.LateShipmentRate, figures.LateShipments, maxLate, maxLateCount,
                figures.LateShipmentRate <= maxLate || figures.LateShipments <= maxLateCount);
        }

        if (requirements.MinTransactions > 0)
        {
            Add(EbayRequirement.MinimumTransactions, 0, longPeriodTransactions, 0, requirements.MinTransactions, longPeriodTransactions >= requirements.MinTransactions);
        }

        return all;
    }
}
