using NodaTime;

namespace SellerPolicy.Ledger;

/// <summary>
/// The orders a <see cref="SellerLedger.Builder"/> has accepted so far, in the order they were added: each id once (the
/// first wins; later ones are duplicates), found by an open-addressing table keyed by the id's bytes. It is brought up to
/// date as tables of orders are added (<see cref="CatchUp"/>), so that a reader's build does not check every id at the end.
/// </summary>
/// <remarks>
/// It covers a prefix of the builder's tables: all rows of the first <c>_tables</c> tables and the first <c>_rows</c> rows of
/// the next. Adding only extends the tables, so that prefix stays valid; removing orders replaces tables, and the builder
/// then starts a new index.
/// </remarks>
internal sealed class OrderIdIndex
{
    // A slot holds the id's hash beside the entry (hash << 32 | entry + 1), so that probing past other ids rarely reads
    // their keys (each a cache miss or two); 0 is an empty slot. At most half full.
    private long[] _slots = new long[16];
    private OrderRows[] _entryTable = new OrderRows[8];
    private int[] _entryRow = new int[8];
    private Instant[] _purchased = new Instant[8];
    private int _tables;
    private int _rows;

    /// <summary>Gets the number of orders accepted.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the duplicates found, in the order they were added.</summary>
    public List<LedgerProblem> Duplicates { get; } = [];

    /// <summary>Gets the accepted orders' tables, by accepted position (only the first <see cref="Count"/> are set).</summary>
    public OrderRows[] EntryTable => _entryTable;

    /// <summary>Gets the accepted orders' rows in their tables, by accepted position.</summary>
    public int[] EntryRow => _entryRow;

    /// <summary>Gets the accepted orders' purchase instants, by accepted position.</summary>
    public Instant[] Purchased => _purchased;

    /// <summary>Gets the slots (read-only for callers).</summary>
    public long[] Slots => _slots;

    /// <summary>Accepts (or reports as duplicates) every row of <paramref name="tables"/> not seen yet, in order.</summary>
    public void CatchUp(List<OrderRows> tables)
    {
        for (; _tables < tables.Count; _tables++, _rows = 0)
        {
            OrderRows table = tables[_tables];
            for (; _rows < table.Count; _rows++)
            {
                Accept(table, _rows);
            }

            if (_tables == tables.Count - 1)
            {
                // The last table may still grow (a builder's open table): stay on it.
                return;
            }
        }
    }

    /// <summary>Returns the accepted position of the order whose id has the key <paramref name="key"/>, or -1.</summary>
    public int PositionOf(ReadOnlySpan<byte> key)
    {
        int hash = Utf8Ids.Hash(key);
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            long held = _slots[slot];
            int entry = (int)held - 1;
            if (entry < 0 || ((int)(held >> 32) == hash && _entryTable[entry].OrderIdKey(_entryRow[entry]).SequenceEqual(key)))
            {
                return entry;
            }
        }
    }

    private void Accept(OrderRows table, int row)
    {
        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        ReadOnlySpan<byte> id = table.OrderIdKey(row);
        int hash = Utf8Ids.Hash(id);
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            long held = _slots[slot];
            int entry = (int)held - 1;
            if (entry < 0)
            {
                if (Count == _entryRow.Length)
                {
                    int size = Count * 2;
                    Array.Resize(ref _entryTable, size);
                    Array.Resize(ref _entryRow, size);
                    Array.Resize(ref _purchased, size);
                }

                _slots[slot] = ((long)hash << 32) | (uint)(Count + 1);
                _entryTable[Count] = table;
                _entryRow[Count] = row;
                _purchased[Count++] = table.PurchasedAt(row);
                return;
            }

            if ((int)(held >> 32) == hash && _entryTable[entry].OrderIdKey(_entryRow[entry]).SequenceEqual(id))
            {
                // "read" for a record of a file (it has a location), "added" for an order given to a builder in code.
                SourceLocation? at = table.LocationOf(row);
                Duplicates.Add(new LedgerProblem(
                    LedgerProblemKind.DuplicateId, $"duplicate order id {table.OrderIdText(row)}: an order with this id was already {(at is null ? "added" : "read")}.", at, "orderId"));
                return;
            }
        }
    }

    /// <summary>Doubles the slots, moving each by its kept hash (no key is read).</summary>
    private void Grow()
    {
        var slots = new long[_slots.Length * 2];
        int mask = slots.Length - 1;
        foreach (long held in _slots)
        {
            if (held != 0)
            {
                int slot = (int)(held >> 32) & mask;
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = held;
            }
        }

        _slots = slots;
    }
}
