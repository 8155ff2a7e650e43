using System.Collections.Frozen;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>The order of a numeric date's parts, which the marketplace decides (never guessed per row).</summary>
internal enum DateOrder
{
    /// <summary><c>6/14/26</c>: Amazon.com, Amazon.ca.</summary>
    MonthDayYear,

    /// <summary><c>14.06.2026</c>, <c>14/06/2026</c>: the European marketplaces, Mexico, Australia.</summary>
    DayMonthYear,

    /// <summary><c>2026/06/14</c>: Amazon.co.jp.</summary>
    YearMonthDay,
}

/// <summary>
/// The date and time forms the Amazon readers accept: ISO-8601 with an offset; a date-time followed by one of the zone
/// abbreviations Amazon's reports print (<c>PST</c>, <c>PDT</c>, <c>CET</c>, <c>MESZ</c>, <c>JST</c>...), resolved with
/// the tz database so that daylight saving time is right and an abbreviation not in force on that day is a problem; a
/// date with the month as a word; and numeric dates in the order the marketplace decides. Nothing ambiguous is guessed.
/// </summary>
internal static class AmazonDates
{
    /// <summary>The zone abbreviations accepted: each names a tz zone and the tz database's name of the offset it stands for.</summary>
    /// <remarks>UTC and GMT are fixed (offset 0 all year, as Amazon prints them); MEZ/MESZ are the German names of CET/CEST.</remarks>
    internal static readonly FrozenDictionary<string, (string Zone, string TzName)> Abbreviations = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = ("Etc/UTC", "UTC"),
        ["GMT"] = ("Etc/UTC", "UTC"),
        ["BST"] = ("Europe/London", "BST"),
        ["WET"] = ("Europe/Lisbon", "WET"),
        ["WEST"] = ("Europe/Lisbon", "WEST"),
        ["CET"] = ("Europe/Berlin", "CET"),
        ["CEST"] = ("Europe/Berlin", "CEST"),
        ["MEZ"] = ("Europe/Berlin", "CET"),
        ["MESZ"] = ("Europe/Berlin", "CEST"),
        ["EET"] = ("Europe/Athens", "EET"),
        ["EEST"] = ("Europe/Athens", "EEST"),
        ["PST"] = ("America/Los_Angeles", "PST"),
        ["PDT"] = ("America/Los_Angeles", "PDT"),
        ["MST"] = ("America/Denver", "MST"),
        ["MDT"] = ("America/Denver", "MDT"),
        ["CST"] = ("America/Chicago", "CST"),
        ["CDT"] = ("America/Chicago", "CDT"),
        ["EST"] = ("America/New_York", "EST"),
        ["EDT"] = ("America/New_York", "EDT"),
        ["JST"] = ("Asia/Tokyo", "JST"),
        ["IST"] = ("Asia/Kolkata", "IST"),
        ["AEST"] = ("Australia/Sydney", "AEST"),
        ["AEDT"] = ("Australia/Sydney", "AEDT"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly OffsetDateTimePattern[] InstantPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF' 'o<G>"),
    ];

    /// <summary>Dates whose month is a word or whose order is fixed (ISO): read in every marketplace.</summary>
    private static readonly string[] UnambiguousDates = ["uuuu'-'MM'-'dd", "MMM d',' uuuu", "MMMM d',' uuuu", "d'-'MMM'-'uuuu", "d MMM uuuu", "d MMMM uuuu", "d'.' MMM uuuu"];

    private static readonly FrozenDictionary<DateOrder, string[]> NumericDates = new Dictionary<DateOrder, string[]>
    {
        [DateOrder.MonthDayYear] = ["M'/'d'/'uuuu", "M'/'d'/'yy", "M'-'d'-'uuuu"],
        [DateOrder.DayMonthYear] = ["d'.'M'.'uuuu", "d'/'M'/'uuuu", "d'.'M'.'yy", "d'/'M'/'yy", "d'-'M'-'uuuu"],
        [DateOrder.YearMonthDay] = ["uuuu'/'M'/'d", "yy'/'M'/'d", "uuuu'.'M'.'d"],
    }.ToFrozenDictionary();

    private static readonly string[] Times = ["H':'mm':'ss;FFFFFFFFF", "H':'mm", "h':'mm':'ss tt", "h':'mm tt"];

    /// <summary>The patterns without a marketplace (index 0), then per <see cref="DateOrder"/> (index order + 1).</summary>
    private static readonly (LocalDatePattern[] Dates, LocalDateTimePattern[] DateTimes)[] PatternSets =
        [Build(null), Build(DateOrder.MonthDayYear), Build(DateOrder.DayMonthYear), Build(DateOrder.YearMonthDay)];

    /// <summary>Returns the date order of a marketplace, from its feedback date format (month, day or year first).</summary>
    public static DateOrder OrderOf(AmazonMarketplace marketplace) => char.ToUpperInvariant(marketplace.FeedbackDateFormat[0]) switch
    {
        'M' => DateOrder.MonthDayYear,
        'Y' => DateOrder.YearMonthDay,
        _ => DateOrder.DayMonthYear,
    };

    /// <summary>
    /// Parses a date-time with an offset or zone abbreviation, or a date (the start of that day in <paramref name="zone"/>).
    /// Numeric dates are read in <paramref name="marketplace"/>'s order only; without a marketplace they are refused.
    /// </summary>
    /// <param name="text">The value.</param>
    /// <param name="zone">Where a bare date starts its day.</param>
    /// <param name="marketplace">The marketplace of the row, when known.</param>
    /// <param name="value">The instant.</param>
    /// <param name="why">When it fails: what is wrong, and every form accepted.</param>
    public static bool TryParse(string text, DateTimeZone zone, AmazonMarketplace? marketplace, out Instant value, out string? why)
    {
        why = null;
        foreach (OffsetDateTimePattern pattern in InstantPatterns)
        {
            ParseResult<OffsetDateTime> result = pattern.Parse(text);
            if (result.Success)
            {
                value = result.Value.ToInstant();
                return true;
            }
        }

        DateOrder? order = marketplace is null ? null : OrderOf(marketplace);
        (LocalDatePattern[] dates, LocalDateTimePattern[] dateTimes) = Patterns(order);
        int space = text.LastIndexOf(' ');
        if (space > 0 && Abbreviations.TryGetValue(text[(space + 1)..], out (string Zone, string TzName) abbreviation))
        {
            string local = text[..space].TrimEnd();
            foreach (LocalDateTimePattern pattern in dateTimes)
            {
                ParseResult<LocalDateTime> result = pattern.Parse(local);
                if (result.Success)
                {
                    return InZone(result.Value, text[(space + 1)..].ToUpperInvariant(), abbreviation, out value, out why);
                }
            }
        }

        foreach (LocalDatePattern pattern in dates)
        {
            ParseResult<LocalDate> result = pattern.Parse(text);
            if (result.Success)
            {
                value = StartOf(result.Value, zone);
                return true;
            }
        }

        foreach (LocalDateTimePattern pattern in dateTimes)
        {
            if (pattern.Parse(text).Success)
            {
                value = default;
                why = $"'{text}' has a time but no offset or zone abbreviation, so the instant is unknown; {Accepted(marketplace)}";
                return false;
            }
        }

        value = default;
        why = marketplace is null && Patterns(DateOrder.DayMonthYear).Dates.Concat(Patterns(DateOrder.MonthDayYear).Dates).Any(p => p.Parse(text.Split(' ')[0]).Success)
            ? $"'{text}' is a numeric date, whose day and month order depends on the marketplace, and no marketplace is known (give --marketplace); {Accepted(null)}"
            : $"'{text}' is not a date or time in a form Amazon's reports use; {Accepted(marketplace)}";
        return false;
    }

    /// <summary>Returns the first instant of <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static Instant StartOf(LocalDate date, DateTimeZone zone) => date.AtStartOfDayInZone(zone).ToInstant();

    /// <summary>Every form accepted, with an example, for messages.</summary>
    public static string Accepted(AmazonMarketplace? marketplace)
    {
        string numeric = marketplace is null
            ? "numeric dates (14.06.2026, 6/14/26, 2026/06/14) only with the marketplace known, which decides the order"
            : OrderOf(marketplace) switch
            {
                DateOrder.MonthDayYear => $"numeric dates month first as {marketplace.SalesChannel} writes them (6/14/2026, 6/14/26)",
                DateOrder.YearMonthDay => $"numeric dates year first as {marketplace.SalesChannel} writes them (2026/06/14, 26/06/14)",
                _ => $"numeric dates day first as {marketplace.SalesChannel} writes them (14.06.2026, 14/06/2026, 14.06.26, 14/06/26)",
            };
        return "expected 2026-06-14T10:00:00+02:00 or 2026-06-14 10:00:00 UTC (ISO-8601 with an offset); a date-time with a zone abbreviation "
               + $"such as Jun 14, 2026 10:00:00 AM PDT, 14 Jun 2026 10:00:00 BST or 2026-06-14 17:00:00 JST (zones: {string.Join(", ", Abbreviations.Keys.Order(StringComparer.Ordinal))}); "
               + $"a date such as 2026-06-14, Jun 14, 2026, 14-Jun-2026 or 14 Jun 2026; or {numeric}.";
    }

    private static (LocalDatePattern[] Dates, LocalDateTimePattern[] DateTimes) Patterns(DateOrder? order) => PatternSets[order is { } o ? (int)o + 1 : 0];

    private static bool InZone(LocalDateTime local, string written, (string Zone, string TzName) abbreviation, out Instant value, out string? why)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[abbreviation.Zone];
        ZoneLocalMapping mapping = zone.MapLocal(local);
        foreach (ZoneInterval interval in new[] { mapping.EarlyInterval, mapping.LateInterval }.Distinct())
        {
            // The abbreviation picks the offset (at the autumn change, 01:30 PDT and 01:30 PST are both real), and it
            // must be the one the tz database has in force at that instant.
            Instant instant = local.WithOffset(interval.WallOffset).ToInstant();
            if (interval.Name == abbreviation.TzName && interval.Contains(instant))
            {
                value = instant;
                why = null;
                return true;
            }
        }

        value = default;
        string inForce = string.Join(" or ", new[] { mapping.EarlyInterval, mapping.LateInterval }.Distinct().Select(i => i.Name));
        why = $"'{written}' is not in force on {local.ToString("uuuu'-'MM'-'dd HH':'mm", CultureInfo.InvariantCulture)} in {abbreviation.Zone} ({inForce} is), so the time is contradictory; check the file.";
        return false;
    }

    private static (LocalDatePattern[], LocalDateTimePattern[]) Build(DateOrder? order)
    {
        string[] dates = [.. UnambiguousDates, .. order is { } o ? NumericDates[o] : []];
        LocalDatePattern[] datePatterns = [.. dates.Select(d => LocalDatePattern.CreateWithInvariantCulture(d))];
        LocalDateTimePattern[] dateTimes =
        [
            .. dates.SelectMany(d => Times.SelectMany(t => new[] { $"{d} {t}", $"{d}'T'{t}", $"{d}', '{t}" }))
                .Select(p => LocalDateTimePattern.CreateWithInvariantCulture(p)),
        ];
        return (datePatterns, dateTimes);
    }
}
