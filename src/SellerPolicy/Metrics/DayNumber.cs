using NodaTime;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>Reporting days as plain ints (days since 0001-01-01), for the engine's hot loops.</summary>
internal static class DayNumber
{
    /// <summary>The "never ends" day: later than any real day.</summary>
    public const int Never = int.MaxValue;

    /// <summary>The first and last days metrics are counted on (those of <see cref="DateOnly"/>).</summary>
    public static readonly DayWindow Counted = new(LocalDate.FromDateOnly(DateOnly.MinValue), LocalDate.FromDateOnly(DateOnly.MaxValue));

    /// <summary>Returns the day number of <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside <see cref="Counted"/> (parameter <paramref name="field"/>).</exception>
    public static int Of(LocalDate date, string field = "asOf")
    {
        try
        {
            return date.ToDateOnly().DayNumber; // in the hot loops: a try costs nothing until it throws
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException(field, $"{field} {date:uuuu-MM-dd} is outside the days metrics are counted on, {Counted.From:uuuu-MM-dd} to {Counted.To:uuuu-MM-dd}.");
        }
    }

    /// <summary>Checks that every day of <paramref name="days"/> is one metrics are counted on.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A day is outside <see cref="Counted"/> (parameter <paramref name="field"/>).</exception>
    public static void Check(DayWindow days, string field = "days")
    {
        if (!Counted.Contains(days.From) || !Counted.Contains(days.To))
        {
            throw new ArgumentOutOfRangeException(
                field, $"{field} {days} ({days.Days:N0} days) reaches outside the days metrics are counted on, {Counted.From:uuuu-MM-dd} to {Counted.To:uuuu-MM-dd}.");
        }
    }

    /// <summary>The day number of 1970-01-01.</summary>
    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Returns the day number of <c>calendar.DayOf(instant)</c> without building a ZonedDateTime.</summary>
    public static int Of(ReportingCalendar calendar, Instant instant)
    {
        long local = instant.ToUnixTimeTicks() + calendar.Zone.GetUtcOffset(instant).Ticks;
        long days = local / NodaConstants.TicksPerDay;
        if (local % NodaConstants.TicksPerDay < 0)
        {
            days--;
        }

        return (int)days + UnixEpochDay;
    }

    public static LocalDate ToDate(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));

    /// <summary>
    /// Returns the as-of days <c>[start, end)</c> on which <paramref name="span"/> holds: a fact holds as of D when its start
    /// is known (<c>day(Start) ≤ D</c>) and its end is not (<c>day(End) &gt; D</c>), exactly <see cref="KnownSpan.HoldsAsOf"/>.
    /// </summary>
    public static (int Start, int End) AsOfDays(ReportingCalendar calendar, KnownSpan span)
        => (Of(calendar, span.Start), span.End is { } end ? Of(calendar, end) : Never);
}
