using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>Amazon's own account-health figures (report type GET_V2_SELLER_PERFORMANCE_REPORT), one entry per marketplace.</summary>
/// <param name="Marketplaces">The marketplaces of <c>performanceMetrics</c>, in report order.</param>
public sealed record AmazonPerformanceReport(ImmutableArray<AmazonMarketplacePerformance> Marketplaces)
{
    /// <summary>
    /// The <see cref="MetricResult.PolicyVersion"/> of Amazon's figures as metric results: they come from Amazon's report,
    /// not from a policy of ours.
    /// </summary>
    public const string PolicyVersion = "amazon-report";

    /// <summary>Returns the figures of <paramref name="marketplaceId"/>, or null when the report has none.</summary>
    /// <param name="marketplaceId">The marketplace.</param>
    /// <returns>The figures, or null.</returns>
    public AmazonMarketplacePerformance? Find(MarketplaceId marketplaceId) => Marketplaces.FirstOrDefault(m => m.MarketplaceId == marketplaceId);

    /// <summary>The built-in policy's target for <paramref name="kind"/>, for a report metric without a usable target.</summary>
    /// <param name="kind">The metric.</param>
    /// <param name="day">The last day of the metric's window (picks the built-in version in effect).</param>
    /// <returns>The target.</returns>
    internal static MetricTarget BuiltInTarget(MetricKind kind, LocalDate day)
    {
        MarketplacePolicy policy = AmazonPolicies.Timeline.For(day);
        return kind switch
        {
            MetricKind.OrderDefectRateMfn or MetricKind.OrderDefectRateAfn => policy.OrderDefectRate.Target,
            MetricKind.PreFulfillmentCancellationRate => policy.PreFulfillmentCancellation.Target,
            MetricKind.LateShipmentRate => policy.LateShipment.Target,
            MetricKind.LateShipmentRate10Day => policy.LateShipment10Day.Target,
            MetricKind.ValidTrackingRate => policy.ValidTracking.Target,
            MetricKind.OnTimeDeliveryRate => policy.OnTimeDelivery.Target,
            _ => policy.ReturnDissatisfaction.Target,
        };
    }

    /// <summary>Checks report counts in order: each must be present and at most its bound; returns why not, or null when all hold.</summary>
    /// <param name="counts">Each count's JSON name, value, and the name and value of its bound (null for none).</param>
    /// <returns>The first reason the counts cannot make a metric result, or null.</returns>
    internal static string? WhyNoResult(params (string Name, int? Value, string? BoundName, int? Bound)[] counts)
    {
        string[] missing = [.. counts.Where(c => c.Value is null).Select(c => c.Name)];
        if (missing.Length > 0)
        {
            return $"{string.Join(", ", missing)} {(missing.Length == 1 ? "is" : "are")} missing";
        }

        foreach ((string name, int? value, string? boundName, int? bound) in counts)
        {
            if (bound is { } b && value > b)
            {
                return $"{name} ({value}) exceeds {boundName} ({b})";
            }
        }

        return null;
    }
}
