using NodaTime;

namespace SellerPolicy.Time;

/// <summary>
/// Buckets instants into calendar days of a reporting time zone and answers "was this known as of day D?".
/// </summary>
/// <remarks>
/// "As of day D" means everything known by the end of D: an instant counts when it is strictly earlier than
/// the start of D+1 in the reporting zone. Days start at the zone's first instant of the date (which is not
/// always midnight across a DST change); NodaTime's lenient resolver handles skipped midnights.
/// </remarks>
public sealed class ReportingCalendar : IEquatable<ReportingCalendar>
{
    /// <summary>The UTC reporting calendar, the default of every built-in policy.</summary>
    public static readonly ReportingCalendar Utc = new(DateTimeZone.Utc);

    /// <summary>Creates a calendar for <paramref name="zone"/>.</summary>
    /// <param name="zone">The reporting time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public ReportingCalendar(DateTimeZone zone) => Zone = zone ?? throw new ArgumentNullException(nameof(zone));

    /// <summary>Gets the reporting time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Returns the reporting-zone date of <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>Its calendar day in the reporting zone.</returns>
    public LocalDate DayOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>Returns the first instant of <paramref name="day"/> in the reporting zone.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The start of that day.</returns>
    public Instant StartOf(LocalDate day) => Zone.AtStartOfDay(day).ToInstant();

    /// <summary>Returns the first instant after the end of day <paramref name="asOf"/>: the start of the next day.</summary>
    /// <param name="asOf">The as-of day.</param>
    /// <returns>The instant before which everything is known as of <paramref name="asOf"/>.</returns>
    public Instant EndOf(LocalDate asOf) => StartOf(asOf.PlusDays(1));

    /// <summary>Returns whether an instant is known as of the end of <paramref name="asOf"/>.</summary>
    /// <param name="instant">The instant, or null (never known).</param>
    /// <param name="asOf">The as-of day.</param>
    /// <returns>True when <paramref name="instant"/> is present and earlier than the start of the next day.</returns>
    public bool IsKnown(Instant? instant, LocalDate asOf) => instant is { } i && i < EndOf(asOf);

    /// <inheritdoc />
    public bool Equals(ReportingCalendar? other) => other is not null && Zone.Id == other.Zone.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => Zone.Id.GetHashCode(StringComparison.Ordinal);

    /// <summary>Returns the zone id.</summary>
    public override string ToString() => Zone.Id;
}
