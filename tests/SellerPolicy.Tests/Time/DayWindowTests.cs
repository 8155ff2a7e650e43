using NodaTime;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Time;

public sealed class DayWindowTests
{
    private static readonly LocalDate T = new(2026, 3, 1);

    [Fact]
    public void Ending_SixtyDays_IsTMinus59ToT()
    {
        DayWindow window = DayWindow.Ending(T, 60);

        Assert.Equal(new LocalDate(2026, 1, 1), window.From);
        Assert.Equal(T, window.To);
        Assert.Equal(60, window.Days);
        Assert.Equal(60, window.EnumerateDays().Count());
        Assert.Equal("[2026-01-01, 2026-03-01]", window.ToString());
    }

    [Fact]
    public void Contains_IncludesBothEnds()
    {
        DayWindow window = DayWindow.Ending(T, 7);

        Assert.True(window.Contains(T));
        Assert.True(window.Contains(T.PlusDays(-6)));
        Assert.False(window.Contains(T.PlusDays(-7)));
        Assert.False(window.Contains(T.PlusDays(1)));
    }

    [Fact]
    public void SingleDayAndShift_KeepTheLength()
    {
        DayWindow one = DayWindow.Ending(T, 1);

        Assert.Equal(new DayWindow(T, T), one);
        Assert.Equal(1, one.Days);
        Assert.Equal(new DayWindow(T.PlusDays(-2), T.PlusDays(-2)), one.PlusDays(-2));
    }

    [Fact]
    public void Constructor_FromAfterTo_ThrowsNamingFrom()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new DayWindow(T, T.PlusDays(-1)));

        Assert.Equal("from", ex.ParamName);
        Assert.StartsWith("from (2026-03-01) must not be after to (2026-02-28).", ex.Message, StringComparison.Ordinal);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => DayWindow.Ending(T, 0)).ParamName);
    }

    [Fact]
    public void Ending_NotPositiveDays_IsRejectedNamingTheValue()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => DayWindow.Ending(T, -2));

        Assert.StartsWith("days must be positive, was -2.", ex.Message, StringComparison.Ordinal);
    }
}
