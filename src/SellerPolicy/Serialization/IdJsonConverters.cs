using System.Text.Json;
using System.Text.Json.Serialization;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;

namespace SellerPolicy.Serialization;

/// <summary>
/// Writes an id as its plain text (<c>"111-0000001-0000001"</c>, never <c>{"Value": …}</c>) and reads it back through the
/// id's validating constructor; also as a property name, so ids key dictionaries. The default id (empty text) is <c>""</c>.
/// </summary>
/// <typeparam name="T">The id type.</typeparam>
internal abstract class StringIdJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    /// <summary>Gets the id's name in messages, e.g. <c>order id</c>.</summary>
    protected abstract string Name { get; }

    /// <inheritdoc />
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"{Name} must be a JSON string, was {reader.TokenType}.");
        }

        return FromText(reader.GetString()!);
    }

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Text(value));

    /// <inheritdoc />
    public sealed override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => FromText(reader.GetString()!);

    /// <inheritdoc />
    public sealed override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WritePropertyName(Text(value));

    /// <summary>Creates the id from its (not blank) text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The id.</returns>
    protected abstract T Create(string text);

    /// <summary>Returns the id's text.</summary>
    /// <param name="value">The id.</param>
    /// <returns>Its text (empty for the default id).</returns>
    protected abstract string Text(T value);

    private T FromText(string text)
    {
        if (text.Length == 0)
        {
            return default;
        }

        try
        {
            return Create(text);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"'{text}' is not a valid {Name}: {e.Message}", e);
        }
    }
}

/// <summary>Reads and writes an <see cref="OrderId"/> as its text.</summary>
internal sealed class OrderIdJsonConverter : StringIdJsonConverter<OrderId>
{
    /// <inheritdoc />
    protected override string Name => "order id";

    /// <inheritdoc />
    protected override OrderId Create(string text) => new(text);

    /// <inheritdoc />
    protected override string Text(OrderId value) => value.Value;
}

/// <summary>Reads and writes a <see cref="ClaimId"/> as its text.</summary>
internal sealed class ClaimIdJsonConverter : StringIdJsonConverter<ClaimId>
{
    /// <inheritdoc />
    protected override string Name => "claim id";

    /// <inheritdoc />
    protected override ClaimId Create(string text) => new(text);

    /// <inheritdoc />
    protected override string Text(ClaimId value) => value.Value;
}

/// <summary>Reads and writes a <see cref="ChargebackId"/> as its text.</summary>
internal sealed class ChargebackIdJsonConverter : StringIdJsonConverter<ChargebackId>
{
    /// <inheritdoc />
    protected override string Name => "chargeback id";

    /// <inheritdoc />
    protected override ChargebackId Create(string text) => new(text);

    /// <inheritdoc />
    protected override string Text(ChargebackId value) => value.Value;
}

/// <summary>Reads and writes a <see cref="ReturnId"/> as its text.</summary>
internal sealed class ReturnIdJsonConverter : StringIdJsonConverter<ReturnId>
{
    /// <inheritdoc />
    protected override string Name => "return id";

    /// <inheritdoc />
    protected override ReturnId Create(string text) => new(text);

    /// <inheritdoc />
    protected override string Text(ReturnId value) => value.Value;
}

/// <summary>Reads and writes a <see cref="BuyerId"/> as its text.</summary>
internal sealed class BuyerIdJsonConverter : StringIdJsonConverter<BuyerId>
{
    /// <inheritdoc />
    protected override string Name => "buyer id";

    /// <inheritdoc />
    protected override BuyerId Create(string text) => new(text);

    /// <inheritdoc />
    protected override string Text(BuyerId value) => value.Value;
}

/// <summary>Reads and writes a <see cref="Sku"/> as its text.</summary>
internal sealed class SkuJsonConverter : StringIdJsonConverter<Sku>
{
    /// <inheritdoc />
    protected override string Name => "SKU";

    /// <inheritdoc />
    protected override Sku Create(string text) => new(text);

    /// <inheritdoc />
    protected override string Text(Sku value) => value.Value;
}

/// <summary>Reads and writes an <see cref="Asin"/> as its text.</summary>
internal sealed class AsinJsonConverter : StringIdJsonConverter<Asin>
{
    /// <inheritdoc />
    protected override string Name => "ASIN";

    /// <inheritdoc />
    protected override Asin Create(string text) => new(text);

    /// <inheritdoc />
    protected override string Text(Asin value) => value.Value;
}

/// <summary>Reads and writes a <see cref="MarketplaceId"/> as its text.</summary>
internal sealed class MarketplaceIdJsonConverter : StringIdJsonConverter<MarketplaceId>
{
    /// <inheritdoc />
    protected override string Name => "marketplace id";

    /// <inheritdoc />
    protected override MarketplaceId Create(string text) => new(text);

    /// <inheritdoc />
    protected override string Text(MarketplaceId value) => value.Value;
}

/// <summary>Reads and writes a <see cref="MetricId"/> as its text.</summary>
internal sealed class MetricIdJsonConverter : StringIdJsonConverter<MetricId>
{
    /// <inheritdoc />
    protected override string Name => "metric id";

    /// <inheritdoc />
    protected override MetricId Create(string text) => new(text);

    /// <inheritdoc />
    protected override string Text(MetricId value) => value.Value;
}
