using System.Text;
using System.Text.Json;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>Writes a JSON value the way <see cref="LedgerWriteStyle.Spaced"/> says: spaces after separators, object fields sorted.</summary>
internal static class SpacedJson
{
    public static void Write(JsonElement value, Stream output)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                output.WriteByte((byte)'{');
                bool first = true;
                foreach (JsonProperty property in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        output.Write(", "u8);
                    }

                    first = false;
                    output.Write(Encoding.UTF8.GetBytes(JsonSerializerText(property.Name)));
                    output.Write(": "u8);
                    Write(property.Value, output);
                }

                output.WriteByte((byte)'}');
                break;
            case JsonValueKind.Array:
                output.WriteByte((byte)'[');
                bool firstItem = true;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    if (!firstItem)
                    {
                        output.Write(", "u8);
                    }

                    firstItem = false;
                    Write(item, output);
                }

                output.WriteByte((byte)']');
                break;
            default:
                output.Write(Encoding.UTF8.GetBytes(value.GetRawText()));
                break;
        }
    }

    /// <summary>A property name as a JSON string (the names of the format need no escapes, but any name is written right).</summary>
    private static string JsonSerializerText(string name)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(name);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
