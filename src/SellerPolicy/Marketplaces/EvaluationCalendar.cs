using NodaTime;

namespace SellerPolicy.Marketplaces;

/// <summary>
/// The days on which a marketplace officially evaluates a seller: Amazon every day, eBay on the 20th of each month. The
/// official standing as of a day is the one evaluated on the last evaluation day on or before it.
/// </summary>
public sealed record EvaluationCalendar
{
    private EvaluationCalendar(int? dayOfMonth) => DayOfMonth = dayOfMonth;

    /// <summary>Gets the calendar that evaluates every day (Amazon).</summary>
    public static EvaluationCalendar EveryDay { get; } = new((int?)null);

    /// <summary>Gets the day of the month evaluations happen on, or null for every day.</summary>
    public int? DayOfMonth { get; }

    /// <summary>Returns a calendar that evaluates on one day of each month (eBay: the 20th).</summary>
    /// <param name="day">The day of the month, 1 to 28.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside 1-28.</exception>
    public static EvaluationCalendar MonthlyOn(int day)
        => day is >= 1 and <= 28 ? new EvaluationCalendar(day) : throw new ArgumentOutOfRangeException(nameof(day), $"day must be in 1-28, was {day}.");

    /// <summary>Returns whether <paramref name="day"/> is an evaluation day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True when evaluations happen that day.</returns>
    public bool IsEvaluationDay(LocalDate day) => DayOfMonth is not { } d || day.Day == d;

    /// <summary>Returns the last evaluation day on or before <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The evaluation day whose standing is official on <paramref name="day"/>.</returns>
    public LocalDate LastEvaluationOnOrBefore(LocalDate day)
    {
        if (DayOfMonth is not { } d)
        {
            return day;
        }

        LocalDate thisMonth = new(day.Year, day.Month, d);
        return thisMonth <= day ? thisMonth : thisMonth.PlusMonths(-1);
    }

    /// <summary>Returns the first evaluation day strictly after <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The next evaluation day (the next day for <see cref="EveryDay"/>).</returns>
    public LocalDate NextAfter(LocalDate day) => DayOfMonth is null ? day.PlusDays(1) : LastEvaluationOnOrBefore(day).PlusMonths(1);

    /// <summary>Returns <c>every day</c> or <c>monthly on day 20</c>.</summary>
    public override string ToString() => DayOfMonth is { } d ? $"monthly on day {d}" : "every day";
}
