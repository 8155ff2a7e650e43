using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>
/// eBay's cases closed without seller resolution: transactions of the evaluation period with a case eBay closed for the
/// buyer (default outcome <see cref="Ledger.ClaimOutcome.GrantedSellerFunded"/>), until a reversal on appeal; ≤ 0.3 % or ≤ 2 cases.
/// </summary>
public sealed class EbayCasesClosedWithoutSellerResolutionMetric : EbayPeriodMetric
{
    /// <summary>Creates the metric; its target is the minimum standard (Above Standard).</summary>
    /// <param name="standards">The seller standards.</param>
    public EbayCasesClosedWithoutSellerResolutionMetric(EbaySellerStandards standards)
        : base(EbayMetricIds.CasesClosedWithoutSellerResolution, "Cases closed without seller resolution", standards,
            MetricTarget.AtMost(standards?.AboveStandard.MaxCaseRate ?? 0), standards?.AboveStandard.MaxCases ?? 0, "cases", "cases")
    {
    }

    /// <inheritdoc />
    protected override void ContributeDefects(in OrderEvidence order, ContributionSink sink, int purchasedDay)
        => EmitUnionBoth(sink, 1, purchasedDay, EbayTransactionRules.CaseDays(order, sink, Standards, sink.Scratch(0)));
}
