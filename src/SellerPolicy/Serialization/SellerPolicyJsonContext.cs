using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using SellerPolicy.Claims;
using SellerPolicy.Marketplaces.Ebay;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Serialization;

/// <summary>
/// System.Text.Json metadata, generated at compile time (no reflection: trimmed and native-AOT apps can use it), for the
/// library's results: snapshots, metric results, forecasts, what-if comparisons, a series' daily counts and claim
/// eligibility. Writes and reads them back equal (<c>JsonSerializer.Deserialize(json, SellerPolicyJsonContext.Default.AccountHealthSnapshot)</c>).
/// </summary>
/// <remarks>
/// <para>The JSON: property names in camel case; ids as their text (<c>"111-0000001-0000001"</c>); days as
/// <c>"2026-03-01"</c> and instants as <c>"2026-03-01T14:05:00Z"</c>; enums by name (<c>"Bad"</c>); a metric result carries
/// its type as <c>"kind"</c> (<c>"orderDefectRate"</c>, <c>"lateShipmentRate"</c>… <c>"metric"</c> for a generic one) and a
/// what-if change as <c>"change"</c>. Figures that follow from others (rate, status) are written for the reader and ignored
/// when read.</para>
/// <para>This is the library's data contract. The CLI's Amazon-shaped report (GET_V2_SELLER_PERFORMANCE_REPORT) is written
/// by <c>SellerPolicy.Reporting.HealthReportJson</c>, not by this context.</para>
/// <para>Counts find their catalog by its metric ids among the built-in policy versions; for a catalog of your own use
/// <see cref="WithCatalogs"/>. A series (<see cref="AccountHealthSeries"/>, also a forecast's
/// <see cref="AccountHealthForecast.Outlook"/>) names its policy versions, found again among the built-in ones; for a policy of
/// your own use <see cref="WithPolicies"/>.</para>
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    Converters = [typeof(LocalDateJsonConverter), typeof(InstantJsonConverter)])]
[JsonSerializable(typeof(AccountHealthSnapshot))]
[JsonSerializable(typeof(ImmutableArray<AccountHealthSnapshot>))]
[JsonSerializable(typeof(MetricResult))]
[JsonSerializable(typeof(AccountHealthCounts))]
[JsonSerializable(typeof(ImmutableArray<AccountHealthCounts>))]
[JsonSerializable(typeof(AccountHealthSeries))]
[JsonSerializable(typeof(AccountHealthForecast))]
[JsonSerializable(typeof(MetricForecast))]
[JsonSerializable(typeof(WhatIfComparison))]
[JsonSerializable(typeof(HypotheticalChange))]
[JsonSerializable(typeof(ClaimEligibility))]
[JsonSerializable(typeof(ImmutableArray<ClaimEligibility>))]
[JsonSerializable(typeof(EbayRateResult))]
public sealed partial class SellerPolicyJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Returns a context whose counts (and so snapshots) also find <paramref name="catalogs"/> when read: the catalogs of your
    /// own policies, searched before the built-in ones.
    /// </summary>
    /// <param name="catalogs">Your policies' catalogs (<see cref="Policies.MarketplacePolicy.Metrics"/>).</param>
    /// <returns>A new context with the same settings as <see cref="Default"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogs"/> is null.</exception>
    public static SellerPolicyJsonContext WithCatalogs(IEnumerable<MetricCatalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        var options = new JsonSerializerOptions(Default.Options) { TypeInfoResolver = null };
        options.Converters.Insert(0, new AccountHealthCountsJsonConverter(catalogs));
        return new SellerPolicyJsonContext(options);
    }

    /// <summary>
    /// Returns a context that also finds <paramref name="policies"/> when reading: their catalogs for counts and snapshots (as
    /// <see cref="WithCatalogs"/>), their versions for a series or a forecast's outlook; searched before the built-in ones.
    /// </summary>
    /// <param name="policies">Your policy versions (for a timeline: <see cref="PolicyTimeline.Versions"/>).</param>
    /// <returns>A new context with the same settings as <see cref="Default"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    public static SellerPolicyJsonContext WithPolicies(IEnumerable<MarketplacePolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ImmutableArray<MarketplacePolicy> versions = [.. policies];
        var options = new JsonSerializerOptions(Default.Options) { TypeInfoResolver = null };
        options.Converters.Insert(0, new AccountHealthCountsJsonConverter(versions.Select(p => p.Metrics).Distinct()));
        options.Converters.Insert(0, new AccountHealthSeriesJsonConverter(versions));
        return new SellerPolicyJsonContext(options);
    }
}
