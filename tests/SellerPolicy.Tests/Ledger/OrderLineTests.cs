using FsCheck;
using FsCheck.Xunit;
using SellerPolicy.Ledger;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger;

public sealed class OrderLineTests
{
    [Property(MaxTest = 200)]
    public Property EqualityLaws_Hold()
        => EqualityLaws.Hold(DomainArbitraries.Lines, l => new OrderLine(new Sku(l.Sku.Value), l.Quantity, l.UnitPrice, l.Asin, l.Category));

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Constructor_QuantityNotPositive_ThrowsNamingQuantity(int quantity)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => new OrderLine(new Sku("MUG-01"), quantity, new Money(1m, "USD")));

        Assert.Equal("quantity", ex.ParamName);
        Assert.StartsWith($"quantity must be positive, was {quantity}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DefaultSkuOrBlankCategory_ThrowsNamingTheField()
    {
        Assert.Equal("sku", Assert.Throws<ArgumentException>(() => new OrderLine(default, 1, new Money(1m, "USD"))).ParamName);
        Assert.Equal("category", Assert.Throws<ArgumentException>(() => new OrderLine(new Sku("A"), 1, new Money(1m, "USD"), category: " ")).ParamName);
    }

    [Fact]
    public void LineTotal_IsUnitPriceTimesQuantity()
        => Assert.Equal(new Money(29.97m, "USD"), new OrderLine(new Sku("MUG-01"), 3, new Money(9.99m, "USD")).LineTotal);

    [Fact]
    public void Constructor_NegativeUnitPrice_IsRefused_NamingTheValueOnce()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => new OrderLine(new Sku("MUG-01"), 1, new Money(-9.99m, "USD")));

        Assert.Equal("unitPrice", ex.ParamName);
        Assert.Equal("unitPrice must not be negative, was -9.99 USD. (Parameter 'unitPrice')", ex.Message);
    }

    [Fact]
    public void Constructor_ZeroUnitPrice_IsAccepted()
        => Assert.Equal(0m, new OrderLine(new Sku("FREE-01"), 1, new Money(0m, "USD")).UnitPrice.Amount);
}
