using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using SellerPolicy.Ledger;

namespace SellerPolicy.Cli;

/// <summary>
/// The JSON of every command's <c>--format json</c> output: written by hand with a <see cref="Utf8JsonWriter"/> (the exact
/// contract shapes of docs/cli.md, no reflection, so the tool also compiles ahead of time), indented, non-ASCII text unescaped.
/// </summary>
internal static class CliJson
{
    private static readonly JsonWriterOptions Options = SellerPolicy.Reporting.HealthReportJson.WriterOptions;

    // The data-quality notes of the ledger a command read, by the command's output: every JSON object written there gets a
    // "notes" member (only when there are notes, so the JSON of other ledgers is unchanged byte for byte).
    private static readonly ConditionalWeakTable<TextWriter, LedgerNote[]> NotesByOutput = [];

    /// <summary>Makes every JSON object later written to <paramref name="output"/> carry <paramref name="notes"/> (none: nothing).</summary>
    public static void AttachNotes(TextWriter output, ImmutableArray<LedgerNote> notes)
    {
        if (!notes.IsDefaultOrEmpty)
        {
            NotesByOutput.AddOrUpdate(output, [.. notes]);
        }
    }

    /// <summary>Writes the JSON that <paramref name="build"/> writes, followed by a newline.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> build)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            build(writer);
        }

        if (NotesByOutput.TryGetValue(output, out LedgerNote[]? notes) && JsonNode.Parse(buffer.ToArray()) is JsonObject root)
        {
            var list = new JsonArray();
            foreach (LedgerNote note in notes)
            {
                var examples = new JsonArray();
                foreach (OrderId id in note.Examples)
                {
                    examples.Add((JsonNode)JsonValue.Create(id.Value));
                }

                list.Add((JsonNode)new JsonObject
                {
                    ["kind"] = JsonNamingPolicy.CamelCase.ConvertName(note.Kind.ToString()),
                    ["orders"] = note.Orders,
                    ["examples"] = examples,
                    ["message"] = note.Message,
                });
            }

            root["notes"] = list;
            buffer.SetLength(0);
            using var writer = new Utf8JsonWriter(buffer, Options);
            root.WriteTo(writer);
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
