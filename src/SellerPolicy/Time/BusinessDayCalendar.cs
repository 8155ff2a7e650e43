using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Time;

/// <summary>Business days: every day except Saturday, Sunday and the listed holidays.</summary>
/// <remarks>Used for the refund deadline ("2 business days after the return is received").</remarks>
public sealed class BusinessDayCalendar
{
    /// <summary>A calendar with weekends only, no holidays.</summary>
    public static readonly BusinessDayCalendar WeekendsOnly = new([]);

    /// <summary>Creates a calendar.</summary>
    /// <param name="holidays">Days that are not business days besides weekends.</param>
    public BusinessDayCalendar(IEnumerable<LocalDate> holidays)
        => Holidays = (holidays ?? throw new ArgumentNullException(nameof(holidays))).ToImmutableSortedSet();

    /// <summary>Gets the holidays.</summary>
    public ImmutableSortedSet<LocalDate> Holidays { get; }

    /// <summary>Returns whether <paramref name="day"/> is a business day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>False on Saturday, Sunday and holidays.</returns>
    public bool IsBusinessDay(LocalDate day)
        => day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !Holidays.Contains(day);

    /// <summary>
    /// Returns the day that is <paramref name="businessDays"/> business days after <paramref name="start"/>
    /// (the start itself is not counted, whatever it is).
    /// </summary>
    /// <param name="start">The day counting starts from.</param>
    /// <param name="businessDays">How many business days to add; not negative.</param>
    /// <returns>The resulting business day, or <paramref name="start"/> when adding 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessDays"/> is negative.</exception>
    public LocalDate AddBusinessDays(LocalDate start, int businessDays)
    {
        if (businessDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(businessDays), $"businessDays must not be negative, was {businessDays}.");
        }

        LocalDate day = start;
        for (int added = 0; added < businessDays;)
        {
            day = day.PlusDays(1);
            if (IsBusinessDay(day))
            {
                added++;
            }
        }

        return day;
    }
}
