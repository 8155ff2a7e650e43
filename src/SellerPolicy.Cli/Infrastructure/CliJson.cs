using System.Text.Encodings.Web;
using System.Text.Json;

namespace SellerPolicy.Cli;

/// <summary>
/// The JSON of every command's <c>--format json</c> output: written by hand with a <see cref="Utf8JsonWriter"/> (the exact
/// contract shapes of docs/cli.md, no reflection, so the tool also compiles ahead of time), indented, non-ASCII text unescaped.
/// </summary>
internal static class CliJson
{
    /// <summary>Writes the JSON that <paramref name="build"/> writes, followed by a newline.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> build)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            build(writer);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Writes a number, or null when there is none.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a number, or null when there is none.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes an array of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
