using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SellerPolicy.Cli;

/// <summary>
/// The ISO-8601 text of the days the commands read and print (<c>2026-03-01</c>), exactly as NodaTime's ISO pattern reads
/// and writes it (the reports' times are written by the library's <c>SellerPolicy.Reporting.HealthReportJson</c>). The usual shapes (years 0-9999) are handled
/// directly; anything else goes to the pattern. A command runs once, cold: building NodaTime's pattern parsers is about
/// 50 ms of a run, more than the rest of a short command.
/// </summary>
internal static class IsoText
{
    /// <summary>Formats as <c>uuuu-MM-dd</c> (<see cref="LocalDatePattern.Iso"/>).</summary>
    public static string Date(LocalDate value)
        => value.Year is >= 0 and <= 9999
            ? string.Create(10, value, static (chars, d) => WriteDate(chars, d))
            : LocalDatePattern.Iso.Format(value);

    /// <summary>Reads <c>uuuu-MM-dd</c> as <see cref="LocalDatePattern.Iso"/> does.</summary>
    /// <returns>False when the text is not such a date (or names no day of the calendar, such as February 30).</returns>
    public static bool TryParseDate(string text, out LocalDate value)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day))
        {
            bool exists = month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
            value = exists ? new LocalDate(year, month, day) : default;
            return exists;
        }

        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        value = result.Success ? result.Value : default;
        return result.Success;
    }

    private static void WriteDate(Span<char> chars, LocalDate d)
    {
        Two(chars, d.Year / 100);
        Two(chars[2..], d.Year % 100);
        chars[4] = '-';
        Two(chars[5..], d.Month);
        chars[7] = '-';
        Two(chars[8..], d.Day);
    }

    private static void Two(Span<char> chars, int value)
    {
        chars[0] = (char)('0' + (value / 10));
        chars[1] = (char)('0' + (value % 10));
    }
}
