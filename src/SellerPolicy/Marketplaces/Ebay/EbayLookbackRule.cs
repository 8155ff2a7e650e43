namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>Chooses the period an eBay evaluation looks at: 3 months with 400+ transactions in them, else 12 months.</summary>
public static class EbayLookbackRule
{
    /// <summary>Returns the period evaluated when the short period holds <paramref name="shortPeriodTransactions"/> transactions.</summary>
    /// <param name="shortPeriodTransactions">The transactions purchased in the short (3-month) period.</param>
    /// <param name="standards">The standards (<see cref="EbaySellerStandards.ShortLookbackMinTransactions"/>).</param>
    /// <returns><see cref="EbayLookback.ThreeMonths"/> with at least the minimum, else <see cref="EbayLookback.TwelveMonths"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="standards"/> is null.</exception>
    public static EbayLookback Choose(int shortPeriodTransactions, EbaySellerStandards standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        return shortPeriodTransactions >= standards.ShortLookbackMinTransactions ? EbayLookback.ThreeMonths : EbayLookback.TwelveMonths;
    }

    /// <summary>Returns the length in days of <paramref name="lookback"/> under <paramref name="standards"/>.</summary>
    /// <param name="lookback">The period.</param>
    /// <param name="standards">The standards.</param>
    /// <returns><see cref="EbaySellerStandards.ShortLookbackDays"/> or <see cref="EbaySellerStandards.LongLookbackDays"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="standards"/> is null.</exception>
    public static int DaysOf(EbayLookback lookback, EbaySellerStandards standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        return lookback == EbayLookback.ThreeMonths ? standards.ShortLookbackDays : standards.LongLookbackDays;
    }
}
