using System.Collections.Immutable;
using SellerPolicy.Metrics;

namespace SellerPolicy.Marketplaces;

/// <summary>
/// A marketplace's seller levels (eBay: Top Rated, Above Standard, Below Standard), decided from a snapshot's metric results
/// and counts. Amazon has none.
/// </summary>
/// <remarks>
/// The official level as of day D is the level evaluated on the pack's last evaluation day on or before D
/// (<see cref="EvaluationCalendar.LastEvaluationOnOrBefore"/>); the projected level is the level evaluated as of D itself.
/// <see cref="MarketplacePack.OfficialLevel"/> and <see cref="MarketplacePack.ProjectedLevel"/> apply that rule.
/// </remarks>
public abstract class SellerLevels
{
    /// <summary>Gets the level names, best first.</summary>
    public abstract ImmutableArray<string> Names { get; }

    /// <summary>Evaluates the level from one snapshot.</summary>
    /// <param name="snapshot">The snapshot (its metrics are the pack's catalog).</param>
    /// <returns>The level, with its reasons.</returns>
    public abstract SellerLevel Evaluate(AccountHealthSnapshot snapshot);
}
