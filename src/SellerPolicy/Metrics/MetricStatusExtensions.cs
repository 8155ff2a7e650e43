namespace SellerPolicy.Metrics;

/// <summary>The status names of Amazon's performance report, which our JSON output uses too.</summary>
public static class MetricStatusExtensions
{
    /// <summary>Returns <c>GOOD</c>, <c>BAD</c> or <c>NONE</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public static string ToReportName(this MetricStatus status) => status switch
    {
        MetricStatus.Good => "GOOD",
        MetricStatus.Bad => "BAD",
        MetricStatus.None => "NONE",
        _ => throw new ArgumentOutOfRangeException(nameof(status), $"status must be a defined MetricStatus, was {status}."),
    };
}
