using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SellerPolicy.Ledger;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger;

public sealed class MoneyTests
{
    [Property(MaxTest = 200)]
    public Property EqualityLaws_HoldAndIgnoreTheDecimalScale()
        => EqualityLaws.Hold(DomainArbitraries.Amounts, m => new Money(decimal.Round(m.Amount, 2) * 1.000m, m.Currency));

    [Fact]
    public void Equals_SameAmountDifferentScale_IsEqualWithEqualHashCodes()
    {
        var a = new Money(1.0m, "EUR");
        var b = new Money(1.00m, "EUR");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(new Money(1m, "EUR"), new Money(1m, "USD"));
    }

    [Fact]
    public void Add_EurAndUsd_ThrowsCurrencyMismatchNamingBoth()
    {
        var eur = new Money(5m, "EUR");
        var usd = new Money(3m, "USD");

        CurrencyMismatchException ex = Assert.Throws<CurrencyMismatchException>(() => eur + usd);

        Assert.Equal("EUR", ex.Expected);
        Assert.Equal("USD", ex.Actual);
        Assert.Equal("Cannot add USD to or with EUR: amounts must be in one currency.", ex.Message);
        Assert.Throws<CurrencyMismatchException>(() => eur - usd);
        Assert.Throws<CurrencyMismatchException>(() => eur.CompareTo(usd));
        Assert.Throws<CurrencyMismatchException>(() => eur.Max(usd));
    }

    [Fact]
    public void Arithmetic_SameCurrency_KeepsTheCurrency()
    {
        var a = new Money(5.50m, "USD");

        Assert.Equal(new Money(8.50m, "USD"), a + new Money(3m, "USD"));
        Assert.Equal(new Money(2.50m, "USD"), a.Minus(new Money(3m, "USD")));
        Assert.Equal(new Money(11m, "USD"), a * 2);
        Assert.Equal(new Money(-5.5m, "USD"), -a);
        Assert.Equal(a, a.Max(Money.Zero("USD")));
        Assert.Equal("5.50 USD", a.ToString());
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    [InlineData(" ")]
    public void Constructor_BadCurrency_ThrowsNamingCurrency(string currency)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new Money(1m, currency));

        Assert.Equal("currency", ex.ParamName);
        Assert.Contains("currency", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1093.785", "EUR", "1093.79")] // the "net 1093.785 EUR"
    [InlineData("-0.005", "EUR", "-0.01")]
    [InlineData("6.2", "EUR", "6.2")]
    [InlineData("1234.5", "JPY", "1235")]
    [InlineData("1.2345", "KWD", "1.235")]
    [InlineData("0.00005", "CLF", "0.0001")]
    public void RoundedToMinorUnit_RoundsHalfAwayFromZero_ToTheCurrencysDecimals(string amount, string currency, string expected)
    {
        Money rounded = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency).RoundedToMinorUnit();

        Assert.Equal($"{expected} {currency}", rounded.ToString());
    }

    [Property(MaxTest = 200)]
    public Property RoundedToMinorUnit_IsWithinHalfAMinorUnit_AndHasNoMoreDecimals()
        => Prop.ForAll(Arb.From(DomainArbitraries.Amounts), Arb.From(Gen.Elements("EUR", "USD", "JPY", "KWD")), (money, currency) =>
        {
            var m = new Money(money.Amount * 1.0007m, currency);
            Money r = m.RoundedToMinorUnit();
            int digits = Money.MinorUnitDigits(currency);
            decimal half = 0.5m / (decimal)Math.Pow(10, digits);
            return r.Currency == currency && r.Amount.Scale <= Math.Max(digits, 0) && Math.Abs(r.Amount - m.Amount) <= half
                   && r.RoundedToMinorUnit() == r;
        });
}
