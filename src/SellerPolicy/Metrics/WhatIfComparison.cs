using System.Text.Json.Serialization;
using System.Collections.Immutable;

namespace SellerPolicy.Metrics;

/// <summary>The account health before and after a set of hypothetical changes, as of the same day under the same policy.</summary>
/// <remarks>Equality compares every value, the changes element by element.</remarks>
public sealed record WhatIfComparison
{
    [JsonConstructor]
    internal WhatIfComparison(ImmutableArray<HypotheticalChange> changes, AccountHealthSnapshot before, AccountHealthSnapshot after,
        AccountHealthForecast beforeForecast, AccountHealthForecast afterForecast)
    {
        Changes = changes;
        Before = before;
        After = after;
        BeforeForecast = beforeForecast;
        AfterForecast = afterForecast;
    }

    /// <summary>Gets the changes applied.</summary>
    public ImmutableArray<HypotheticalChange> Changes { get; }

    /// <summary>Gets the snapshot of the ledger as it is.</summary>
    public AccountHealthSnapshot Before { get; }

    /// <summary>Gets the snapshot with the changes applied.</summary>
    public AccountHealthSnapshot After { get; }

    /// <summary>Gets the forecast of the ledger as it is.</summary>
    public AccountHealthForecast BeforeForecast { get; }

    /// <summary>Gets the forecast with the changes applied.</summary>
    public AccountHealthForecast AfterForecast { get; }

    /// <summary>Gets the Amazon metrics whose status differs between before and after, in catalog order (see <see cref="ChangedStatusIds"/>).</summary>
    [JsonIgnore]
    public ImmutableArray<MetricKind> ChangedStatus
        => [.. ChangedStatusIds.Select(id => MetricKindExtensions.TryFromMetricId(id, out MetricKind k) ? (MetricKind?)k : null).OfType<MetricKind>()];

    /// <summary>Gets the ids of the metrics whose status differs between before and after, in catalog order.</summary>
    public ImmutableArray<MetricId> ChangedStatusIds
        => [.. Before.Metrics.Zip(After.Metrics).Where(p => p.First.Status != p.Second.Status).Select(p => p.First.Id)];

    /// <inheritdoc />
    public bool Equals(WhatIfComparison? other)
        => other is not null && Changes.SequenceEqual(other.Changes) && Before == other.Before && After == other.After
           && BeforeForecast == other.BeforeForecast && AfterForecast == other.AfterForecast;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Changes.Length, Before, After);
}
