using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.HighPerformance;
using SellerPolicy.Ledger;

namespace SellerPolicy.Tests.Ledger.Storage;

/// <summary>Instants the ledger packs into NodaTime's <see cref="Instant64"/> come back exactly, and the others are refused.</summary>
public sealed class Instant64sTests
{
    private static readonly Instant Min = Instant64.MinValue.ToInstant();
    private static readonly Instant Max = Instant64.MaxValue.ToInstant();

    [Property(MaxTest = 300)]
    public Property An_instant_packs_exactly_when_it_is_within_the_range_of_Instant64()
        => Prop.ForAll(Gen.Choose(-120_000, 120_000).SelectMany(days => Gen.Choose(0, 86_399).Select(s => (days, s))).ToArbitrary(), t =>
        {
            Instant instant = NodaConstants.UnixEpoch + Duration.FromDays(t.days) + Duration.FromSeconds(t.s) + Duration.FromNanoseconds(t.s * 7L);
            bool fits = Instant64s.TryPack(instant, out Instant64 packed);
            return fits == (instant >= Min && instant <= Max) && (!fits || packed.ToInstant() == instant);
        });

    [Fact]
    public void The_ends_of_the_range_pack_and_one_nanosecond_beyond_does_not()
    {
        Assert.True(Instant64s.TryPack(Min, out Instant64 first));
        Assert.True(Instant64s.TryPack(Max, out Instant64 last));
        Assert.Equal(Instant64.MinValue, first);
        Assert.Equal(Instant64.MaxValue, last);
        Assert.False(Instant64s.TryPack(Min - Duration.Epsilon, out _));
        Assert.False(Instant64s.TryPack(Max + Duration.Epsilon, out _));
        Assert.False(Instant64s.TryPack(Instant.MinValue, out _));
    }

    [Fact]
    public void An_order_whose_later_instant_leaves_the_range_is_kept_exactly()
    {
        // The purchase fits; the delivery a day later does not: the ledger keeps the order's instants aside, unchanged.
        Instant purchased = Max - Duration.FromHours(1);
        var order = new Order(
            new OrderId("111-0000001-0000001"), FulfillmentChannel.Mfn, purchased, [new OrderLine(new Sku("MUG-01"), 1, new Money(9.99m, "USD"))],
            deliveredAt: purchased + Duration.FromDays(1));

        SellerLedger ledger = SellerLedger.CreateBuilder().Add(order).ToImmutable();

        Assert.Equal(order, ledger.Orders[0]);
        Assert.Equal(purchased + Duration.FromDays(1), ledger.Orders[0].DeliveredAt);
    }
}
