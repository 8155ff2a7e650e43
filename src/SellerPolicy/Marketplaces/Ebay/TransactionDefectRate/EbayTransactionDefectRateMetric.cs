using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>
/// eBay's transaction defect rate: transactions of the evaluation period with a seller cancellation for being unable to ship
/// or a case closed without seller resolution, each transaction once; the count alternative is the number of distinct
/// buyers with a defective transaction (Above Standard: ≤ 2 % or ≤ 4 buyers (default); Top Rated ≤ 0.5 % or ≤ 3 buyers).
/// </summary>
/// <remarks>Components per period: <c>defectiveTransactions</c>, <c>sellerCancellations</c>, <c>cases</c>, <c>defectBuyers</c>.</remarks>
public sealed class EbayTransactionDefectRateMetric : EbayPeriodMetric
{
    /// <summary>Creates the metric; its target is the minimum standard (Above Standard).</summary>
    /// <param name="standards">The seller standards.</param>
    public EbayTransactionDefectRateMetric(EbaySellerStandards standards)
        : base(EbayMetricIds.TransactionDefectRate, "Transaction defect rate", standards,
            MetricTarget.AtMost(standards?.AboveStandard.MaxTransactionDefectRate ?? 0), standards?.AboveStandard.MaxDefectBuyers ?? 0,
            "defectBuyers", "defectiveTransactions", "sellerCancellations", "cases", "defectBuyers")
    {
    }

    /// <inheritdoc />
    protected override void ContributeDefects(in OrderEvidence order, ContributionSink sink, int purchasedDay)
    {
        int cancelledFrom = EbayTransactionRules.CancellationDefectFrom(order, sink, Standards);
        List<(int Start, int End)> cases = EbayTransactionRules.CaseDays(order, sink, Standards, sink.Scratch(1));
        if (cancelledFrom == ContributionSink.Never && cases.Count == 0)
        {
            return;
        }

        EmitBoth(sink, 2, purchasedDay, cancelledFrom, ContributionSink.Never);
        List<(int Start, int End)> all = sink.Scratch(0);
        all.AddRange(cases);
        EmitUnionBoth(sink, 3, purchasedDay, cases);
        if (cancelledFrom != ContributionSink.Never)
        {
            all.Add((cancelledFrom, ContributionSink.Never));
        }

        EmitUnionBoth(sink, 1, purchasedDay, all);
        EmitPerBuyerBoth(sink, 4, purchasedDay, all);
    }
}
