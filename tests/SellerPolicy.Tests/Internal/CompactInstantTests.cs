using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Internal;

namespace SellerPolicy.Tests.Internal;

public sealed class CompactInstantTests
{
    /// <summary>Instants with any day in the packable range (and a little beyond) and any nanosecond of the day.</summary>
    private static readonly Gen<Instant> NearInstants =
        from days in Gen.Choose(-CompactInstant.MaxDays - 3, CompactInstant.MaxDays + 3)
        from nanosecondOfDay in Gen.Choose(0, 86_399).SelectMany(s => Gen.Choose(0, 999_999_999).Select(n => (s * 1_000_000_000L) + n))
        select NodaConstants.UnixEpoch + Duration.FromDays(days) + Duration.FromNanoseconds(nanosecondOfDay);

    [Property(MaxTest = 500)]
    public Property TryPack_InstantWithinMaxDays_RoundTripsToTheNanosecond()
        => Prop.ForAll(Arb.From(NearInstants), instant =>
        {
            int days = (instant - NodaConstants.UnixEpoch).Days;
            bool fits = CompactInstant.TryPack(instant, out long nanoseconds);
            return fits == (Math.Abs(days) <= CompactInstant.MaxDays)
                && (!fits || CompactInstant.Unpack(nanoseconds) == instant);
        });

    [Property(MaxTest = 200)]
    public Property TryPack_KeepsTheOrderOfInstants()
        => Prop.ForAll(Arb.From(NearInstants), Arb.From(NearInstants), (a, b) =>
            !CompactInstant.TryPack(a, out long x) || !CompactInstant.TryPack(b, out long y) || x.CompareTo(y) == a.CompareTo(b));

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-1L)]
    [InlineData(86_400_000_000_000L - 1)]
    [InlineData(-86_400_000_000_000L)]
    [InlineData(-86_400_000_000_001L)]
    public void TryPack_NanosecondsAroundTheEpoch_AreExact(long nanoseconds)
    {
        Instant instant = NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanoseconds);

        Assert.True(CompactInstant.TryPack(instant, out long packed));
        Assert.Equal(nanoseconds, packed);
        Assert.Equal(instant, CompactInstant.Unpack(packed));
    }

    [Fact]
    public void TryPack_EdgesOfThePackableRange_FitAndTheDayBeyondDoesNot()
    {
        Instant first = NodaConstants.UnixEpoch - Duration.FromDays(CompactInstant.MaxDays);
        Instant last = NodaConstants.UnixEpoch + Duration.FromDays(CompactInstant.MaxDays + 1) - Duration.Epsilon;

        Assert.True(CompactInstant.TryPack(first, out long a));
        Assert.Equal(first, CompactInstant.Unpack(a));
        Assert.True(CompactInstant.TryPack(last, out long b));
        Assert.Equal(last, CompactInstant.Unpack(b));
        Assert.False(CompactInstant.TryPack(first - Duration.FromDays(1) - Duration.Epsilon, out _));
        Assert.False(CompactInstant.TryPack(last + Duration.FromDays(1), out _));
    }

    [Fact]
    public void TryPack_ExtremeInstants_DoNotFit()
    {
        Assert.False(CompactInstant.TryPack(Instant.MinValue, out _));
        Assert.False(CompactInstant.TryPack(Instant.MaxValue, out _));
        Assert.False(CompactInstant.TryPack(Instant.FromUtc(1600, 1, 1, 0, 0), out _));
        Assert.True(CompactInstant.TryPack(Instant.FromUtc(1700, 1, 1, 0, 0), out _));
        Assert.True(CompactInstant.TryPack(Instant.FromUtc(2230, 12, 31, 23, 59, 59) + Duration.FromNanoseconds(999_999_999), out _));
    }
}
