using System.Collections.Immutable;
using SellerPolicy.Metrics;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>
/// eBay's seller levels (Top Rated, Above Standard, Below Standard) decided from a snapshot of the eBay pack's metrics: the
/// counts of both periods are read from the metrics' components, and <see cref="EbaySellerLevelRules"/> decides.
/// </summary>
/// <remarks>
/// The standards are those of the snapshot's own transaction defect rate metric (so a policy version's numbers decide its
/// levels); <see cref="Standards"/> is used when the catalog has none of its own.
/// </remarks>
public sealed class EbaySellerLevels : SellerLevels
{
    /// <summary>Creates the levels.</summary>
    /// <param name="standards">The standards to fall back on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standards"/> is null.</exception>
    public EbaySellerLevels(EbaySellerStandards standards) => Standards = standards ?? throw new ArgumentNullException(nameof(standards));

    /// <summary>Gets the standards used when a snapshot's catalog carries none.</summary>
    public EbaySellerStandards Standards { get; }

    /// <inheritdoc />
    public override ImmutableArray<string> Names { get; } = ["Top Rated", "Above Standard", "Below Standard"];

    /// <summary>Returns the name of <paramref name="level"/> as eBay writes it, e.g. <c>Top Rated</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The name.</returns>
    public static string NameOf(EbaySellerLevel level) => level switch
    {
        EbaySellerLevel.TopRated => "Top Rated",
        EbaySellerLevel.AboveStandard => "Above Standard",
        _ => "Below Standard",
    };

    /// <inheritdoc />
    public override SellerLevel Evaluate(AccountHealthSnapshot snapshot)
    {
        EbayLevelEvaluation evaluation = EvaluateInDetail(snapshot);
        return new SellerLevel(NameOf(evaluation.Level), evaluation.EvaluatedOn, [.. evaluation.Checks.Select(c => c.ToString())]);
    }

    /// <summary>Evaluates the level from <paramref name="snapshot"/> with every check and the period's figures.</summary>
    /// <param name="snapshot">A snapshot whose catalog holds the eBay metrics (<see cref="EbayMetricIds"/>).</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentException">The snapshot lacks an eBay metric.</exception>
    public EbayLevelEvaluation EvaluateInDetail(AccountHealthSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        MetricResult tdr = Find(snapshot, EbayMetricIds.TransactionDefectRate);
        MetricResult late = Find(snapshot, EbayMetricIds.LateShipmentRate);
        EbaySellerStandards standards = snapshot.Catalog.TryGet(EbayMetricIds.TransactionDefectRate, out Metric? metric) && metric is EbayPeriodMetric own
            ? own.Standards
            : Standards;

        EbayPeriodFigures Figures(string suffix) => new(
            Count(tdr, "transactions" + suffix), Count(tdr, "defectiveTransactions" + suffix), Count(tdr, "defectBuyers" + suffix),
            Count(tdr, "cases" + suffix), Count(late, "lateShipments" + suffix));

        return EbaySellerLevelRules.Evaluate(snapshot.AsOf, Figures("3Months"), Figures("12Months"), standards);
    }

    private static MetricResult Find(AccountHealthSnapshot snapshot, MetricId id)
        => snapshot.Catalog.Contains(id)
            ? snapshot[id]
            : throw new ArgumentException($"the snapshot's metrics ({snapshot.Catalog}) lack '{id}': evaluate eBay levels on the eBay pack's policy.", nameof(snapshot));

    private static int Count(MetricResult result, string name)
    {
        foreach (MetricComponent component in result.Components)
        {
            if (component.Name == name)
            {
                return component.Count;
            }
        }

        throw new ArgumentException($"metric '{result.Id}' has no count '{name}'.", nameof(result));
    }
}
