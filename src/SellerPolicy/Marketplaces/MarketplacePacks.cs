using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using SellerPolicy.Marketplaces.Ebay;
using SellerPolicy.Marketplaces.Walmart;
using SellerPolicy.Policies;

namespace SellerPolicy.Marketplaces;

/// <summary>
/// The one registry of marketplace packs, used by the library, the policy-file reader (<c>"base"</c>) and the CLI
/// (<c>--policy amazon|ebay|walmart</c>, <c>sellerpolicy policies</c>).
/// </summary>
/// <remarks>
/// A pack is registered by adding it to <see cref="All"/> below (and a property for it). Besides the pack names,
/// <see cref="TryGetTimeline"/> accepts the single-version aliases of a pack (<c>amazon-legacy</c>, <c>amazon-current</c>).
/// </remarks>
public static class MarketplacePacks
{
    /// <summary>Gets Amazon's pack: the account health dashboard's metrics, evaluated every day, no seller levels.</summary>
    public static MarketplacePack Amazon { get; } = new(AmazonPolicies.Name, "Amazon", AmazonPolicies.Timeline, EvaluationCalendar.EveryDay);

    /// <summary>
    /// Gets eBay's pack: the seller standards (transaction defect rate, cases closed without seller resolution, late shipment
    /// rate), evaluated on the 20th of each month, with Top Rated / Above Standard / Below Standard levels.
    /// </summary>
    public static MarketplacePack Ebay { get; } = new(
        EbayPolicies.Name, "eBay", EbayPolicies.Timeline, EvaluationCalendar.MonthlyOn(EbayPolicies.Standards.EvaluationDayOfMonth),
        new EbaySellerLevels(EbayPolicies.Standards));

    /// <summary>Gets Walmart Marketplace's pack: the five performance standards, evaluated every day, no seller levels.</summary>
    public static MarketplacePack Walmart { get; } = new(WalmartPolicies.Name, "Walmart", WalmartPolicies.Timeline, EvaluationCalendar.EveryDay);

    /// <summary>Gets every registered pack, Amazon first.</summary>
    /// <remarks>Register a further pack here and add a property for it above.</remarks>
    public static ImmutableArray<MarketplacePack> All { get; } = [Amazon, Ebay, Walmart];

    /// <summary>Gets the names <see cref="TryGetTimeline"/> accepts: every pack's name and its version aliases.</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Select(p => p.Name), .. AmazonPolicies.Names.Where(n => n != AmazonPolicies.Name)];

    /// <summary>Returns the pack named <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">The pack's name.</param>
    /// <param name="pack">The pack, when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(string? name, [NotNullWhen(true)] out MarketplacePack? pack)
    {
        pack = All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return pack is not null;
    }

    /// <summary>
    /// Returns the timeline named <paramref name="name"/>: a pack's whole timeline, or one version by alias
    /// (<c>amazon-legacy</c>, <c>amazon-current</c>).
    /// </summary>
    /// <param name="name">The name (case-insensitive).</param>
    /// <param name="timeline">The timeline, when found.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryGetTimeline(string? name, [NotNullWhen(true)] out PolicyTimeline? timeline)
    {
        if (TryGet(name, out MarketplacePack? pack))
        {
            timeline = pack.Timeline;
            return true;
        }

        return AmazonPolicies.TryGet(name!, out timeline) && timeline is not null;
    }

    /// <summary>Returns the pack whose policies are named <paramref name="policyName"/> (a <see cref="MarketplacePolicy.Name"/>).</summary>
    /// <param name="policyName">The policy family name.</param>
    /// <returns>The pack, or null for a family no pack registers.</returns>
    public static MarketplacePack? ForPolicy(string policyName) => All.FirstOrDefault(p => p.Name == policyName);
}
