using NodaTime;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Time;

public sealed class BusinessDayCalendarTests
{
    private static readonly LocalDate Friday = new(2026, 12, 18);

    [Fact]
    public void AddBusinessDays_AcrossAWeekend_SkipsSaturdayAndSunday()
    {
        Assert.Equal(new LocalDate(2026, 12, 21), BusinessDayCalendar.WeekendsOnly.AddBusinessDays(Friday, 1));
        Assert.Equal(new LocalDate(2026, 12, 22), BusinessDayCalendar.WeekendsOnly.AddBusinessDays(Friday, 2));
        Assert.Equal(new LocalDate(2026, 12, 21), BusinessDayCalendar.WeekendsOnly.AddBusinessDays(Friday.PlusDays(1), 1)); // from Saturday
    }

    [Fact]
    public void AddBusinessDays_AcrossAWeekendAndHolidays_SkipsThemAll()
    {
        var calendar = new BusinessDayCalendar([new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 25)]);

        Assert.Equal(new LocalDate(2026, 12, 28), calendar.AddBusinessDays(new LocalDate(2026, 12, 23), 1)); // Thu, Fri holidays; weekend
        Assert.Equal(new LocalDate(2026, 12, 23), calendar.AddBusinessDays(Friday, 3));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2026, 12, 25)));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2026, 12, 26)));
        Assert.True(calendar.IsBusinessDay(new LocalDate(2026, 12, 28)));
    }

    [Fact]
    public void AddBusinessDays_ZeroOrNegative()
    {
        Assert.Equal(Friday.PlusDays(1), BusinessDayCalendar.WeekendsOnly.AddBusinessDays(Friday.PlusDays(1), 0));
        Assert.Equal("businessDays", Assert.Throws<ArgumentOutOfRangeException>(() => BusinessDayCalendar.WeekendsOnly.AddBusinessDays(Friday, -1)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new BusinessDayCalendar(null!));
    }

    [Fact]
    public void AddBusinessDays_Negative_IsRejectedNamingTheValue()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => BusinessDayCalendar.WeekendsOnly.AddBusinessDays(Friday, -3));

        Assert.StartsWith("businessDays must not be negative, was -3.", ex.Message, StringComparison.Ordinal);
    }
}
