using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>The built-in eBay policy: the seller standards of docs/policies.md ("eBay") as one policy version.</summary>
public static class EbayPolicies
{
    /// <summary>The family name of the eBay policies (<c>--policy ebay</c>).</summary>
    public const string Name = "ebay";

    /// <summary>Gets the default seller standards (domain-rules.md section 6; numbers not in the notes marked (default)).</summary>
    public static EbaySellerStandards Standards { get; } = new();

    /// <summary>Gets the current version (<c>ebay@2025-01-01</c>, the date (default)) with the eBay metrics.</summary>
    public static MarketplacePolicy Current { get; } = PolicyFor(Standards, new LocalDate(2025, 1, 1));

    /// <summary>Gets the timeline: one version.</summary>
    public static PolicyTimeline Timeline { get; } = PolicyTimeline.Of(Current);

    /// <summary>
    /// Returns a policy version with <paramref name="standards"/>' metrics: transaction defect rate, cases closed without
    /// seller resolution and late shipment rate.
    /// </summary>
    /// <param name="standards">The standards.</param>
    /// <param name="effectiveFrom">The first day the version is in effect.</param>
    /// <returns>The policy version.</returns>
    /// <exception cref="ArgumentException">The standards are not valid (<see cref="EbaySellerStandards.Validate"/>).</exception>
    public static MarketplacePolicy PolicyFor(EbaySellerStandards standards, LocalDate effectiveFrom)
    {
        ArgumentNullException.ThrowIfNull(standards);
        if (standards.Validate() is { IsEmpty: false } errors)
        {
            throw new ArgumentException($"the eBay standards are not valid: {string.Join(" ", errors)}", nameof(standards));
        }

        return new MarketplacePolicy
        {
            Name = Name,
            EffectiveFrom = effectiveFrom,
            Metrics = new MetricCatalog(
            [
                new EbayTransactionDefectRateMetric(standards),
                new EbayCasesClosedWithoutSellerResolutionMetric(standards),
                new EbayLateShipmentRateMetric(standards),
            ]),
        };
    }
}
