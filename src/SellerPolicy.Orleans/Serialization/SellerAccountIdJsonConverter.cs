using System.Text.Json;
using System.Text.Json.Serialization;

namespace SellerPolicy.Orleans.Serialization;

/// <summary>
/// Writes a <see cref="SellerAccountId"/> as its grain key, the string <c>"{marketplaceId}/{sellerId}"</c> (never
/// <c>{"SellerId": …, "MarketplaceId": …}</c>), and reads it back through <see cref="SellerAccountId.FromGrainKey"/>; also as
/// a property name, so accounts key dictionaries. The default account (no parts) is <c>""</c>, like the default ids of the
/// core library.
/// </summary>
internal sealed class SellerAccountIdJsonConverter : JsonConverter<SellerAccountId>
{
    /// <inheritdoc />
    public override SellerAccountId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String
            ? FromText(reader.GetString()!)
            : throw new JsonException($"a seller account must be a JSON string '{{marketplaceId}}/{{sellerId}}', was {reader.TokenType}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SellerAccountId value, JsonSerializerOptions options) => writer.WriteStringValue(Text(value));

    /// <inheritdoc />
    public override SellerAccountId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => FromText(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, SellerAccountId value, JsonSerializerOptions options)
        => writer.WritePropertyName(Text(value));

    private static string Text(SellerAccountId value) => value == default ? string.Empty : value.ToGrainKey();

    private static SellerAccountId FromText(string text)
    {
        if (text.Length == 0)
        {
            return default;
        }

        try
        {
            return SellerAccountId.FromGrainKey(text);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"'{text}' is not a seller account: {e.Message}", e);
        }
    }
}
