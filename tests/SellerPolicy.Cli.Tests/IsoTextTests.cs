using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Cli;

namespace SellerPolicy.Cli.Tests;

/// <summary>The commands' own ISO text reads and writes exactly what NodaTime's ISO patterns read and write.</summary>
public class IsoTextTests
{
    private static readonly LocalDate Earliest = new(-9998, 1, 1);
    private static readonly int Days = Period.Between(Earliest, new LocalDate(9999, 12, 31), PeriodUnits.Days).Days;

    private static Arbitrary<LocalDate> AnyDate => Arb.From(Gen.Choose(0, Days).Select(d => Earliest.PlusDays(d)));

    [Property(MaxTest = 2000)]
    public Property Date_IsTheIsoPatternsText()
        => Prop.ForAll(AnyDate, d => IsoText.Date(d) == LocalDatePattern.Iso.Format(d));

    [Property(MaxTest = 2000)]
    public Property TryParseDate_AgreesWithTheIsoPattern_OnDateShapedText()
    {
        Gen<string> digits = Gen.Elements("0", "1", "2", "3", "9", "-", "+", " ", "a");
        Gen<string> shaped = Gen.ArrayOf(digits, 10).Select(parts => string.Concat(parts));
        Gen<string> nearlyValid = Gen.Choose(0, 9999).SelectMany(y => Gen.Choose(0, 13).SelectMany(m => Gen.Choose(0, 32).Select(d => $"{y:D4}-{m:D2}-{d:D2}")));
        return Prop.ForAll(Arb.From(Gen.OneOf(shaped, nearlyValid)), text =>
        {
            ParseResult<LocalDate> expected = LocalDatePattern.Iso.Parse(text);
            bool ok = IsoText.TryParseDate(text, out LocalDate actual);
            return (ok == expected.Success && (!ok || actual == expected.Value)).Label($"'{text}': pattern {expected.Success}, ours {ok}");
        });
    }

    [Theory]
    [InlineData("2026-02-29", false)]
    [InlineData("2024-02-29", true)]
    [InlineData("0000-01-01", true)]
    [InlineData("-0001-06-15", true)]
    [InlineData("2026-1-01", false)]
    [InlineData("20260101", false)]
    [InlineData("2026-13-01", false)]
    [InlineData("", false)]
    public void TryParseDate_EdgeCases_AsThePattern(string text, bool valid)
    {
        Assert.Equal(valid, IsoText.TryParseDate(text, out LocalDate date));
        Assert.Equal(valid, LocalDatePattern.Iso.Parse(text).Success);
        if (valid)
        {
            Assert.Equal(LocalDatePattern.Iso.Parse(text).Value, date);
        }
    }
}
