using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace SellerPolicy.Metrics;

/// <summary>Every metric's outlook as of a day, with the assumptions it rests on spelled out.</summary>
/// <remarks>
/// Equality compares every value, the metric forecasts element by element; not the <see cref="Outlook"/> (the day-by-day counts
/// <see cref="Metrics"/> are read from), which has no equality of its own.
/// </remarks>
public sealed record AccountHealthForecast
{
    /// <summary>Creates a forecast (the engine does), or reads one back from JSON (<see cref="Serialization.SellerPolicyJsonContext"/>), its outlook included.</summary>
    [JsonConstructor]
    internal AccountHealthForecast(
        LocalDate asOf, string policyVersion, string assumption, ForecastAssumptions assumptions, double averageDailyMfnOrders,
        double averageDailyAfnOrders, ImmutableArray<MetricForecast> metrics, AccountHealthSeries outlook)
    {
        AsOf = asOf;
        PolicyVersion = policyVersion ?? throw new JsonException("a forecast needs its policyVersion.");
        Assumption = assumption ?? throw new JsonException("a forecast needs its assumption.");
        Assumptions = assumptions ?? ForecastAssumptions.Default;
        AverageDailyMfnOrders = averageDailyMfnOrders;
        AverageDailyAfnOrders = averageDailyAfnOrders;
        Metrics = metrics.IsDefault ? [] : metrics;
        Outlook = outlook ?? throw new JsonException("a forecast needs its outlook (the day-by-day counts after the as-of day).");
    }

    /// <summary>Gets the as-of day: only what was known by its end is used.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the policy version.</summary>
    public string PolicyVersion { get; }

    /// <summary>Gets the assumptions in words, e.g. "no new defects; ... average daily orders of the last 30 days continue, all clean".</summary>
    public string Assumption { get; }

    /// <summary>Gets the assumption inputs (horizon, volume look-back).</summary>
    public ForecastAssumptions Assumptions { get; }

    /// <summary>Gets the assumed daily seller-fulfilled order volume.</summary>
    public double AverageDailyMfnOrders { get; }

    /// <summary>Gets the assumed daily Fulfilled by Amazon order volume.</summary>
    public double AverageDailyAfnOrders { get; }

    /// <summary>Gets the forecast of every metric, in catalog order.</summary>
    public ImmutableArray<MetricForecast> Metrics { get; }

    /// <summary>
    /// Gets the counts of every metric on each day after the as-of day up to the horizon, under the assumptions: the
    /// figures <see cref="MetricForecast.GoodFrom"/> is read from, for charts (its snapshots carry no order ids).
    /// </summary>
    /// <remarks>Written to JSON and read back (days, policy versions and counts); read back, its snapshots carry no order ids.</remarks>
    public AccountHealthSeries Outlook { get; }

    /// <summary>Returns one Amazon metric's forecast.</summary>
    /// <param name="kind">The metric.</param>
    /// <returns>Its forecast.</returns>
    /// <exception cref="KeyNotFoundException">The forecast has no such metric.</exception>
    public MetricForecast Get(MetricKind kind) => this[kind.ToMetricId()];

    /// <summary>Gets one metric's forecast.</summary>
    /// <param name="id">The metric.</param>
    /// <returns>Its forecast.</returns>
    /// <exception cref="KeyNotFoundException">The forecast has no such metric.</exception>
    public MetricForecast this[MetricId id]
        => Metrics.FirstOrDefault(m => m.Id == id) ?? throw new KeyNotFoundException($"the forecast has no metric '{id}'.");

    /// <inheritdoc />
    public bool Equals(AccountHealthForecast? other)
        => other is not null && AsOf == other.AsOf && PolicyVersion == other.PolicyVersion && Assumption == other.Assumption
           && Assumptions == other.Assumptions && AverageDailyMfnOrders.Equals(other.AverageDailyMfnOrders)
           && AverageDailyAfnOrders.Equals(other.AverageDailyAfnOrders) && Metrics.SequenceEqual(other.Metrics);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AsOf, PolicyVersion, Metrics.Length);
}
