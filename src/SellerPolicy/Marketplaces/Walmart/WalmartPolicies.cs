using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Marketplaces.Walmart;

/// <summary>The built-in Walmart Marketplace policy: the performance standards of docs/policies.md ("Walmart").</summary>
public static class WalmartPolicies
{
    /// <summary>The family name of the Walmart policies (<c>--policy walmart</c>).</summary>
    public const string Name = "walmart";

    /// <summary>Gets the default standards.</summary>
    public static WalmartStandards Standards { get; } = new();

    /// <summary>Gets the current version (<c>walmart@2025-01-01</c>).</summary>
    public static MarketplacePolicy Current { get; } = PolicyFor(Standards);

    /// <summary>Gets the timeline: one version.</summary>
    public static PolicyTimeline Timeline { get; } = PolicyTimeline.Of(Current);

    /// <summary>Returns the policy version of <paramref name="standards"/>, in effect from its <see cref="WalmartStandards.EffectiveFrom"/>.</summary>
    /// <param name="standards">The standards.</param>
    /// <returns>The version with the five Walmart metrics.</returns>
    /// <exception cref="ArgumentException">The standards are not valid (<see cref="WalmartStandards.Validate"/>).</exception>
    public static MarketplacePolicy PolicyFor(WalmartStandards standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        if (standards.Validate() is { IsEmpty: false } errors)
        {
            throw new ArgumentException($"the Walmart standards are not valid: {string.Join(" ", errors)}", nameof(standards));
        }

        return new MarketplacePolicy
        {
            Name = Name,
            EffectiveFrom = standards.EffectiveFrom,
            Metrics = new MetricCatalog(
            [
                new WalmartCancellationRateMetric(standards),
                new WalmartOnTimeDeliveryRateMetric(standards),
                new WalmartValidTrackingRateMetric(standards),
                new WalmartRefundRateMetric(standards),
                new WalmartNegativeFeedbackRateMetric(standards),
            ]),
        };
    }
}
