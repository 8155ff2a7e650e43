using System.Collections;

namespace SellerPolicy.Ledger;

/// <summary>
/// The orders of a <see cref="SellerLedger"/>, by purchase time then id: a read-only list over the ledger's compact table
/// of orders.
/// </summary>
/// <remarks>
/// <para>The ledger keeps its orders as rows of values (ids as UTF-8 bytes, instants as numbers), not as objects: a loaded
/// ledger then needs about a third of the memory, and nothing per order for the garbage collector to trace. The indexer
/// and the enumerator make an <see cref="Order"/> from its row each time one is asked for: equal (by value) to the order
/// that was added, but not the same object. Code that reads the same order many times should keep it in a variable.</para>
/// <para>A default <see cref="OrderList"/> is empty.</para>
/// </remarks>
public readonly struct OrderList : IReadOnlyList<Order>
{
    private readonly OrderRows? _rows;

    internal OrderList(OrderRows rows) => _rows = rows;

    /// <summary>Gets the number of orders: the canonical name, as on every read-only collection.</summary>
    public int Count => _rows?.Count ?? 0;

    /// <summary>
    /// Gets the number of orders, the same as <see cref="Count"/> (which is the canonical name): kept because the ledger's
    /// other record lists are <see cref="System.Collections.Immutable.ImmutableArray{T}"/>s, which say <c>Length</c>.
    /// </summary>
    public int Length => Count;

    /// <summary>Gets a value indicating whether there are no orders.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Returns the order at <paramref name="index"/> (a new object each time; see the type remarks).</summary>
    /// <param name="index">The position, from 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public Order this[int index]
    {
        get
        {
            CheckIndex(index);
            return _rows!.OrderAt(index);
        }
    }

    /// <summary>Returns the id of the order at <paramref name="index"/> without making the order.</summary>
    /// <param name="index">The position, from 0.</param>
    /// <returns>The order id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public OrderId IdAt(int index)
    {
        CheckIndex(index);
        return _rows!.OrderIdAt(index);
    }

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(index), Length == 0 ? $"index {index} is out of range: the list is empty." : $"index must be 0-{Length - 1} (the list holds {Length} orders), was {index}.");
        }
    }

    /// <summary>Returns an enumerator over the orders.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_rows);

    /// <inheritdoc />
    IEnumerator<Order> IEnumerable<Order>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates the orders of an <see cref="OrderList"/>.</summary>
    public struct Enumerator : IEnumerator<Order>
    {
        private readonly OrderRows? _rows;
        private int _index;
        private Order? _current;

        internal Enumerator(OrderRows? rows)
        {
            _rows = rows;
            _index = -1;
            _current = null;
        }

        /// <inheritdoc />
        public readonly Order Current => _current ?? throw new InvalidOperationException("The enumerator is not on an order.");

        /// <inheritdoc />
        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext()
        {
            if (_rows is null || _index + 1 >= _rows.Count)
            {
                _index = _rows?.Count ?? 0;
                _current = null;
                return false;
            }

            _current = _rows.OrderAt(++_index);
            return true;
        }

        /// <inheritdoc />
        public void Reset()
        {
            _index = -1;
            _current = null;
        }

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
