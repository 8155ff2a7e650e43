using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Internal;

namespace SellerPolicy.Tests.Internal;

public class PreconditionsTests
{
    [Property(MaxTest = 3000)]
    public Property Format_IsTheExtendedIsoPatternsText_ForEveryInstant()
    {
        long min = Instant.MinValue.ToUnixTimeTicks();
        long max = Instant.MaxValue.ToUnixTimeTicks();
        Gen<Instant> anywhere = Gen.Choose(0, int.MaxValue).Two().Select(p => Instant.FromUnixTimeTicks(min + (long)((((ulong)p.Item1 << 31) | (uint)p.Item2) % (ulong)(max - min))));
        Gen<Instant> nearNow = Gen.Choose(0, int.MaxValue).Select(s => Instant.FromUtc(2025, 1, 1, 0, 0).PlusTicks(s * 1000L));
        Gen<Instant> withNanos = Gen.Choose(0, 999_999_999).Select(n => Instant.FromUtc(2026, 3, 1, 9, 0).PlusNanoseconds(n));
        return Prop.ForAll(Arb.From(Gen.OneOf(anywhere, nearNow, withNanos)), i =>
            (Preconditions.Format(i) == InstantPattern.ExtendedIso.Format(i)).Label($"{Preconditions.Format(i)} vs {InstantPattern.ExtendedIso.Format(i)}"));
    }

    [Property(MaxTest = 2000)]
    public Property Format_IsTheIsoDatePatternsText_ForEveryDay()
        => Prop.ForAll(Arb.From(Gen.Choose(0, 7_304_000).Select(d => new LocalDate(-9998, 1, 1).PlusDays(d))), d =>
            (Preconditions.Format(d) == LocalDatePattern.Iso.Format(d)).Label($"{Preconditions.Format(d)} vs {LocalDatePattern.Iso.Format(d)}"));

    [Theory]
    [InlineData(2026, 3, 1, 9, 0, 0, 0, "2026-03-01T09:00:00Z")]
    [InlineData(2026, 3, 1, 9, 0, 0, 500_000_000, "2026-03-01T09:00:00.5Z")]
    [InlineData(2026, 3, 1, 23, 59, 59, 1, "2026-03-01T23:59:59.000000001Z")]
    [InlineData(1, 1, 1, 0, 0, 0, 120, "0001-01-01T00:00:00.00000012Z")]
    public void Format_KnownInstants(int y, int mo, int d, int h, int mi, int s, int nanos, string expected)
    {
        Instant instant = Instant.FromUtc(y, mo, d, h, mi, s).PlusNanoseconds(nanos);

        Assert.Equal(expected, Preconditions.Format(instant));
        Assert.Equal(expected, InstantPattern.ExtendedIso.Format(instant));
    }

    [Fact]
    public void Format_NegativeYears_AsThePattern()
    {
        Instant instant = Instant.FromUtc(-5, 6, 1, 12, 0);

        Assert.Equal(InstantPattern.ExtendedIso.Format(instant), Preconditions.Format(instant));
    }
}
