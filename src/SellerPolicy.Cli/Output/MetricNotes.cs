using System.Collections.Immutable;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Reporting;

namespace SellerPolicy.Cli;

/// <summary>The notes on each metric of a snapshot, by metric id (most metrics have none).</summary>
internal sealed class MetricNotes
{
    private readonly Dictionary<MetricId, ImmutableArray<MetricNote>> _byMetric;

    public MetricNotes(Dictionary<MetricId, ImmutableArray<MetricNote>> byMetric) => _byMetric = byMetric;

    /// <summary>Gets the notes by metric id, as the report writes them.</summary>
    public IReadOnlyDictionary<MetricId, ImmutableArray<MetricNote>> ByMetric => _byMetric;

    /// <summary>Gets whether any metric has a note.</summary>
    public bool IsEmpty => _byMetric.Count == 0;

    /// <summary>
    /// The notes on <paramref name="snapshot"/>'s metrics from <paramref name="ledger"/>'s import assumptions: for each
    /// metric, how many of the orders behind its figure have a canceller the import assumed
    /// (<see cref="Order.CancelledByAssumed"/>). Null when none has (the ledger is only scanned when its notes say so).
    /// </summary>
    public static MetricNotes? For(SellerLedger ledger, AccountHealthSnapshot snapshot)
    {
        if (!ledger.Notes.Any(n => n.Kind == LedgerNoteKind.CancelledByAssumed))
        {
            return null;
        }

        var assumed = new Dictionary<OrderId, CancelledBy>();
        foreach (Order order in ledger.Orders)
        {
            if (order.CancelledByAssumed && order.CancelledBy is { } by)
            {
                assumed[order.OrderId] = by;
            }
        }

        return For(assumed, snapshot);
    }

    /// <summary>
    /// The notes on <paramref name="snapshot"/>'s metrics: for each metric, how many of the orders behind its figure are
    /// among <paramref name="assumed"/> (orders whose canceller the import assumed, with the canceller it took). Null when none is.
    /// </summary>
    public static MetricNotes? For(IReadOnlyDictionary<OrderId, CancelledBy> assumed, AccountHealthSnapshot snapshot)
    {
        if (assumed.Count == 0)
        {
            return null;
        }

        var byMetric = new Dictionary<MetricId, ImmutableArray<MetricNote>>();
        foreach (MetricResult metric in snapshot.Metrics)
        {
            CancelledBy[] takenAs = [.. metric.OrderIds.Where(assumed.ContainsKey).Select(id => assumed[id])];
            if (takenAs.Length > 0)
            {
                string of = takenAs.Length == metric.OrderIds.Length
                    ? $"{(takenAs.Length == 1 ? "The one order" : $"All {MetricLabels.Count(takenAs.Length)} orders")}"
                    : $"{MetricLabels.Count(takenAs.Length)} of the {MetricLabels.Count(metric.OrderIds.Length)} orders";
                string who = string.Join(" or ", takenAs.Distinct().Order().Select(by => by switch
                {
                    CancelledBy.Seller => "the seller's",
                    CancelledBy.Buyer => "the buyer's",
                    _ => "the marketplace's",
                }));
                byMetric[metric.Id] = [new MetricNote(
                    "cancelledByAssumed", takenAs.Length,
                    $"{of} behind this figure {(takenAs.Length == 1 ? "was" : "were")} cancelled, and who cancelled is an assumption of the import "
                    + $"(no shipments file said; taken as {who}), so the figure rests on it. Import a shipments file with who cancelled "
                    + "(or choose the assumption with import --assume-cancelled-by) to settle it.")];
            }
        }

        return byMetric.Count == 0 ? null : new MetricNotes(byMetric);
    }

    /// <summary>The notes of one metric; empty when it has none.</summary>
    public ImmutableArray<MetricNote> Of(MetricId id) => _byMetric.TryGetValue(id, out ImmutableArray<MetricNote> notes) ? notes : [];
}
