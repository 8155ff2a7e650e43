using System.Globalization;

namespace SellerPolicy.Ledger;

/// <summary>An amount of money in one ISO 4217 currency, kept as <see cref="decimal"/>.</summary>
/// <remarks>
/// <para>Adding or subtracting two amounts in different currencies throws
/// <see cref="CurrencyMismatchException"/>: there is no silent conversion.</para>
/// <para>Equality compares amount and currency; <c>1.0 EUR</c> equals <c>1.00 EUR</c>.
/// The default value is zero with an empty currency and is only useful as a placeholder.</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    private readonly string? _currency;

    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The amount; may be negative (a deduction).</param>
    /// <param name="currency">Three upper-case ASCII letters, an ISO 4217 code such as <c>EUR</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case letters.</exception>
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        _currency = CheckCurrency(currency);
    }

    private Money(string? currency, decimal amount)
    {
        Amount = amount;
        _currency = currency;
    }

    /// <summary>Gets the amount.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the ISO 4217 currency code.</summary>
    public string Currency => _currency ?? string.Empty;

    /// <summary>Returns <paramref name="amount"/> in this amount's currency (unchecked: the currency was checked already).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The new amount.</returns>
    internal Money WithAmount(decimal amount) => new(_currency, amount);

    /// <summary>Returns zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">An ISO 4217 code.</param>
    /// <returns>A zero amount.</returns>
    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>Returns the sum; throws <see cref="CurrencyMismatchException"/> when the currencies differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static Money operator +(Money left, Money right)
    {
        CheckSameCurrency(left, right, "add");
        return new Money(left.Amount + right.Amount, left.Currency);
    }

    /// <summary>Returns the difference; throws <see cref="CurrencyMismatchException"/> when the currencies differ.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    public static Money operator -(Money left, Money right)
    {
        CheckSameCurrency(left, right, "subtract");
        return new Money(left.Amount - right.Amount, left.Currency);
    }

    /// <summary>Returns the amount multiplied by a factor, in the same currency.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor (a quantity or a percentage as a fraction).</param>
    public static Money operator *(Money money, decimal factor) => new(money.Amount * factor, money.Currency);

    /// <summary>Returns the negated amount.</summary>
    /// <param name="money">The amount.</param>
    public static Money operator -(Money money) => new(-money.Amount, money.Currency);

    /// <summary>Compares two amounts for equality of amount and currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality of amount or currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Returns the sum.</summary>
    /// <param name="other">The amount to add, in the same currency.</param>
    /// <returns>A new amount.</returns>
    public Money Plus(Money other) => this + other;

    /// <summary>Returns the difference.</summary>
    /// <param name="other">The amount to subtract, in the same currency.</param>
    /// <returns>A new amount.</returns>
    public Money Minus(Money other) => this - other;

    /// <summary>Returns the amount multiplied by <paramref name="factor"/>.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>A new amount in the same currency.</returns>
    public Money Times(decimal factor) => this * factor;

    /// <summary>
    /// Returns the amount rounded to its currency's minor unit (<see cref="MinorUnitDigits"/>: cents for EUR and USD, whole yen
    /// for JPY, fils for KWD), half away from zero: what a total is shown and paid as. An amount already that exact is returned
    /// unchanged (<c>6.2 EUR</c> stays <c>6.2 EUR</c>).
    /// </summary>
    /// <returns>The rounded amount, in the same currency.</returns>
    public Money RoundedToMinorUnit() => new(_currency, Math.Round(Amount, MinorUnitDigits(Currency), MidpointRounding.AwayFromZero));

    /// <summary>
    /// Returns how many decimals the minor unit of <paramref name="currency"/> has, per ISO 4217: 0 for JPY, KRW, CLP, ISK,
    /// VND and the other currencies without a minor unit; 3 for BHD, IQD, JOD, KWD, LYD, OMR and TND; 4 for CLF and UYW; 2 for
    /// every other code.
    /// </summary>
    /// <param name="currency">An ISO 4217 code such as <c>EUR</c>.</param>
    /// <returns>The number of decimals, 0 to 4.</returns>
    public static int MinorUnitDigits(string currency) => currency switch
    {
        "BIF" or "CLP" or "DJF" or "GNF" or "ISK" or "JPY" or "KMF" or "KRW" or "PYG" or "RWF" or "UGX" or "UYI" or "VND" or "VUV"
            or "XAF" or "XOF" or "XPF" => 0,
        "BHD" or "IQD" or "JOD" or "KWD" or "LYD" or "OMR" or "TND" => 3,
        "CLF" or "UYW" => 4,
        _ => 2,
    };

    /// <summary>Returns the larger of two amounts in the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>The larger amount.</returns>
    public Money Max(Money other) => CompareTo(other) >= 0 ? this : other;

    /// <summary>Returns the smaller of two amounts in the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>The smaller amount.</returns>
    public Money Min(Money other) => CompareTo(other) <= 0 ? this : other;

    /// <summary>Compares amounts in the same currency; throws <see cref="CurrencyMismatchException"/> otherwise.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Negative, zero or positive, as for <see cref="decimal.CompareTo(decimal)"/>.</returns>
    public int CompareTo(Money other)
    {
        CheckSameCurrency(this, other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc />
    public bool Equals(Money other) => Amount == other.Amount && string.Equals(Currency, other.Currency, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>Formats as <c>19.99 USD</c> (invariant culture).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");

    /// <summary>Finds the rule of the constructor that the values break, without throwing (the constructor's own check).</summary>
    /// <param name="amount">The amount (any).</param>
    /// <param name="currency">The currency code.</param>
    /// <returns>The violation (field <c>currency</c>: not three upper-case letters), or null when the values make an amount.</returns>
    public static RuleViolation? FindViolation(decimal amount, string? currency)
        => RuleViolation.Text(currency, "currency")
            ?? (currency!.Length != 3 || !char.IsAsciiLetterUpper(currency[0]) || !char.IsAsciiLetterUpper(currency[1]) || !char.IsAsciiLetterUpper(currency[2])
                ? RuleViolation.About("currency", $"must be an ISO 4217 code of three upper-case letters, was '{currency}'")
                : null);

    private static string CheckCurrency(string currency) => FindViolation(0m, currency) is { } violation ? throw violation.Throw() : currency;

    private static void CheckSameCurrency(Money left, Money right, string operation)
    {
        if (!string.Equals(left.Currency, right.Currency, StringComparison.Ordinal))
        {
            throw new CurrencyMismatchException(operation, left.Currency, right.Currency);
        }
    }
}
