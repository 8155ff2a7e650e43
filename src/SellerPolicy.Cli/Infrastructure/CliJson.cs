using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace SellerPolicy.Cli;

/// <summary>The JSON settings of every command's <c>--format json</c> output: camelCase, indented, NodaTime types as ISO text.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Writes <paramref name="value"/> as indented JSON followed by a newline.</summary>
    public static void Write<T>(TextWriter output, T value)
    {
        output.WriteLine(JsonSerializer.Serialize(value, Options));
    }

    /// <summary>Writes JSON built by hand with a <see cref="Utf8JsonWriter"/> (for exact contract shapes).</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> build)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            build(writer);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }
}
