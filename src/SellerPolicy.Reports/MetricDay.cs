using NodaTime;
using SellerPolicy.Metrics;

namespace SellerPolicy.Reports;

/// <summary>One metric's figure on one as-of day: the point a chart draws and the report embeds as JSON.</summary>
/// <param name="Date">The as-of day.</param>
/// <param name="Numerator">The numerator that day.</param>
/// <param name="Denominator">The denominator that day (0: nothing in the window, status NONE).</param>
/// <param name="Rate">The rate, <c>Numerator / Denominator</c> (0 when the denominator is 0).</param>
/// <param name="Status">GOOD, BAD, or NONE when the denominator is 0.</param>
public readonly record struct MetricDay(LocalDate Date, int Numerator, int Denominator, double Rate, MetricStatus Status)
{
    /// <summary>Returns the day of <paramref name="result"/>, a metric's result as of <paramref name="date"/>.</summary>
    /// <param name="date">The as-of day.</param>
    /// <param name="result">The metric's result that day.</param>
    /// <returns>The day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static MetricDay Of(LocalDate date, MetricResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new MetricDay(date, result.Numerator, result.Denominator, result.Rate, result.Status);
    }
}
