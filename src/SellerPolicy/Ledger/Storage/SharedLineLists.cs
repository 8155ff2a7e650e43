using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace SellerPolicy.Ledger;

/// <summary>
/// The order-line lists a builder (or a batch) was given, so that an identical list (a seller's orders repeat a small
/// catalogue) is kept once, and so are identical lines of other lists and their strings (SKU, currency, ASIN, category):
/// the ledger then holds about what a ledger read from a file holds (the readers share lists by their text and strings
/// by their bytes), and the caller's own lists, lines and strings can be collected.
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

    /// <summary>The most lines, and the most strings, kept.</summary>
    public const int MaxLines = 262_144;

    private readonly Dictionary<ImmutableArray<OrderLine>, ImmutableArray<OrderLine>> _lists = new(ExactLines.Instance);
    private readonly Dictionary<OrderLine, OrderLine> _lines = new(ExactLines.Instance);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>
    /// Returns the list kept that is identical to <paramref name="lines"/>. When there is none, returns a list of the lines
    /// kept (each identical line once, its strings once), and keeps it (while there is room).
    /// </summary>
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

        var shared = new OrderLine[lines.Length];
        for (int i = 0; i < shared.Length; i++)
        {
            shared[i] = Share(lines[i]);
        }

        ImmutableArray<OrderLine> list = ImmutableCollectionsMarshal.AsImmutableArray(shared);
        if (_lists.Count < MaxLists)
        {
            _lists.Add(list, list);
        }

        return list;
    }

    /// <summary>Returns the line kept that is identical to <paramref name="line"/>, else a copy of it made of the strings kept.</summary>
    private OrderLine Share(OrderLine line)
    {
        if (_lines.TryGetValue(line, out OrderLine? kept))
        {
            return kept;
        }

        if (_lines.Count >= MaxLines)
        {
            return line;
        }

        var copy = new OrderLine(
            new Sku(Share(line.Sku.Value)), line.Quantity, new Money(line.UnitPrice.Amount, Share(line.UnitPrice.Currency)),
            line.Asin is { } asin ? new Asin(Share(asin.Value)) : null, line.Category is { } category ? Share(category) : null);
        _lines.Add(copy, copy);
        return copy;
    }

    private string Share(string text)
    {
        if (_strings.TryGetValue(text, out string? kept))
        {
            return kept;
        }

        if (_strings.Count < MaxLines)
        {
            _strings.Add(text, text);
        }

        return text;
    }

    /// <summary>Lists equal line by line in every value and in how each amount is written.</summary>
    private sealed class ExactLines : IEqualityComparer<ImmutableArray<OrderLine>>, IEqualityComparer<OrderLine>
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

        public bool Equals(OrderLine? x, OrderLine? y) => ReferenceEquals(x, y) || (x is not null && y is not null && Same(x, y));

        public int GetHashCode(OrderLine line) => HashCode.Combine(StringComparer.Ordinal.GetHashCode(line.Sku.Value), line.Quantity, line.UnitPrice.Amount);

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
