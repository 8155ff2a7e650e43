using NodaTime;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Time;

public sealed class ReportingCalendarTests
{
    private static readonly ReportingCalendar Berlin = new(DateTimeZoneProviders.Tzdb["Europe/Berlin"]);
    private static readonly ReportingCalendar LosAngeles = new(DateTimeZoneProviders.Tzdb["America/Los_Angeles"]);

    [Fact]
    public void Berlin_SpringForward_DayIs23Hours()
    {
        var day = new LocalDate(2026, 3, 29); // clocks go 02:00 -> 03:00 CET -> CEST

        Assert.Equal(Instant.FromUtc(2026, 3, 28, 23, 0), Berlin.StartOf(day));
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 22, 0), Berlin.EndOf(day));
        Assert.Equal(Duration.FromHours(23), Berlin.EndOf(day) - Berlin.StartOf(day));
        Assert.Equal(day, Berlin.DayOf(Instant.FromUtc(2026, 3, 29, 21, 59)));
        Assert.Equal(day.PlusDays(1), Berlin.DayOf(Instant.FromUtc(2026, 3, 29, 22, 0)));
    }

    [Fact]
    public void LosAngeles_FallBack_DayIs25Hours()
    {
        var day = new LocalDate(2026, 11, 1); // clocks go 02:00 PDT -> 01:00 PST

        Assert.Equal(Instant.FromUtc(2026, 11, 1, 7, 0), LosAngeles.StartOf(day));
        Assert.Equal(Instant.FromUtc(2026, 11, 2, 8, 0), LosAngeles.EndOf(day));
        Assert.Equal(Duration.FromHours(25), LosAngeles.EndOf(day) - LosAngeles.StartOf(day));
        Assert.Equal(day, LosAngeles.DayOf(Instant.FromUtc(2026, 11, 2, 7, 30)));
        Assert.Equal(new LocalDate(2026, 10, 31), LosAngeles.DayOf(Instant.FromUtc(2026, 11, 1, 6, 59)));
    }

    [Fact]
    public void IsKnown_IsStrictlyBeforeTheStartOfTheNextDay()
    {
        var d = new LocalDate(2026, 3, 29);
        Instant end = Berlin.EndOf(d);

        Assert.True(Berlin.IsKnown(end - Duration.Epsilon, d));
        Assert.False(Berlin.IsKnown(end, d));
        Assert.False(Berlin.IsKnown(null, d));
        Assert.True(ReportingCalendar.Utc.IsKnown(Instant.FromUtc(2026, 3, 29, 23, 59, 59), d));
        Assert.False(ReportingCalendar.Utc.IsKnown(Instant.FromUtc(2026, 3, 30, 0, 0), d));
    }

    [Fact]
    public void Equality_IsByZoneId()
    {
        Assert.Equal(Berlin, new ReportingCalendar(DateTimeZoneProviders.Tzdb["Europe/Berlin"]));
        Assert.Equal(Berlin.GetHashCode(), new ReportingCalendar(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).GetHashCode());
        Assert.NotEqual(Berlin, LosAngeles);
        Assert.Equal("UTC", ReportingCalendar.Utc.ToString());
        Assert.Throws<ArgumentNullException>(() => new ReportingCalendar(null!));
    }
}
