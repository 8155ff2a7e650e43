using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Time;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>One metric: Amazon's figure beside ours for Amazon's window, the difference, and its likely causes.</summary>
/// <param name="Kind">The metric.</param>
/// <param name="AsOf">The as-of day whose window (under the policy) ends where Amazon's ends.</param>
/// <param name="AmazonWindow">Amazon's reporting window.</param>
/// <param name="Ours">Our figure as of <paramref name="AsOf"/>.</param>
/// <param name="AmazonNumerator">Amazon's numerator, when given.</param>
/// <param name="AmazonDenominator">Amazon's denominator, when given.</param>
/// <param name="AmazonRate">Amazon's rate (a fraction), when given.</param>
/// <param name="Causes">The likely causes of a difference, in words; "figures agree" when there is none.</param>
public sealed record MetricReconciliation(
    MetricKind Kind, LocalDate AsOf, DayWindow AmazonWindow, MetricResult Ours, int? AmazonNumerator, int? AmazonDenominator, double? AmazonRate,
    ImmutableArray<string> Causes)
{
    /// <summary>
    /// Gets Amazon's figure as the same result type as <see cref="Ours"/> (its <see cref="MetricResult.PolicyVersion"/> is
    /// <see cref="AmazonPerformanceReport.PolicyVersion"/>); null when Amazon's counts are missing or contradict each other.
    /// </summary>
    public MetricResult? Amazon { get; init; }

    /// <summary>
    /// Gets Amazon's status for the metric as the report states it (<c>GOOD</c>, <c>BAD</c> or <c>NONE</c>, upper-cased),
    /// or null when the report gives none. It is Amazon's verdict, kept as written; <see cref="Amazon"/>'s status follows
    /// from the counts and the target.
    /// </summary>
    public string? AmazonStatus { get; init; }

    /// <summary>
    /// Gets, for an Order Defect Rate, Amazon's and our counts of orders with each defect (claims, negative feedback,
    /// chargebacks), so that a difference shows where it comes from; empty for the other metrics.
    /// </summary>
    public ImmutableArray<DefectDifference> Defects { get; init; } = [];

    /// <summary>Gets our rate minus Amazon's, when Amazon gives a rate.</summary>
    public double? RateDifference => AmazonRate is { } amazon ? Ours.Rate - amazon : null;
}
