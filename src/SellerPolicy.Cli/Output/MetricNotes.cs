using System.Collections.Immutable;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;

namespace SellerPolicy.Cli;

/// <summary>A note on a metric's figure: how many of the orders behind it rest on an assumption, and which.</summary>
/// <param name="Kind">What was assumed, in camel case (e.g. <c>assumedCancelledBy</c>).</param>
/// <param name="Orders">How many of the metric's orders rest on it.</param>
/// <param name="Message">The note in the seller's words.</param>
internal sealed record MetricNote(string Kind, int Orders, string Message);

/// <summary>The notes on each metric of a snapshot, by metric id (most metrics have none).</summary>
internal sealed class MetricNotes
{
    private readonly Dictionary<MetricId, ImmutableArray<MetricNote>> _byMetric;

    public MetricNotes(Dictionary<MetricId, ImmutableArray<MetricNote>> byMetric) => _byMetric = byMetric;

    /// <summary>Gets whether any metric has a note.</summary>
    public bool IsEmpty => _byMetric.Count == 0;

    /// <summary>
    /// The notes on <paramref name="snapshot"/>'s metrics: for each metric, how many of the orders behind its figure are
    /// among <paramref name="assumed"/> (orders whose canceller the import assumed). Null when none is.
    /// </summary>
    public static MetricNotes? For(IReadOnlySet<OrderId> assumed, AccountHealthSnapshot snapshot)
    {
        if (assumed.Count == 0)
        {
            return null;
        }

        var byMetric = new Dictionary<MetricId, ImmutableArray<MetricNote>>();
        foreach (MetricResult metric in snapshot.Metrics)
        {
            int orders = metric.OrderIds.Count(assumed.Contains);
            if (orders > 0)
            {
                string of = orders == metric.OrderIds.Length ? $"all {MetricLabels.Count(orders)}" : $"{MetricLabels.Count(orders)} of the {MetricLabels.Count(metric.OrderIds.Length)}";
                byMetric[metric.Id] = [new MetricNote(
                    "assumedCancelledBy", orders,
                    $"{of} orders behind this figure were cancelled, and who cancelled them is an assumption of the import "
                    + "(no shipments file said; taken as the seller's): the figure may be too high. Import a shipments file with cancelledBy, "
                    + "or --assume-cancelled-by Buyer, to settle it.")];
            }
        }

        return byMetric.Count == 0 ? null : new MetricNotes(byMetric);
    }

    /// <summary>The notes of one metric; empty when it has none.</summary>
    public ImmutableArray<MetricNote> Of(MetricId id) => _byMetric.TryGetValue(id, out ImmutableArray<MetricNote> notes) ? notes : [];
}
