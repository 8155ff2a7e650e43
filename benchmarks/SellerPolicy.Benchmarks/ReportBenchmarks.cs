using BenchmarkDotNet.Attributes;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Reports;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// What <c>sellerpolicy report</c> costs beyond <c>sellerpolicy health</c> on the same loaded ledger (both read the file
/// first, the same way): health is the engine's index and one snapshot; the report adds the 90-day series, the forecast,
/// the explained hurting orders, the deadlines, eight SVG charts and the HTML. Target: under 2 s more at 1M orders.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private SellerLedger _ledger = null!;
    private LocalDate _asOf;

    /// <summary>Gets or sets the number of orders.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.Orders))]
    public int Orders { get; set; }

    /// <summary>Loads the ledger once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ledger = LedgerCache.Load(Orders);
        _asOf = AmazonPolicies.Timeline.Latest.Reporting.DayOf(_ledger.LatestInstant()!.Value);
    }

    /// <summary>What <c>health</c> computes after loading: the index and the snapshot as of the last day.</summary>
    [Benchmark(Baseline = true)]
    public int Health() => AccountHealth.Snapshot(_ledger, _asOf, AmazonPolicies.Timeline.For(_asOf)).Metrics.Length;

    /// <summary>What <c>report</c> computes after loading: the whole report, rendered to HTML.</summary>
    [Benchmark]
    public int Report() => HtmlReport.Render(AccountHealthReport.Build(_ledger, AmazonPolicies.Timeline, _asOf)).Length;
}
