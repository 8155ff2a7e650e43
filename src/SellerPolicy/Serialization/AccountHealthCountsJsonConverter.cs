using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using SellerPolicy.Marketplaces;
using SellerPolicy.Marketplaces.Amazon;
using SellerPolicy.Metrics;

namespace SellerPolicy.Serialization;

/// <summary>
/// Reads and writes <see cref="AccountHealthCounts"/> as <c>{"metrics": ["orderDefectRate.mfn", …], "values": [12, 0, …]}</c>:
/// the ids of the catalog's metrics and the counts in column order. Reading finds the catalog again by those ids among the
/// catalogs given to the constructor and every built-in policy version (Amazon, eBay, Walmart).
/// </summary>
/// <remarks>
/// A catalog of your own (a custom <see cref="Metric"/>) is not built in: pass it to the constructor, for example through
/// <see cref="SellerPolicyJsonContext.WithCatalogs"/>; reading counts of an unknown catalog fails with a
/// <see cref="JsonException"/> that names the metrics.
/// </remarks>
public sealed class AccountHealthCountsJsonConverter : JsonConverter<AccountHealthCounts>
{
    private static readonly Lazy<ImmutableArray<MetricCatalog>> BuiltIn = new(() =>
    [
        .. MarketplacePacks.Names
            .SelectMany(name => MarketplacePacks.TryGetTimeline(name, out var timeline) ? timeline.Versions.Select(v => v.Metrics) : [])
            .Append(AmazonMetrics.DefaultCatalog)
            .Distinct(),
    ]);

    private readonly ImmutableArray<MetricCatalog> _catalogs;

    /// <summary>Creates the converter for the built-in catalogs.</summary>
    public AccountHealthCountsJsonConverter()
        : this([])
    {
    }

    /// <summary>Creates the converter for <paramref name="catalogs"/> and the built-in ones.</summary>
    /// <param name="catalogs">The catalogs of your own policies, searched first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogs"/> is null.</exception>
    public AccountHealthCountsJsonConverter(IEnumerable<MetricCatalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        _catalogs = [.. catalogs];
    }

    /// <inheritdoc />
    public override AccountHealthCounts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject, "counts must be a JSON object {\"metrics\", \"values\"}");
        List<string>? ids = null;
        List<int>? values = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "metrics":
                    ids = ReadArray(ref reader, static (ref Utf8JsonReader r) => r.TokenType == JsonTokenType.String ? r.GetString()! : throw new JsonException("counts.metrics must hold metric ids (strings)."));
                    break;
                case "values":
                    values = ReadArray(ref reader, static (ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Number && r.TryGetInt32(out int v) && v >= 0 ? v : throw new JsonException("counts.values must hold counts (whole numbers, not negative)."));
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (ids is null || values is null)
        {
            throw new JsonException("counts must have both \"metrics\" and \"values\".");
        }

        MetricCatalog catalog = Find(ids, values.Count);
        return new AccountHealthCounts(catalog, [.. values]);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AccountHealthCounts value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("metrics");
        foreach (Metric metric in value.Catalog)
        {
            writer.WriteStringValue(metric.Id.Value);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("values");
        foreach (int count in value.Values)
        {
            writer.WriteNumberValue(count);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private MetricCatalog Find(List<string> ids, int columns)
    {
        foreach (MetricCatalog catalog in _catalogs.Concat(BuiltIn.Value))
        {
            if (catalog.Count == ids.Count && catalog.CountedColumns == columns && catalog.Metrics.Select(m => m.Id.Value).SequenceEqual(ids, StringComparer.Ordinal))
            {
                return catalog;
            }
        }

        throw new JsonException(
            $"counts name the metrics [{string.Join(", ", ids)}] with {columns} values, which match no built-in policy version's catalog; "
            + "pass your catalog to SellerPolicyJsonContext.WithCatalogs (or new AccountHealthCountsJsonConverter(catalogs)).");
    }

    private delegate T ReadItem<T>(ref Utf8JsonReader reader);

    private static List<T> ReadArray<T>(ref Utf8JsonReader reader, ReadItem<T> item)
    {
        Expect(ref reader, JsonTokenType.StartArray, "counts.metrics and counts.values must be JSON arrays");
        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(item(ref reader));
        }

        return list;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string message)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"{message}, was {reader.TokenType}.");
        }
    }
}
