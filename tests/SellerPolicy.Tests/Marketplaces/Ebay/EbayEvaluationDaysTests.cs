using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Marketplaces.Ebay;

namespace SellerPolicy.Tests.Marketplaces.Ebay;

public sealed class EbayEvaluationDaysTests
{
    private const int Twentieth = 20;

    [Fact]
    public void LastOnOrBefore_OnTheTwentieth_IsThatDay()
        => Assert.Equal(new LocalDate(2026, 3, 20), EbayEvaluationDays.LastOnOrBefore(new LocalDate(2026, 3, 20), Twentieth));

    [Fact]
    public void LastOnOrBefore_OnTheTwentyFirst_IsTheDayBefore()
        => Assert.Equal(new LocalDate(2026, 3, 20), EbayEvaluationDays.LastOnOrBefore(new LocalDate(2026, 3, 21), Twentieth));

    [Fact]
    public void LastOnOrBefore_OnTheNineteenth_IsTheTwentiethOfTheMonthBefore()
        => Assert.Equal(new LocalDate(2026, 2, 20), EbayEvaluationDays.LastOnOrBefore(new LocalDate(2026, 3, 19), Twentieth));

    [Fact]
    public void LastOnOrBefore_EarlyJanuary_IsTheTwentiethOfDecemberOfTheYearBefore()
        => Assert.Equal(new LocalDate(2025, 12, 20), EbayEvaluationDays.LastOnOrBefore(new LocalDate(2026, 1, 5), Twentieth));

    [Fact]
    public void NextAfter_OnTheTwentieth_IsTheTwentiethOfTheNextMonth()
        => Assert.Equal(new LocalDate(2026, 4, 20), EbayEvaluationDays.NextAfter(new LocalDate(2026, 3, 20), Twentieth));

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    public void LastOnOrBefore_DayOfMonthNotInEveryMonth_Throws(int dayOfMonth)
        => Assert.Throws<ArgumentOutOfRangeException>(() => EbayEvaluationDays.LastOnOrBefore(new LocalDate(2026, 3, 20), dayOfMonth));

    [Property(MaxTest = 300)]
    public Property LastOnOrBefore_IsTheLatestEvaluationDayNotAfterTheDay()
        => Prop.ForAll(Arb.From(Gen.Choose(0, 3000)), Arb.From(Gen.Choose(1, 28)), (offset, dayOfMonth) =>
        {
            LocalDate day = new LocalDate(2020, 1, 1).PlusDays(offset);
            LocalDate last = EbayEvaluationDays.LastOnOrBefore(day, dayOfMonth);
            bool noneBetween = Enumerable.Range(1, Period.DaysBetween(last, day)).All(d => last.PlusDays(d).Day != dayOfMonth);
            return (last.Day == dayOfMonth && last <= day && noneBetween
                    && EbayEvaluationDays.NextAfter(day, dayOfMonth) > day).Label($"{day} {dayOfMonth} -> {last}");
        });
}
