using NodaTime;

namespace SellerPolicy.Internal;

/// <summary>
/// The ISO-8601 text of the reports' times (<c>2026-03-01T23:59</c>, <c>-08:00</c>), exactly as NodaTime's patterns write
/// it, without building NodaTime's pattern parsers (about 50 ms of a short, cold command-line run). Days: <see cref="Preconditions.Format(LocalDate)"/>.
/// </summary>
internal static class IsoText
{
    /// <summary>Formats as <c>uuuu-MM-ddTHH:mm</c> (seconds and below are dropped, as that pattern drops them).</summary>
    public static string Minutes(LocalDateTime value)
        => value.Year is >= 0 and <= 9999
            ? string.Create(16, value, static (chars, t) =>
            {
                Preconditions.Format(t.Date).CopyTo(chars);
                chars[10] = 'T';
                Two(chars[11..], t.Hour);
                chars[13] = ':';
                Two(chars[14..], t.Minute);
            })
            : NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm").Format(value);

    /// <summary>Formats as <c>+HH:mm</c>, always signed (seconds dropped, as that pattern drops them).</summary>
    public static string Offset(Offset value)
    {
        int seconds = value.Seconds;
        int magnitude = Math.Abs(seconds);
        return string.Create(6, (Negative: seconds < 0, Hours: magnitude / 3600, Minutes: magnitude / 60 % 60), static (chars, o) =>
        {
            chars[0] = o.Negative ? '-' : '+';
            Two(chars[1..], o.Hours);
            chars[3] = ':';
            Two(chars[4..], o.Minutes);
        });
    }

    private static void Two(Span<char> chars, int value)
    {
        chars[0] = (char)('0' + (value / 10));
        chars[1] = (char)('0' + (value % 10));
    }
}
