using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>One evaluation of an eBay seller level: the day, the period looked at, its figures, the level and every check made.</summary>
/// <remarks>Equality compares every value, the checks element by element.</remarks>
public sealed record EbayLevelEvaluation
{
    internal EbayLevelEvaluation(LocalDate evaluatedOn, EbayLookback lookback, EbayPeriodFigures figures, int longPeriodTransactions, EbaySellerLevel level, ImmutableArray<EbayRequirementCheck> checks)
    {
        EvaluatedOn = evaluatedOn;
        Lookback = lookback;
        Figures = figures;
        LongPeriodTransactions = longPeriodTransactions;
        Level = level;
        Checks = checks;
    }

    /// <summary>Gets the day the evaluation is as of.</summary>
    public LocalDate EvaluatedOn { get; }

    /// <summary>Gets the period looked at (3 months with 400+ transactions in them, else 12 months).</summary>
    public EbayLookback Lookback { get; }

    /// <summary>Gets the figures of that period.</summary>
    public EbayPeriodFigures Figures { get; }

    /// <summary>Gets the transactions of the 12-month period (what the Top Rated minimum is checked on).</summary>
    public int LongPeriodTransactions { get; }

    /// <summary>Gets the level.</summary>
    public EbaySellerLevel Level { get; }

    /// <summary>Gets every requirement checked, Top Rated's first, then Above Standard's.</summary>
    public ImmutableArray<EbayRequirementCheck> Checks { get; }

    /// <summary>Gets the checks that were not met (why the level is not higher).</summary>
    public IEnumerable<EbayRequirementCheck> Missed => Checks.Where(c => !c.Met);

    /// <inheritdoc />
    public bool Equals(EbayLevelEvaluation? other)
        => other is not null && EvaluatedOn == other.EvaluatedOn && Lookback == other.Lookback && Figures == other.Figures
           && LongPeriodTransactions == other.LongPeriodTransactions && Level == other.Level && Checks.SequenceEqual(other.Checks);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EvaluatedOn, Lookback, Figures, Level);

    /// <summary>Returns e.g. <c>TopRated on 2026-03-20 (ThreeMonths, 500 transactions)</c>.</summary>
    /// <returns>The evaluation in words.</returns>
    public override string ToString() => $"{Level} on {EvaluatedOn:uuuu-MM-dd} ({Lookback}, {Figures.Transactions} transactions)";
}
