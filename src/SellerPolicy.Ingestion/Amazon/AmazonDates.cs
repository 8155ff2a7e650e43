using NodaTime;
using NodaTime.Text;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// The date and time forms the Amazon readers accept. Nothing ambiguous is guessed: a numeric day/month order
/// is only read with a format the caller names (the feedback report).
/// </summary>
internal static class AmazonDates
{
    private static readonly OffsetDateTimePattern[] InstantPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss' UTC'"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss' 'o<G>"),
    ];

    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.CreateWithInvariantCulture("MMM d',' uuuu"),
        LocalDatePattern.CreateWithInvariantCulture("d'-'MMM'-'uuuu"),
        LocalDatePattern.CreateWithInvariantCulture("d MMM uuuu"),
    ];

    /// <summary>Parses an ISO-8601 date-time with an offset (<c>Z</c>, <c>+01:00</c>), seconds optional.</summary>
    public static bool TryParseInstant(string text, out Instant value)
    {
        foreach (OffsetDateTimePattern pattern in InstantPatterns)
        {
            ParseResult<OffsetDateTime> result = pattern.Parse(text);
            if (result.Success)
            {
                value = result.Value.ToInstant();
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Parses a date-time with offset, or an unambiguous date (<c>2026-01-16</c>, <c>Jan 16, 2026</c>,
    /// <c>16-Jan-2026</c>, <c>16 Jan 2026</c>) taken as the start of that day in <paramref name="zone"/>.
    /// </summary>
    public static bool TryParseInstantOrDate(string text, DateTimeZone zone, out Instant value)
    {
        if (TryParseInstant(text, out value))
        {
            return true;
        }

        foreach (LocalDatePattern pattern in DatePatterns)
        {
            ParseResult<LocalDate> result = pattern.Parse(text);
            if (result.Success)
            {
                value = StartOf(result.Value, zone);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Returns the first instant of <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static Instant StartOf(LocalDate date, DateTimeZone zone) => date.AtStartOfDayInZone(zone).ToInstant();
}
