using SellerPolicy.Marketplaces;
using SellerPolicy.Reporting;

namespace SellerPolicy.Cli;

/// <summary>What a health snapshot's output adds beyond the snapshot: notes per metric, and the pack's seller levels.</summary>
/// <param name="Notes">The notes on each metric's figures (import assumptions), or null.</param>
/// <param name="Standing">The official and PROJECTED seller level, for a pack that has levels (eBay); else null.</param>
internal sealed record HealthExtras(MetricNotes? Notes, SellerStanding? Standing)
{
    /// <summary>The report's extras: these, and where the ledger came from.</summary>
    public HealthReportExtras ForReport(LoadedLedger? input) => new()
    {
        Notes = Notes?.ByMetric,
        Standing = Standing,
        Input = input is null ? null : new HealthReportInput(input.Source, input.RecordsRead, input.RecordsLeftOut, input.ProblemCount),
    };
}
