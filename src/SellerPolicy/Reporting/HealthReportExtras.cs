using System.Collections.Immutable;
using SellerPolicy.Marketplaces;
using SellerPolicy.Metrics;

namespace SellerPolicy.Reporting;

/// <summary>
/// What a health report adds beyond the snapshot (<see cref="HealthReportJson.WriteSnapshot"/>): notes on metrics' figures,
/// a marketplace's seller levels and where the records came from. Each is left out of the JSON when absent.
/// </summary>
public sealed record HealthReportExtras
{
    /// <summary>Gets the notes on each metric's figures by metric id (import assumptions), or null for none.</summary>
    public IReadOnlyDictionary<MetricId, ImmutableArray<MetricNote>>? Notes { get; init; }

    /// <summary>Gets the official and projected seller level, for a marketplace that has levels (eBay); else null.</summary>
    public SellerStanding? Standing { get; init; }

    /// <summary>Gets where the records came from; written only when records were left out.</summary>
    public HealthReportInput? Input { get; init; }
}

/// <summary>A note on a metric's figure: how many of the orders behind it rest on an assumption, and which.</summary>
/// <param name="Kind">What was assumed, in camel case (e.g. <c>cancelledByAssumed</c>).</param>
/// <param name="Orders">How many of the metric's orders rest on it.</param>
/// <param name="Message">The note in the seller's words.</param>
public sealed record MetricNote(string Kind, int Orders, string Message);

/// <summary>Where a report's records came from, and what reading them left out (<c>"input"</c>).</summary>
/// <param name="Source">A file name, or <c>sample</c>.</param>
/// <param name="RecordsRead">Records offered, bad ones included.</param>
/// <param name="RecordsLeftOut">Records left out (lenient reading only).</param>
/// <param name="Problems">Problems found.</param>
public sealed record HealthReportInput(string Source, int RecordsRead, int RecordsLeftOut, int Problems);
