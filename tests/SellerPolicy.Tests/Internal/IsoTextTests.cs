using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Internal;

namespace SellerPolicy.Tests.Internal;

/// <summary>The reports' own ISO text of times writes exactly what NodaTime's patterns write.</summary>
public class IsoTextTests
{
    private static readonly LocalDate Earliest = new(-9998, 1, 1);
    private static readonly int Days = Period.Between(Earliest, new LocalDate(9999, 12, 31), PeriodUnits.Days).Days;

    private static Arbitrary<LocalDate> AnyDate => Arb.From(Gen.Choose(0, Days).Select(d => Earliest.PlusDays(d)));

    [Property(MaxTest = 1000)]
    public Property Minutes_IsTheMinutePatternsText()
        => Prop.ForAll(AnyDate, Arb.From(Gen.Choose(0, 86_399)), (d, second) =>
        {
            LocalDateTime t = d.AtMidnight().PlusSeconds(second);
            return IsoText.Minutes(t) == LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm").Format(t);
        });

    [Property(MaxTest = 1000)]
    public Property Offset_IsTheSignedHoursMinutesPatternsText()
        => Prop.ForAll(Arb.From(Gen.Choose(-18 * 3600, 18 * 3600)), seconds =>
        {
            Offset offset = Offset.FromSeconds(seconds);
            return IsoText.Offset(offset) == OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(offset);
        });
}
