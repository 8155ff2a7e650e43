using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Returns;

namespace SellerPolicy.Reports;

/// <summary>What an <see cref="AccountHealthReport"/> covers beyond the ledger, the policy and the as-of day.</summary>
public sealed record ReportOptions
{
    /// <summary>Gets the default options: 90 days of history, 200 orders listed per BAD metric, the default forecast, no returnless rules.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Gets the seller's name for the header (a file name when nothing better is known).</summary>
    public string Seller { get; init; } = "seller";

    /// <summary>Gets the first day of the charts' range; null for 89 days before the as-of day (90 days).</summary>
    public LocalDate? From { get; init; }

    /// <summary>Gets how many hurting orders are explained per BAD metric (the rest are counted, and named by <c>health --format json</c>).</summary>
    public int OrdersPerMetric { get; init; } = 200;

    /// <summary>Gets the forecast's assumptions.</summary>
    public ForecastAssumptions Forecast { get; init; } = ForecastAssumptions.Default;

    /// <summary>Gets the returnless-refund rule sets to simulate on the ledger's returns (name, rules); empty for none.</summary>
    public IReadOnlyList<(string Name, ReturnlessRuleSet RuleSet)> ReturnlessRules { get; init; } = [];

    /// <summary>Gets a callback told the name of each step as it starts (for a progress display), or null.</summary>
    public Action<string>? Progress { get; init; }
}
