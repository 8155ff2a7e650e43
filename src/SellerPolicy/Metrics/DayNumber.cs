using NodaTime;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>Reporting days as plain ints (days since 0001-01-01), for the engine's hot loops.</summary>
internal static class DayNumber
{
    /// <summary>The "never ends" day: later than any real day.</summary>
    public const int Never = int.MaxValue;

    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    public static int Of(ReportingCalendar calendar, Instant instant) => Of(calendar.DayOf(instant));

    public static LocalDate ToDate(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));

    /// <summary>
    /// Returns the as-of days <c>[start, end)</c> on which <paramref name="span"/> holds: a fact holds as of D when its start
    /// is known (<c>day(Start) ≤ D</c>) and its end is not (<c>day(End) &gt; D</c>), exactly <see cref="KnownSpan.HoldsAsOf"/>.
    /// </summary>
    public static (int Start, int End) AsOfDays(ReportingCalendar calendar, KnownSpan span)
        => (Of(calendar, span.Start), span.End is { } end ? Of(calendar, end) : Never);
}
