using System.Text.Json.Serialization;
using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Amazon;
using SellerPolicy.Policies;

namespace SellerPolicy.Metrics;

/// <summary>
/// Every metric of a policy version's catalog as of the end of one day: what the seller would have seen in the account
/// health dashboard that day.
/// </summary>
/// <remarks>
/// <para>Only what was known by the end of <see cref="AsOf"/> (instants before the start of the next reporting day) is
/// used. See docs/metrics.md for each metric's window, attribution and target.</para>
/// <para>Read a metric by id (<c>snapshot[id]</c>) or walk <see cref="Metrics"/> in catalog order. The typed properties
/// (<see cref="OrderDefectRate"/>, <see cref="LateShipmentRate"/>…) are views of Amazon's metrics, kept for compatibility;
/// they throw <see cref="KeyNotFoundException"/> on a snapshot of another marketplace's catalog.</para>
/// <para><see cref="OverallStatus"/> is BAD when any metric is BAD, GOOD when none is BAD and at least one is GOOD, and
/// NONE when every metric is NONE. Equality compares every figure.</para>
/// </remarks>
public sealed record AccountHealthSnapshot
{
    [JsonConstructor]
    internal AccountHealthSnapshot(LocalDate asOf, string policyVersion, ImmutableArray<MetricResult> metrics, AccountHealthCounts counts)
    {
        AsOf = asOf;
        PolicyVersion = policyVersion;
        Metrics = metrics;
        Counts = counts;
    }

    /// <summary>Gets the as-of day.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the version of the policy that produced every figure.</summary>
    public string PolicyVersion { get; }

    /// <summary>Gets every metric, in catalog order.</summary>
    public ImmutableArray<MetricResult> Metrics { get; }

    /// <summary>Gets the raw counts behind the figures (the row a daily series holds for this day).</summary>
    public AccountHealthCounts Counts { get; }

    /// <summary>Gets the catalog of the metrics.</summary>
    [JsonIgnore]
    public MetricCatalog Catalog => Counts.Catalog;

    /// <summary>Gets the result of the metric <paramref name="id"/>.</summary>
    /// <param name="id">The metric's id.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="KeyNotFoundException">The snapshot has no such metric.</exception>
    public MetricResult this[MetricId id] => Metrics[Catalog.IndexOf(id)];

    /// <summary>Gets the Order Defect Rate, MFN and AFN separately (Amazon).</summary>
    [JsonIgnore]
    public OrderDefectRates OrderDefectRate
        => new((OrderDefectRateResult)this[AmazonMetricIds.OrderDefectRateMfn], (OrderDefectRateResult)this[AmazonMetricIds.OrderDefectRateAfn]);

    /// <summary>Gets the pre-fulfilment cancellation rate (Amazon).</summary>
    [JsonIgnore]
    public PreFulfillmentCancellationRateResult PreFulfillmentCancellationRate => (PreFulfillmentCancellationRateResult)this[AmazonMetricIds.PreFulfillmentCancellationRate];

    /// <summary>Gets the late shipment rate over the 30-day window (Amazon).</summary>
    [JsonIgnore]
    public LateShipmentRateResult LateShipmentRate => (LateShipmentRateResult)this[AmazonMetricIds.LateShipmentRate];

    /// <summary>Gets the late shipment rate over the 10-day window (Amazon).</summary>
    [JsonIgnore]
    public LateShipmentRateResult LateShipmentRate10Day => (LateShipmentRateResult)this[AmazonMetricIds.LateShipmentRate10Day];

    /// <summary>Gets the valid tracking rate (Amazon).</summary>
    [JsonIgnore]
    public ValidTrackingRateResult ValidTrackingRate => (ValidTrackingRateResult)this[AmazonMetricIds.ValidTrackingRate];

    /// <summary>Gets the on-time delivery rate (Amazon).</summary>
    [JsonIgnore]
    public OnTimeDeliveryRateResult OnTimeDeliveryRate => (OnTimeDeliveryRateResult)this[AmazonMetricIds.OnTimeDeliveryRate];

    /// <summary>Gets the return dissatisfaction rate (Amazon).</summary>
    [JsonIgnore]
    public ReturnDissatisfactionRateResult ReturnDissatisfactionRate => (ReturnDissatisfactionRateResult)this[AmazonMetricIds.ReturnDissatisfactionRate];

    /// <summary>Gets BAD when any metric is BAD, GOOD when none is BAD and one is GOOD, NONE when all are NONE.</summary>
    public MetricStatus OverallStatus
        => Metrics.Any(m => m.Status == MetricStatus.Bad) ? MetricStatus.Bad
            : Metrics.Any(m => m.Status == MetricStatus.Good) ? MetricStatus.Good
            : MetricStatus.None;

    /// <summary>Gets the ids of the metrics whose status is BAD, in catalog order.</summary>
    public ImmutableArray<MetricId> FailingMetricIds => [.. Metrics.Where(m => m.Status == MetricStatus.Bad).Select(m => m.Id)];

    /// <summary>Gets the Amazon metrics whose status is BAD, in catalog order (metrics of other marketplaces are left out; see <see cref="FailingMetricIds"/>).</summary>
    [JsonIgnore]
    public ImmutableArray<MetricKind> FailingMetrics
        => [.. FailingMetricIds.Select(id => MetricKindExtensions.TryFromMetricId(id, out MetricKind k) ? (MetricKind?)k : null).OfType<MetricKind>()];

    /// <summary>Gets the report names of the failing metrics, such as <c>orderDefectRate.mfn</c>.</summary>
    [JsonIgnore]
    public ImmutableArray<string> FailingMetricNames => [.. FailingMetricIds.Select(id => id.Value)];

    /// <summary>Returns the result of one Amazon metric.</summary>
    /// <param name="kind">The metric.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The snapshot has no such metric.</exception>
    public MetricResult Get(MetricKind kind) => this[kind.ToMetricId()];

    /// <inheritdoc />
    public bool Equals(AccountHealthSnapshot? other)
        => other is not null && AsOf == other.AsOf && PolicyVersion == other.PolicyVersion && Metrics.SequenceEqual(other.Metrics) && Counts == other.Counts;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AsOf, PolicyVersion, Counts);

    /// <summary>Returns a one-line summary: as-of day, overall status and failing metrics.</summary>
    public override string ToString()
        => $"Account health as of {AsOf:uuuu-MM-dd} ({PolicyVersion}): {OverallStatus.ToString().ToUpperInvariant()}"
           + (FailingMetricIds.IsEmpty ? string.Empty : " failing " + string.Join(", ", FailingMetricNames));

    /// <summary>Builds a snapshot: each metric of the counts' catalog judges its counts.</summary>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="policyVersion">The policy version label.</param>
    /// <param name="counts">The counts (their catalog is the snapshot's).</param>
    /// <param name="ids">The hurt orders of a metric by its catalog index (sorted, distinct), or empty when not known.</param>
    /// <returns>The snapshot.</returns>
    internal static AccountHealthSnapshot Create(LocalDate asOf, string policyVersion, AccountHealthCounts counts, Func<int, ImmutableArray<OrderId>> ids)
    {
        MetricCatalog catalog = counts.Catalog;
        var results = new MetricResult[catalog.Count];
        for (int m = 0; m < results.Length; m++)
        {
            Metric metric = catalog[m];
            results[m] = metric.Judge(counts.OfIndex(m), metric.WindowOf(asOf), ids(m), policyVersion);
        }

        return new AccountHealthSnapshot(asOf, policyVersion, ImmutableArray.Create(results), counts);
    }
}
