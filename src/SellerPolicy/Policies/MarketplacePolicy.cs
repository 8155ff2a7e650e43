using NodaTime;
using SellerPolicy.Internal;
using SellerPolicy.Marketplaces.Amazon;
using SellerPolicy.Metrics;
using SellerPolicy.Time;

namespace SellerPolicy.Policies;

/// <summary>
/// One version of a marketplace's rules: every window, lag, target, deadline and switch the calculators
/// read, with the date it took effect. Every result names the version that produced it (<see cref="Version"/>).
/// </summary>
/// <remarks>
/// A policy is plain data; derive a variant with a <c>with</c> expression and check it with
/// <see cref="PolicyValidator.Validate(MarketplacePolicy)"/> (a <see cref="PolicyTimeline"/> does so for
/// every version it holds). The built-in versions are in <see cref="AmazonPolicies"/>.
/// </remarks>
public sealed record MarketplacePolicy
{
    /// <summary>Gets the policy family's name, such as <c>amazon</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the first day this version is in effect.</summary>
    public required LocalDate EffectiveFrom { get; init; }

    /// <summary>Gets the version label <c>{Name}@{EffectiveFrom:yyyy-MM-dd}</c>, e.g. <c>amazon@2025-01-01</c>.</summary>
    public string Version => Name + "@" + Preconditions.Format(EffectiveFrom);

    /// <summary>Gets the calendar that buckets instants into reporting days (default UTC).</summary>
    public ReportingCalendar Reporting { get; init; } = ReportingCalendar.Utc;

    /// <summary>Gets the Order Defect Rate numbers.</summary>
    public OrderDefectRatePolicy OrderDefectRate { get; init; } = new();

    /// <summary>Gets the pre-fulfilment cancellation rate numbers (default 7 days, &lt; 2.5 %).</summary>
    public RollingMetricPolicy PreFulfillmentCancellation { get; init; } = new(7, MetricTarget.LessThan(0.025));

    /// <summary>Gets the 30-day late shipment rate numbers (default &lt; 4 %).</summary>
    public RollingMetricPolicy LateShipment { get; init; } = new(30, MetricTarget.LessThan(0.04));

    /// <summary>Gets the 10-day late shipment rate numbers (default &lt; 4 %).</summary>
    public RollingMetricPolicy LateShipment10Day { get; init; } = new(10, MetricTarget.LessThan(0.04));

    /// <summary>Gets the valid tracking rate numbers (default 30 days, &gt; 95 %).</summary>
    public RollingMetricPolicy ValidTracking { get; init; } = new(30, MetricTarget.GreaterThan(0.95));

    /// <summary>Gets the on-time delivery rate numbers (default 14 days, &gt; 90 %).</summary>
    public RollingMetricPolicy OnTimeDelivery { get; init; } = new(14, MetricTarget.GreaterThan(0.90));

    /// <summary>Gets the return dissatisfaction rate numbers.</summary>
    public ReturnDissatisfactionPolicy ReturnDissatisfaction { get; init; } = new();

    /// <summary>Gets the A-to-z Guarantee numbers.</summary>
    public ClaimPolicy Claims { get; init; } = new();

    /// <summary>Gets the returns and refunds numbers.</summary>
    public ReturnPolicy Returns { get; init; } = new();

    /// <summary>
    /// Gets the metrics of this version, in report order: what the engine, tracker, series, forecast and output run on.
    /// </summary>
    /// <remarks>
    /// When not set, Amazon's catalog built from this version's Amazon numbers (<see cref="OrderDefectRate"/>,
    /// <see cref="LateShipment"/>… and <see cref="Returns"/>' response time), so <c>policy with { OrderDefectRate = … }</c>
    /// changes the metrics too (<see cref="AmazonMetrics.CatalogFor"/>). Another marketplace's pack sets its own catalog;
    /// the Amazon numbers are then unused.
    /// </remarks>
    public MetricCatalog Metrics
    {
        get => _metrics ?? AmazonMetrics.CatalogFor(this);
        init => _metrics = value;
    }

    /// <summary>Gets whether <see cref="Metrics"/> was set (another marketplace's catalog) rather than built from the Amazon numbers.</summary>
    public bool HasOwnMetrics => _metrics is not null;

    private readonly MetricCatalog? _metrics;

    /// <summary>Returns the version label.</summary>
    public override string ToString() => Version;
}
