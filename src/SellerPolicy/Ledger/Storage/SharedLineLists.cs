using System.Collections.Immutable;

namespace SellerPolicy.Ledger;

/// <summary>
/// The order-line lists a builder (or a batch) was given, so that an identical list (a seller's orders repeat a small
/// catalogue) is kept once: the ledger then holds one list, its lines and their strings for all the orders that have it,
/// as a ledger read from a file does (the readers share lists by their text). The caller's own list of such an order can
/// then be collected.
/// </summary>
/// <remarks>
/// Identical means exactly the same values, written the same way: SKU, ASIN and category compared ordinally, the quantity,
/// and the unit price's amount with its scale (<c>18.50</c> is not shared with <c>18.5</c>, which prints differently) and
/// currency. Bounded (<see cref="MaxLists"/>); a list beyond it is kept as it was given. Not thread-safe.
/// </remarks>
internal sealed class SharedLineLists
{
    /// <summary>The most lists kept.</summary>
    public const int MaxLists = 65_536;

    private readonly Dictionary<ImmutableArray<OrderLine>, ImmutableArray<OrderLine>> _lists = new(ExactLines.Instance);

    /// <summary>Returns the list kept that is identical to <paramref name="lines"/>, keeping this one when none is (and there is room).</summary>
    public ImmutableArray<OrderLine> Share(ImmutableArray<OrderLine> lines)
    {
        if (lines.IsDefaultOrEmpty)
        {
            return lines;
        }

        if (_lists.TryGetValue(lines, out ImmutableArray<OrderLine> kept))
        {
            return kept;
        }

        if (_lists.Count < MaxLists)
        {
            _lists.Add(lines, lines);
        }

        return lines;
    }

    /// <summary>Lists equal line by line in every value and in how each amount is written.</summary>
    private sealed class ExactLines : IEqualityComparer<ImmutableArray<OrderLine>>
    {
        public static readonly ExactLines Instance = new();

        public bool Equals(ImmutableArray<OrderLine> x, ImmutableArray<OrderLine> y)
        {
            if (x.Length != y.Length)
            {
                return false;
            }

            for (int i = 0; i < x.Length; i++)
            {
                OrderLine a = x[i];
                OrderLine b = y[i];
                if (!ReferenceEquals(a, b) && !Same(a, b))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(ImmutableArray<OrderLine> lines)
        {
            var hash = default(HashCode);
            foreach (OrderLine line in lines)
            {
                hash.Add(line.Sku.Value, StringComparer.Ordinal);
                hash.Add(line.Quantity);
                hash.Add(line.UnitPrice.Amount);
            }

            return hash.ToHashCode();
        }

        private static bool Same(OrderLine a, OrderLine b)
            => a.Quantity == b.Quantity
                && string.Equals(a.Sku.Value, b.Sku.Value, StringComparison.Ordinal)
                && SameAmount(a.UnitPrice.Amount, b.UnitPrice.Amount)
                && string.Equals(a.UnitPrice.Currency, b.UnitPrice.Currency, StringComparison.Ordinal)
                && string.Equals(a.Asin?.Value, b.Asin?.Value, StringComparison.Ordinal)
                && string.Equals(a.Category, b.Category, StringComparison.Ordinal);

        // Equal and with the same scale: the same digits when printed.
        private static bool SameAmount(decimal a, decimal b) => a == b && a.Scale == b.Scale && decimal.IsNegative(a) == decimal.IsNegative(b);
    }
}
