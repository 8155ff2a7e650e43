using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Internal;

namespace SellerPolicy.Serialization;

/// <summary>
/// Reads and writes a <see cref="LocalDate"/> as ISO-8601 text, <c>"2026-03-01"</c> (<see cref="LocalDatePattern.Iso"/>),
/// instead of System.Text.Json's default object of calendar fields.
/// </summary>
/// <remarks><see cref="SellerPolicyJsonContext"/> uses it; add it to your own <see cref="JsonSerializerOptions.Converters"/> for your types.</remarks>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"a date must be a JSON string YYYY-MM-DD, was {reader.TokenType}.");
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"a date must be YYYY-MM-DD (ISO-8601), was '{text}'.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => writer.WriteStringValue(Preconditions.Format(value));
}

/// <summary>
/// Reads and writes an <see cref="Instant"/> as ISO-8601 text in UTC, <c>"2026-03-01T14:05:00Z"</c> (fractions of a second only
/// when there are any, <see cref="InstantPattern.ExtendedIso"/>), instead of System.Text.Json's default empty object.
/// </summary>
/// <remarks><see cref="SellerPolicyJsonContext"/> uses it; add it to your own <see cref="JsonSerializerOptions.Converters"/> for your types.</remarks>
public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    /// <inheritdoc />
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"an instant must be a JSON string such as 2026-03-01T14:05:00Z, was {reader.TokenType}.");
        ParseResult<Instant> result = InstantPattern.ExtendedIso.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"an instant must be ISO-8601 in UTC such as 2026-03-01T14:05:00Z, was '{text}'.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) => writer.WriteStringValue(Preconditions.Format(value));
}
