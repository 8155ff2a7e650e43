using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace SellerPolicy.Ledger;

/// <summary>
/// A data-quality note on a ledger: how many orders show a physically odd but real ordering of facts (see
/// <see cref="LedgerNoteKind"/>), with the first few of them. The orders are kept and the metrics treat them as the rules
/// say; the note only tells the seller their data has this shape.
/// </summary>
/// <param name="Kind">What the note is about.</param>
/// <param name="Orders">How many orders it applies to (at least one).</param>
/// <param name="Examples">The first orders it applies to (at most <see cref="MaxExamples"/>), in the ledger's order.</param>
public sealed record LedgerNote(LedgerNoteKind Kind, int Orders, ImmutableArray<OrderId> Examples)
{
    /// <summary>The most orders a note names.</summary>
    public const int MaxExamples = 5;

    /// <summary>Gets the note as a sentence naming the count, the rule applied and the first orders.</summary>
    public string Message
    {
        get
        {
            string count = Orders.ToString("N0", CultureInfo.InvariantCulture);
            string orders = Orders == 1 ? "order was" : "orders were";
            string what = Kind switch
            {
                LedgerNoteKind.DeliveredBeforeShipConfirmation => $"{count} {orders} delivered before the shipment was confirmed",
                LedgerNoteKind.CarrierScanBeforeShipConfirmation => $"{count} {orders} scanned by the carrier before the shipment was confirmed",
                _ => $"{count} {orders} noted ({Kind})",
            };
            string more = Orders > Examples.Length ? ", …" : "";
            if (Kind == LedgerNoteKind.CancelledByAssumed)
            {
                return $"{count} cancelled {(Orders == 1 ? "order has" : "orders have")} an assumed canceller (the import's source did not say who cancelled): "
                    + $"a cancellation rate counting them rests on that assumption (e.g. {string.Join(", ", Examples)}{more}).";
            }

            return $"{what} (confirmed late): kept, and counted as shipped late when confirmed after the latest ship date "
                + $"(e.g. {string.Join(", ", Examples)}{more}).";
        }
    }

    /// <inheritdoc />
    public bool Equals(LedgerNote? other)
        => other is not null && Kind == other.Kind && Orders == other.Orders && Examples.SequenceEqual(other.Examples);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Orders, Examples.Length);

    /// <summary>Returns the <see cref="Message"/>.</summary>
    public override string ToString() => Message;

    /// <summary>The notes on a table of orders, one per kind that occurs, in the order of <see cref="LedgerNoteKind"/>.</summary>
    internal static LedgerNote[] Find(OrderRows orders)
    {
        var delivered = new Tally();
        var scanned = new Tally();
        var assumed = new Tally();
        for (int i = 0; i < orders.Count; i++)
        {
            if (orders.CancelledByAssumedAt(i))
            {
                assumed.See(orders, i);
            }

            OrderFacts o = orders.FactsAt(i);
            if (o.ShippedAt is not { } shipped)
            {
                continue;
            }

            if (o.DeliveredAt is { } d && d < shipped)
            {
                delivered.See(orders, i);
            }

            if (o.FirstCarrierScanAt is { } s && s < shipped)
            {
                scanned.See(orders, i);
            }
        }

        var notes = new List<LedgerNote>(3);
        delivered.AddTo(notes, LedgerNoteKind.DeliveredBeforeShipConfirmation);
        scanned.AddTo(notes, LedgerNoteKind.CarrierScanBeforeShipConfirmation);
        assumed.AddTo(notes, LedgerNoteKind.CancelledByAssumed);
        return [.. notes];
    }

    private sealed class Tally
    {
        private readonly List<OrderId> _examples = [];
        private int _count;

        public void See(OrderRows orders, int i)
        {
            _count++;
            if (_examples.Count < MaxExamples)
            {
                _examples.Add(orders.OrderIdAt(i));
            }
        }

        public void AddTo(List<LedgerNote> notes, LedgerNoteKind kind)
        {
            if (_count > 0)
            {
                notes.Add(new LedgerNote(kind, _count, ImmutableCollectionsMarshal.AsImmutableArray(_examples.ToArray())));
            }
        }
    }
}
