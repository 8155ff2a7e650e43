using NodaTime;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>eBay's evaluation calendar: the seller level is evaluated once a month, on a fixed day of the month (the 20th).</summary>
/// <remarks>
/// The official level as of day D is the one evaluated on <see cref="LastOnOrBefore"/> D, so a defect that arrives on the
/// 21st does not change it until the next evaluation day; the projected level is the evaluation as of D itself.
/// </remarks>
public static class EbayEvaluationDays
{
    /// <summary>Returns the last evaluation day on or before <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <param name="dayOfMonth">The evaluation day of the month (1-28).</param>
    /// <returns><paramref name="day"/> itself on an evaluation day; else the evaluation day of its month when that has passed, else that of the month before.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayOfMonth"/> is outside 1-28.</exception>
    public static LocalDate LastOnOrBefore(LocalDate day, int dayOfMonth)
    {
        Check(dayOfMonth);
        LocalDate inMonth = new(day.Year, day.Month, dayOfMonth);
        return inMonth <= day ? inMonth : inMonth.PlusMonths(-1);
    }

    /// <summary>Returns the first evaluation day strictly after <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <param name="dayOfMonth">The evaluation day of the month (1-28).</param>
    /// <returns>The next evaluation day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayOfMonth"/> is outside 1-28.</exception>
    public static LocalDate NextAfter(LocalDate day, int dayOfMonth) => LastOnOrBefore(day, dayOfMonth).PlusMonths(1);

    private static void Check(int dayOfMonth)
    {
        if (dayOfMonth is < 1 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(dayOfMonth), dayOfMonth, $"dayOfMonth must be 1-28 (a day every month has), was {dayOfMonth}.");
        }
    }
}
