using System.Text.Json;

namespace SellerPolicy.Ingestion.Returnless;

/// <summary>
/// The line of every value of a JSON document, by JSON path (<c>$.rules[0].priceRange.min</c>), so that problems
/// found later on a <see cref="JsonDocument"/> can name their line.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    /// <summary>Walks the document once; the bytes must be valid JSON (parse them with <see cref="JsonDocument"/> first).</summary>
    public static JsonLineMap Build(ReadOnlySpan<byte> json, JsonReaderOptions options)
    {
        var map = new JsonLineMap();
        var newlines = new List<long>();
        for (int i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }

        int LineOf(long offset)
        {
            int index = newlines.BinarySearch(offset);
            return (index < 0 ? ~index : index) + 1;
        }

        var frames = new List<(bool IsArray, int Index, string? Property)>();
        string PathHere()
        {
            var path = new System.Text.StringBuilder("$");
            foreach ((bool isArray, int index, string? property) in frames)
            {
                path.Append(isArray ? $"[{index}]" : "." + property);
            }

            return path.ToString();
        }

        void ElementDone()
        {
            if (frames.Count > 0 && frames[^1].IsArray)
            {
                frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
            }
        }

        var reader = new Utf8JsonReader(json, options);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    frames[^1] = frames[^1] with { Property = reader.GetString() };
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    map._lines.TryAdd(PathHere(), LineOf(reader.TokenStartIndex));
                    frames.Add((reader.TokenType == JsonTokenType.StartArray, 0, null));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    ElementDone();
                    break;
                case JsonTokenType.Comment:
                    break;
                default:
                    map._lines.TryAdd(PathHere(), LineOf(reader.TokenStartIndex));
                    ElementDone();
                    break;
            }
        }

        return map;
    }

    /// <summary>Returns the line of <paramref name="path"/>, or of its nearest ancestor present in the file (1 at worst).</summary>
    public int LineOf(string path)
    {
        string current = path;
        while (true)
        {
            if (_lines.TryGetValue(current, out int line))
            {
                return line;
            }

            int cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            if (cut <= 0)
            {
                return 1;
            }

            current = current[..cut];
        }
    }
}
