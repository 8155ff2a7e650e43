using SellerPolicy.Returns;

namespace SellerPolicy.Tests.Returns;

public sealed class PriceRangeTests
{
    [Fact]
    public void Constructor_MinimumAboveMaximum_IsRefused_NamingBothEnds()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new PriceRange(20m, 10m));

        Assert.Equal("priceRange", ex.ParamName);
        Assert.Equal("priceRange.min (20) must not be above priceRange.max (10). (Parameter 'priceRange')", ex.Message);
    }

    [Fact]
    public void Constructor_NegativeMinimum_IsRefused_NamingTheValueOnce()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PriceRange(-1.5m, 10m));

        Assert.Equal("priceRange.min must not be negative, was -1.5. (Parameter 'min')", ex.Message);
    }

    [Fact]
    public void A_rule_cannot_hold_a_reversed_range_any_more()
        => Assert.Throws<ArgumentException>(() => new ReturnlessRule("r", new PriceRange(20m, 10m), NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)));

    [Fact]
    public void A_range_of_one_price_contains_it_and_deconstructs_to_its_ends()
    {
        var range = new PriceRange(10m, 10m);
        (decimal min, decimal max) = range;

        Assert.True(range.Contains(10m));
        Assert.False(range.Contains(10.01m));
        Assert.Equal((10m, 10m), (min, max));
    }
}
