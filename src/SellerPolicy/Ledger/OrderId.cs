namespace SellerPolicy.Ledger;

/// <summary>An Amazon order id, such as <c>111-0000001-0000001</c>.</summary>
/// <remarks>
/// Equality and ordering are ordinal on the text. The default value has an empty <see cref="Value"/>;
/// the constructor rejects blank text, so only <c>default</c> can be empty.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(SellerPolicy.Serialization.OrderIdJsonConverter))]
public readonly record struct OrderId : IComparable<OrderId>
{
    private readonly string? _value;

    /// <summary>Creates the id from its text.</summary>
    /// <param name="value">The id as the marketplace writes it.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or white space.</exception>
    public OrderId(string value) => _value = FindViolation(value) is { } violation ? throw violation.Throw() : value;

    /// <summary>Finds what is wrong with <paramref name="value"/> as the id's text (the constructor's rule), without throwing.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The violation (field <c>orderId</c>: null, empty or white space), or null when the text makes an id.</returns>
    public static RuleViolation? FindViolation(string? value) => RuleViolation.Text(value, "orderId");

    /// <summary>Gets the id's text (empty only for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public int CompareTo(OrderId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the id's text.</summary>
    public override string ToString() => Value;
}
