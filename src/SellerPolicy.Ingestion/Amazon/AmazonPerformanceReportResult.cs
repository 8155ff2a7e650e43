using System.Collections.Immutable;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>The outcome of reading a performance report: the report (unless the JSON is unreadable), every problem, and notes on the schema defects met.</summary>
/// <param name="Report">The report; null when the file is not JSON or has no <c>performanceMetrics</c> array.</param>
/// <param name="Problems">Values that could not be read (their metric is left null), each with its JSON path.</param>
/// <param name="Notes">Known schema defects met and how they were read (never problems).</param>
public sealed record AmazonPerformanceReportResult(AmazonPerformanceReport? Report, ImmutableArray<AmazonReportProblem> Problems, ImmutableArray<string> Notes);
