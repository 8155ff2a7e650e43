using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;

namespace SellerPolicy.Ledger;

/// <summary>
/// One seller's validated history: orders and everything attached to them, immutable and indexed by order id.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="CreateBuilder"/>: the builder checks the rules that span records
/// (unknown orders, duplicate ids, returns above the ordered quantity, events before the purchase) and
/// reports all problems at once.</para>
/// <para>Every list is in a canonical order (by time, then id), so two ledgers built from the same records
/// in any order are equal (<see cref="Equals(SellerLedger?)"/> compares every record).</para>
/// <para>Thread safety: a ledger is immutable and safe to share between threads; every member may be called from any
/// number of threads at once (its data-quality notes are found once, on first use, and the same on every thread). Its
/// <see cref="Builder"/> is not thread-safe: fill one from one thread at a time (its <see cref="Builder.Build"/> may use
/// several cores itself; <see cref="Builder.MaxDegreeOfParallelism"/> bounds them).</para>
/// </remarks>
public sealed partial class SellerLedger : IEquatable<SellerLedger>
{
    private readonly OrderRows _orders;
    private readonly int[] _slots; // open addressing by the id's bytes: row + 1, 0 for an empty slot; a power of two long
    private readonly int[] _recordsAt; // by order index: 1 + the index in _records of the order's records, 0 for none
    private readonly OrderRecords[] _records;
    private LedgerNote[]? _notes; // found on first use

    private SellerLedger(
        OrderRows orders,
        int[] slots,
        ImmutableArray<Feedback> feedback,
        ImmutableArray<AtoZClaim> claims,
        ImmutableArray<Chargeback> chargebacks,
        ImmutableArray<ReturnRequest> returns,
        ImmutableArray<BuyerContact> contacts,
        OrderRecords?[] attached)
    {
        // Most orders have nothing attached: a number per order (4 bytes) instead of a reference (8).
        int withRecords = 0;
        foreach (OrderRecords? r in attached)
        {
            withRecords += r is null ? 0 : 1;
        }

        _recordsAt = new int[attached.Length];
        _records = new OrderRecords[withRecords];
        int next = 0;
        for (int i = 0; i < attached.Length; i++)
        {
            if (attached[i] is { } records)
            {
                _records[next++] = records;
                _recordsAt[i] = next;
            }
        }

        _orders = orders;
        _slots = slots;
        Feedback = feedback;
        Claims = claims;
        Chargebacks = chargebacks;
        Returns = returns;
        Contacts = contacts;
    }

    /// <summary>Gets the empty ledger.</summary>
    public static SellerLedger Empty { get; } = new(new OrderRows().Freeze(), new int[2], [], [], [], [], [], []);

    /// <summary>Gets the orders, by purchase time then id (each made from the ledger's compact table when read; see <see cref="OrderList"/>).</summary>
    public OrderList Orders => new(_orders);

    /// <summary>Gets the feedback, by receipt time then order id.</summary>
    public ImmutableArray<Feedback> Feedback { get; }

    /// <summary>Gets the A-to-z claims, by filing time then claim id.</summary>
    public ImmutableArray<AtoZClaim> Claims { get; }

    /// <summary>Gets the chargebacks, by receipt time then id.</summary>
    public ImmutableArray<Chargeback> Chargebacks { get; }

    /// <summary>Gets the return requests, by request time then <see cref="ReturnRequest.Key"/>.</summary>
    public ImmutableArray<ReturnRequest> Returns { get; }

    /// <summary>Gets the buyer contacts, by time then order id.</summary>
    public ImmutableArray<BuyerContact> Contacts { get; }

    /// <summary>Gets the total number of records of every kind.</summary>
    public int RecordCount => Orders.Length + Feedback.Length + Claims.Length + Chargebacks.Length + Returns.Length + Contacts.Length;

    /// <summary>Returns a new, empty builder.</summary>
    /// <returns>A builder.</returns>
    public static Builder CreateBuilder() => new();

    /// <summary>Returns a builder holding every record of this ledger, to derive a changed ledger (a what-if).</summary>
    /// <returns>A builder.</returns>
    public Builder ToBuilder()
    {
        var builder = new Builder();
        builder.AddRange(this);
        return builder;
    }

    /// <summary>Returns whether the ledger has an order with <paramref name="orderId"/>.</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>True when found.</returns>
    public bool ContainsOrder(OrderId orderId) => TryGetIndex(orderId, out _);

    /// <summary>Looks up an order by id in O(1).</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="order">The order, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetOrder(OrderId orderId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Order? order)
    {
        if (TryGetIndex(orderId, out int i))
        {
            order = _orders.OrderAt(i);
            return true;
        }

        order = null;
        return false;
    }

    /// <summary>Returns the order with <paramref name="orderId"/>.</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The order.</returns>
    /// <exception cref="KeyNotFoundException">The ledger has no such order.</exception>
    public Order GetOrder(OrderId orderId)
        => TryGetOrder(orderId, out Order? order) ? order : throw new KeyNotFoundException($"The ledger has no order {orderId}.");

    /// <summary>Returns the order with <paramref name="orderId"/> and every record attached to it, in O(1).</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The order's history.</returns>
    /// <exception cref="KeyNotFoundException">The ledger has no such order.</exception>
    public OrderHistory GetHistory(OrderId orderId)
    {
        if (!TryGetIndex(orderId, out int i))
        {
            throw new KeyNotFoundException($"The ledger has no order {orderId}.");
        }

        Order order = _orders.OrderAt(i);
        OrderRecords? records = RecordsAt(i);
        return records is null
            ? new(order, [], [], [], [], [])
            : new(order, records.Feedback, records.Claims, records.Chargebacks, records.Returns, records.Contacts);
    }

    /// <summary>Returns the claims on an order (empty when none).</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The claims, by filing time.</returns>
    public ImmutableArray<AtoZClaim> ClaimsOf(OrderId orderId) => RecordsOf(orderId) is { } r ? r.Claims : [];

    /// <summary>Returns the chargebacks on an order (empty when none).</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The chargebacks, by receipt time.</returns>
    public ImmutableArray<Chargeback> ChargebacksOf(OrderId orderId) => RecordsOf(orderId) is { } r ? r.Chargebacks : [];

    /// <summary>Returns the feedback on an order (empty when none).</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The feedback.</returns>
    public ImmutableArray<Feedback> FeedbackOf(OrderId orderId) => RecordsOf(orderId) is { } r ? r.Feedback : [];

    /// <summary>Returns the return requests on an order (empty when none).</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The return requests, by request time.</returns>
    public ImmutableArray<ReturnRequest> ReturnsOf(OrderId orderId) => RecordsOf(orderId) is { } r ? r.Returns : [];

    /// <summary>Returns the buyer contacts on an order (empty when none).</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The contacts, by time.</returns>
    public ImmutableArray<BuyerContact> ContactsOf(OrderId orderId) => RecordsOf(orderId) is { } r ? r.Contacts : [];

    /// <summary>Returns the records attached to <c>Orders[orderIndex]</c>, or null when it has none (no lookup by id).</summary>
    /// <param name="orderIndex">An index into <see cref="Orders"/>.</param>
    /// <returns>The order's records, or null.</returns>
    internal OrderRecords? RecordsAt(int orderIndex) => _recordsAt[orderIndex] is var k and > 0 ? _records[k - 1] : null;

    /// <summary>Gets the table the orders are kept in (for the engine, which reads rows without making orders).</summary>
    internal OrderRows OrderTable => _orders;

    /// <summary>
    /// Gets the data-quality notes on the ledger's orders: physically odd but real orderings of facts (a delivery or carrier
    /// scan before the ship confirmation), one note per kind that occurs, with its count and first orders. Empty for most
    /// ledgers. The orders are kept and counted as the rules say.
    /// </summary>
    public ImmutableArray<LedgerNote> Notes => ImmutableCollectionsMarshal.AsImmutableArray(_notes ??= LedgerNote.Find(_orders));

    /// <summary>
    /// Returns the latest instant of any fact in the ledger (purchase, shipment, delivery, feedback, decision,
    /// removal, return event...), or null for an empty ledger. Promised dates (latest ship and delivery dates)
    /// are not facts and are left out. The CLI's default as-of day is this instant's day.
    /// </summary>
    /// <returns>The latest instant, or null.</returns>
    public Instant? LatestInstant()
    {
        Instant? latest = null;
        void See(RecordKnowledge facts)
        {
            if (latest is null || facts.Latest > latest)
            {
                latest = facts.Latest;
            }
        }

        for (int i = 0; i < _orders.Count; i++)
        {
            See(RecordFacts.Of(_orders.FactsAt(i)));
        }

        foreach (Feedback f in Feedback)
        {
            See(RecordFacts.Of(f));
        }

        foreach (AtoZClaim c in Claims)
        {
            See(RecordFacts.Of(c));
        }

        foreach (Chargeback c in Chargebacks)
        {
            See(RecordFacts.Of(c));
        }

        foreach (ReturnRequest r in Returns)
        {
            See(RecordFacts.Of(r));
        }

        foreach (BuyerContact c in Contacts)
        {
            See(RecordFacts.Of(c));
        }

        return latest;
    }

    /// <inheritdoc />
    public bool Equals(SellerLedger? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Orders.SequenceEqual(other.Orders) && Feedback.SequenceEqual(other.Feedback) && Claims.SequenceEqual(other.Claims)
                   && Chargebacks.SequenceEqual(other.Chargebacks) && Returns.SequenceEqual(other.Returns) && Contacts.SequenceEqual(other.Contacts)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SellerLedger);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Orders.Length, Feedback.Length, Claims.Length, Chargebacks.Length, Returns.Length, Contacts.Length);

    /// <summary>Returns a one-line summary of the record counts.</summary>
    public override string ToString()
        => $"SellerLedger: {Orders.Length} orders, {Feedback.Length} feedback, {Claims.Length} claims, {Chargebacks.Length} chargebacks, {Returns.Length} returns, {Contacts.Length} contacts";

    private OrderRecords? RecordsOf(OrderId orderId) => TryGetIndex(orderId, out int i) ? RecordsAt(i) : null;

    internal bool TryGetIndex(OrderId orderId, out int index)
    {
        string text = orderId.Value;
        int size = Utf8Ids.KeyBufferLength(text.Length);
        Span<byte> buffer = size <= 1024 ? stackalloc byte[size] : new byte[size];
        int length = Utf8Ids.KeyOf(text, buffer);
        index = length < 0 ? -1 : Find(_slots, _orders, buffer[..length]);
        return index >= 0;
    }

    /// <summary>Returns the row of <paramref name="rows"/> whose order id has the key <paramref name="key"/>, or -1.</summary>
    private static int Find(int[] slots, OrderRows rows, ReadOnlySpan<byte> key)
    {
        int mask = slots.Length - 1;
        for (int s = Utf8Ids.Hash(key) & mask; ; s = (s + 1) & mask)
        {
            int row = slots[s] - 1;
            if (row < 0)
            {
                return -1;
            }

            if (rows.OrderIdKey(row).SequenceEqual(key))
            {
                return row;
            }
        }
    }

    /// <summary>
    /// The records attached to one order, each list in ledger order. Filled once by <see cref="Builder.Build"/> before the
    /// ledger is made, and never changed afterwards.
    /// </summary>
    internal sealed class OrderRecords
    {
        /// <summary>Gets the order's feedback.</summary>
        public ImmutableArray<Feedback> Feedback { get; set; } = [];

        /// <summary>Gets the order's A-to-z claims.</summary>
        public ImmutableArray<AtoZClaim> Claims { get; set; } = [];

        /// <summary>Gets the order's chargebacks.</summary>
        public ImmutableArray<Chargeback> Chargebacks { get; set; } = [];

        /// <summary>Gets the order's return requests.</summary>
        public ImmutableArray<ReturnRequest> Returns { get; set; } = [];

        /// <summary>Gets the order's buyer contacts.</summary>
        public ImmutableArray<BuyerContact> Contacts { get; set; } = [];
    }
}
