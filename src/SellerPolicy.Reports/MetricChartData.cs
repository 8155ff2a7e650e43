using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Reports;

/// <summary>
/// What one metric's chart shows: the daily figures over a range, the target, the as-of day, and, for a metric BAD as of
/// that day, the forecast's daily figures up to the day it is back on target.
/// </summary>
/// <remarks>Built from an engine's series and a forecast with <see cref="From"/>; any metric of any catalog.</remarks>
/// <param name="Id">The metric's id.</param>
/// <param name="Label">The metric's label in the seller's words.</param>
/// <param name="Target">The target the rate is judged against.</param>
/// <param name="Days">The figure of each day of the range, first day first.</param>
/// <param name="AsOf">The as-of day marked on the chart, or null for none.</param>
/// <param name="Forecast">The forecast's figures from the day after <paramref name="AsOf"/> up to <paramref name="GoodFrom"/> (or the horizon), or empty.</param>
/// <param name="GoodFrom">The first day the forecast has the metric GOOD again, or null.</param>
public sealed record MetricChartData(
    MetricId Id, string Label, MetricTarget Target, ImmutableArray<MetricDay> Days, LocalDate? AsOf, ImmutableArray<MetricDay> Forecast, LocalDate? GoodFrom)
{
    /// <summary>Gets whether any day of the range (or the forecast) has something in the window: false means nothing to draw.</summary>
    public bool HasData => Days.Any(d => d.Denominator > 0) || Forecast.Any(d => d.Denominator > 0);

    /// <summary>Gets the days of the range on which the metric is BAD.</summary>
    public int BadDayCount => Days.Count(d => d.Status == MetricStatus.Bad);

    /// <summary>
    /// Returns the chart data of metric <paramref name="id"/> over every day of <paramref name="series"/>, with the as-of day
    /// and, when the metric is BAD as of that day, the forecast's days up to the first GOOD day (or the whole horizon).
    /// </summary>
    /// <param name="series">The daily series (an engine's, over the range).</param>
    /// <param name="id">The metric.</param>
    /// <param name="asOf">The as-of day to mark, or null.</param>
    /// <param name="forecast">The forecast as of <paramref name="asOf"/>, or null for none.</param>
    /// <returns>The chart data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The series' catalog has no metric <paramref name="id"/> (the message lists the ids it has).</exception>
    public static MetricChartData From(AccountHealthSeries series, MetricId id, LocalDate? asOf = null, AccountHealthForecast? forecast = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        Metric metric = series.Metrics[id];
        ImmutableArray<MetricDay> days = DaysOf(series, id, null);
        ImmutableArray<MetricDay> ahead = [];
        LocalDate? goodFrom = null;
        if (forecast is not null && forecast.Metrics.FirstOrDefault(m => m.Id == id) is { CurrentStatus: MetricStatus.Bad } outlook)
        {
            goodFrom = outlook.GoodFrom;
            ahead = DaysOf(forecast.Outlook, id, goodFrom);
        }

        return new MetricChartData(id, metric.Label, metric.Target, days, asOf, ahead, goodFrom);
    }

    /// <summary>Returns the figures of metric <paramref name="id"/> on each day of <paramref name="series"/>, up to <paramref name="until"/> when given.</summary>
    internal static ImmutableArray<MetricDay> DaysOf(AccountHealthSeries series, MetricId id, LocalDate? until)
    {
        var days = ImmutableArray.CreateBuilder<MetricDay>(series.Days.Days);
        foreach (AccountHealthSnapshot snapshot in series.SnapshotsWithoutOrderIds())
        {
            if (until is { } last && snapshot.AsOf > last)
            {
                break;
            }

            days.Add(MetricDay.Of(snapshot.AsOf, snapshot[id]));
        }

        return days.ToImmutable();
    }
}
