using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using SellerPolicy.Internal;
using SellerPolicy.Marketplaces;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Serialization;

/// <summary>
/// Reads and writes an <see cref="AccountHealthSeries"/> (a series, or a forecast's <see cref="AccountHealthForecast.Outlook"/>)
/// as <c>{"from": "2026-03-02", "to": "2026-03-31", "policyVersions": ["amazon@2025-01-01"], "counts": [{…}, …]}</c>: its days,
/// the versions of its <see cref="AccountHealthSeries.Timeline"/> and one <see cref="AccountHealthCounts"/> per day. A policy is
/// code, not data, so reading finds each version again by its name (<see cref="MarketplacePolicy.Version"/>) among the policies
/// given to the constructor and every built-in version (Amazon, eBay, Walmart).
/// </summary>
/// <remarks>
/// A series of a policy of your own: read with <see cref="SellerPolicyJsonContext.WithPolicies"/> (or this converter made
/// with your policies); reading a version that is neither given nor built in fails with a <see cref="JsonException"/> that names
/// it. A series read back has the same days, versions and counts; its <see cref="AccountHealthSeries.SnapshotOn"/> has no order
/// ids (no ledger came with it), like a merged series'.
/// </remarks>
public sealed class AccountHealthSeriesJsonConverter : JsonConverter<AccountHealthSeries>
{
    private static readonly Lazy<ImmutableArray<MarketplacePolicy>> BuiltIn = new(() =>
        [.. MarketplacePacks.All.SelectMany(p => p.Timeline.Versions).Distinct()]);

    private static readonly LocalDateJsonConverter Dates = new();
    private static readonly AccountHealthCountsJsonConverter DefaultCounts = new();

    private readonly ImmutableArray<MarketplacePolicy> _policies;

    /// <summary>Creates the converter for the built-in policy versions.</summary>
    public AccountHealthSeriesJsonConverter()
        : this([])
    {
    }

    /// <summary>Creates the converter for <paramref name="policies"/> and the built-in versions.</summary>
    /// <param name="policies">The versions of your own policies, searched first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    public AccountHealthSeriesJsonConverter(IEnumerable<MarketplacePolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        _policies = [.. policies];
    }

    /// <inheritdoc />
    public override AccountHealthSeries Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"a series must be a JSON object {{\"from\", \"to\", \"policyVersions\", \"counts\"}}, was {reader.TokenType}.");
        }

        AccountHealthCountsJsonConverter countsConverter = CountsConverter(options);
        LocalDate? from = null, to = null;
        List<string>? versions = null;
        List<AccountHealthCounts>? counts = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "from":
                    from = Dates.Read(ref reader, typeof(LocalDate), options);
                    break;
                case "to":
                    to = Dates.Read(ref reader, typeof(LocalDate), options);
                    break;
                case "policyVersions":
                    versions = [];
                    ExpectArray(ref reader, "series.policyVersions");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        versions.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("series.policyVersions must hold version names (strings)."));
                    }

                    break;
                case "counts":
                    counts = [];
                    ExpectArray(ref reader, "series.counts");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        counts.Add(countsConverter.Read(ref reader, typeof(AccountHealthCounts), options));
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (from is not { } first || to is not { } last || versions is null || counts is null)
        {
            throw new JsonException("a series needs \"from\", \"to\", \"policyVersions\" and \"counts\".");
        }

        if (last < first)
        {
            throw new JsonException($"a series' \"to\" must not be before its \"from\", were {Preconditions.Format(first)} and {Preconditions.Format(last)}.");
        }

        var days = new DayWindow(first, last);
        if (counts.Count != days.Days)
        {
            throw new JsonException($"a series from {Preconditions.Format(first)} to {Preconditions.Format(last)} needs {days.Days} counts (one a day), had {counts.Count}.");
        }

        if (versions.Count == 0)
        {
            throw new JsonException("a series needs at least one policy version.");
        }

        PolicyTimeline timeline;
        try
        {
            timeline = new PolicyTimeline(versions.Select(Find));
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"the series' policy versions [{string.Join(", ", versions)}] make no timeline: {e.Message}", e);
        }

        return new AccountHealthSeries(days, timeline, [.. counts], null);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AccountHealthSeries value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        AccountHealthCountsJsonConverter countsConverter = CountsConverter(options);
        writer.WriteStartObject();
        writer.WriteString("from", Preconditions.Format(value.Days.From));
        writer.WriteString("to", Preconditions.Format(value.Days.To));
        writer.WriteStartArray("policyVersions");
        foreach (MarketplacePolicy version in value.Timeline.Versions)
        {
            writer.WriteStringValue(version.Version);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("counts");
        foreach (AccountHealthCounts counts in value.Counts)
        {
            countsConverter.Write(writer, counts, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // The counts converter of the options (WithCatalogs adds one with your catalogs), else the one of AccountHealthCounts' attribute.
    private static AccountHealthCountsJsonConverter CountsConverter(JsonSerializerOptions options)
        => options.Converters.OfType<AccountHealthCountsJsonConverter>().FirstOrDefault() ?? DefaultCounts;

    private MarketplacePolicy Find(string version)
        => _policies.FirstOrDefault(p => p.Version == version)
           ?? BuiltIn.Value.FirstOrDefault(p => p.Version == version)
           ?? throw new JsonException(
               $"the series is under policy version '{version}', which is no built-in version; pass your policy to SellerPolicyJsonContext.WithPolicies (or new AccountHealthSeriesJsonConverter(policies)).");

    private static void ExpectArray(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"{what} must be a JSON array, was {reader.TokenType}.");
        }
    }
}
