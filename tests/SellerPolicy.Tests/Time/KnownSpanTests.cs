using NodaTime;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Time;

public sealed class KnownSpanTests
{
    private static readonly LocalDate D = new(2026, 3, 10);
    private static readonly Instant StartOfNextDay = Instant.FromUtc(2026, 3, 11, 0, 0);
    private static readonly ReportingCalendar Utc = ReportingCalendar.Utc;

    [Fact]
    public void HoldsAsOf_EndOnDayD_NoLongerHolds()
    {
        var span = new KnownSpan(Instant.FromUtc(2026, 3, 1, 0, 0), Instant.FromUtc(2026, 3, 10, 23, 59, 59));

        Assert.False(span.HoldsAsOf(Utc, D));
        Assert.True(span.HoldsAsOf(Utc, D.PlusDays(-1)));
    }

    [Fact]
    public void HoldsAsOf_EndAtTheStartOfDPlus1_StillHoldsOnD()
    {
        var span = new KnownSpan(Instant.FromUtc(2026, 3, 1, 0, 0), StartOfNextDay);

        Assert.True(span.HoldsAsOf(Utc, D));
        Assert.False(span.HoldsAsOf(Utc, D.PlusDays(1)));
    }

    [Fact]
    public void HoldsAsOf_StartOnD_HoldsFromD()
    {
        var span = new KnownSpan(StartOfNextDay - Duration.Epsilon, null);

        Assert.True(span.HoldsAsOf(Utc, D));
        Assert.False(span.HoldsAsOf(Utc, D.PlusDays(-1)));
        Assert.False(new KnownSpan(StartOfNextDay, null).HoldsAsOf(Utc, D));
    }

    [Fact]
    public void EmptySpan_NeverHolds_AndEndBeforeStartIsRejected()
    {
        var empty = new KnownSpan(StartOfNextDay, StartOfNextDay);

        Assert.False(empty.HoldsAsOf(Utc, D.PlusDays(5)));
        Assert.False(empty.HoldsAt(StartOfNextDay));
        Assert.True(new KnownSpan(StartOfNextDay, null).HoldsAt(StartOfNextDay));
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => new KnownSpan(StartOfNextDay, StartOfNextDay - Duration.Epsilon)).ParamName);
    }

    [Fact]
    public void HoldsAsOf_UsesTheReportingZone()
    {
        var berlin = new ReportingCalendar(DateTimeZoneProviders.Tzdb["Europe/Berlin"]);
        var span = new KnownSpan(Instant.FromUtc(2026, 3, 10, 23, 30), null); // 00:30 on 11 March in Berlin

        Assert.True(span.HoldsAsOf(Utc, D));
        Assert.False(span.HoldsAsOf(berlin, D));
        Assert.True(span.HoldsAsOf(berlin, D.PlusDays(1)));
    }

    [Fact]
    public void HoldsAt_FromItsStart_UntilJustBeforeItsEnd()
    {
        var span = new KnownSpan(Instant.FromUtc(2026, 3, 1, 0, 0), StartOfNextDay);

        Assert.False(span.HoldsAt(Instant.FromUtc(2026, 3, 1, 0, 0) - Duration.Epsilon));
        Assert.True(span.HoldsAt(Instant.FromUtc(2026, 3, 5, 12, 0)));
        Assert.True(span.HoldsAt(StartOfNextDay - Duration.Epsilon));
        Assert.False(span.HoldsAt(StartOfNextDay));
        Assert.False(span.HoldsAt(StartOfNextDay + Duration.FromDays(1)));
    }

    [Fact]
    public void Invalid_Arguments_AreRejectedNamingTheValues()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new KnownSpan(StartOfNextDay, StartOfNextDay - Duration.FromHours(1)));

        Assert.StartsWith("end (2026-03-10T23:00:00Z) must not be before start (2026-03-11T00:00:00Z).", ex.Message, StringComparison.Ordinal);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => new KnownSpan(StartOfNextDay, null).HoldsAsOf(null!, D)).ParamName);
    }
}
