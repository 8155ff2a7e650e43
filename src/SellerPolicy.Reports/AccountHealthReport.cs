using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Deadlines;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Returns;
using SellerPolicy.Time;

namespace SellerPolicy.Reports;

/// <summary>
/// Everything a seller's account-health report shows, computed once: the snapshot as of a day, each metric's daily figures
/// over a range with its forecast, the orders behind each BAD metric with why and until when, the open deadlines soonest
/// first, and returnless-refund simulations when rules are given. <see cref="HtmlReport"/> renders it.
/// </summary>
/// <remarks>Every metric of the policy's catalog is covered, in catalog order (Amazon's, eBay's, Walmart's… alike).</remarks>
public sealed class AccountHealthReport
{
    private AccountHealthReport(
        string seller, string marketplace, MarketplacePolicy policy, DayWindow range, int orderCount, AccountHealthSnapshot snapshot,
        AccountHealthForecast forecast, ImmutableArray<MetricChartData> charts, ImmutableDictionary<MetricId, ImmutableArray<HurtingOrder>> hurting,
        OpenObligations deadlines, ReturnlessSimulation? returnless)
    {
        Seller = seller;
        Marketplace = marketplace;
        Policy = policy;
        Range = range;
        OrderCount = orderCount;
        Snapshot = snapshot;
        Forecast = forecast;
        Charts = charts;
        Hurting = hurting;
        Deadlines = deadlines;
        Returnless = returnless;
    }

    /// <summary>Gets the seller's name, as given in <see cref="ReportOptions.Seller"/>.</summary>
    public string Seller { get; }

    /// <summary>Gets the marketplace pack's name in the seller's words (e.g. <c>Amazon</c>), or the policy family's name.</summary>
    public string Marketplace { get; }

    /// <summary>Gets the policy version every figure is judged under (the one in effect on the as-of day).</summary>
    public MarketplacePolicy Policy { get; }

    /// <summary>Gets the as-of day.</summary>
    public LocalDate AsOf => Snapshot.AsOf;

    /// <summary>Gets the days the charts cover, ending on the as-of day.</summary>
    public DayWindow Range { get; }

    /// <summary>Gets the number of orders in the ledger.</summary>
    public int OrderCount { get; }

    /// <summary>Gets the snapshot as of the as-of day, with the orders that hurt each metric.</summary>
    public AccountHealthSnapshot Snapshot { get; }

    /// <summary>Gets the forecast as of the as-of day.</summary>
    public AccountHealthForecast Forecast { get; }

    /// <summary>Gets each metric's chart data, in catalog order.</summary>
    public ImmutableArray<MetricChartData> Charts { get; }

    /// <summary>Gets, for each BAD metric, its explained hurting orders (at most <see cref="ReportOptions.OrdersPerMetric"/>).</summary>
    public ImmutableDictionary<MetricId, ImmutableArray<HurtingOrder>> Hurting { get; }

    /// <summary>Gets the seller's open obligations at the end of the as-of day (or the ledger's latest event on it), soonest due first.</summary>
    public OpenObligations Deadlines { get; }

    /// <summary>Gets the returnless-refund simulation, or null when no rules were given.</summary>
    public ReturnlessSimulation? Returnless { get; }

    /// <summary>Builds the report of <paramref name="ledger"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="ledger">The seller's ledger.</param>
    /// <param name="timeline">The policy versions; the one in effect on <paramref name="asOf"/> judges every day.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="options">What else to cover; null for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> or <paramref name="timeline"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="ReportOptions.From"/> is after <paramref name="asOf"/>, or the orders per metric are negative.</exception>
    public static AccountHealthReport Build(SellerLedger ledger, PolicyTimeline timeline, LocalDate asOf, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(timeline);
        options ??= ReportOptions.Default;
        if (options.OrdersPerMetric < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"OrdersPerMetric must not be negative, was {options.OrdersPerMetric}.");
        }
        LocalDate from = options.From ?? asOf.PlusDays(-89);
        if (from > asOf)
        {
            throw new ArgumentException($"the range must start on or before the as-of day {asOf:uuuu-MM-dd}, was {from:uuuu-MM-dd}.", nameof(options));
        }

        MarketplacePolicy policy = timeline.For(asOf);
        var range = new DayWindow(from, asOf);
        // One engine answers every figure of the report: the snapshot, the series and the forecast all reuse its index (the
        // forecast recomputes only the orders whose records change after the as-of day).
        options.Progress?.Invoke("indexing orders");
        AccountHealthEngine engine = AccountHealthEngine.Create(ledger, policy);
        AccountHealthSnapshot snapshot = engine.Snapshot(asOf);
        options.Progress?.Invoke($"building the {range.Days}-day series");
        AccountHealthSeries series = engine.Series(range);
        options.Progress?.Invoke("forecasting");
        AccountHealthForecast forecast = engine.Forecast(asOf, options.Forecast);

        options.Progress?.Invoke("explaining the orders behind bad metrics");
        var hurting = ImmutableDictionary.CreateBuilder<MetricId, ImmutableArray<HurtingOrder>>();
        foreach (MetricResult result in snapshot.Metrics.Where(m => m.Status == MetricStatus.Bad))
        {
            hurting[result.Id] = HurtingOrders.Explain(ledger, policy, result, asOf, options.OrdersPerMetric);
        }

        options.Progress?.Invoke("collecting deadlines");
        Instant at = ledger.LatestInstant() is { } latest && policy.Reporting.DayOf(latest) == asOf
            ? latest
            : policy.Reporting.EndOf(asOf) - Duration.Epsilon;
        OpenObligations deadlines = SellerObligations.Open(ledger, at, timeline);
        ReturnlessSimulation? returnless = null;
        if (options.ReturnlessRules.Count > 0)
        {
            options.Progress?.Invoke("simulating returnless rules");
            returnless = ReturnlessSimulation.Run(ledger, options.ReturnlessRules, timeline);
        }

        ImmutableArray<MetricChartData> charts = [.. policy.Metrics.Select(m => MetricChartData.From(series, m.Id, asOf, forecast))];
        string marketplace = MarketplacePacks.ForPolicy(policy.Name)?.DisplayName ?? policy.Name;
        return new AccountHealthReport(
            options.Seller, marketplace, policy, range, ledger.Orders.Length, snapshot, forecast, charts, hurting.ToImmutable(), deadlines, returnless);
    }
}
