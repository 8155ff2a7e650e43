using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Metrics.Tracking;

/// <summary>
/// A seller's account health kept up to date as events happen (order placed, shipped, delivered or cancelled; feedback
/// received or removed; claim filed, decided or reversed; chargeback received or decided; return requested or answered;
/// buyer contact), for every metric of the policy timeline's versions, answering the snapshot as of any day without
/// recomputing the ledger. docs/tracker.md walks through it.
/// </summary>
/// <remarks>
/// <para><b>Start.</b> <see cref="Create(SellerLedger, PolicyTimeline)"/> seeds a tracker from a ledger (one pass, as the
/// batch engine's); <c>new AccountHealthTracker(timeline)</c> starts empty. A single <see cref="MarketplacePolicy"/> converts to a
/// one-version timeline; each snapshot is judged under the version in effect on its day.</para>
/// <para><b>The one mutable type.</b> Every other result of the library is immutable; the tracker is a host-side
/// accumulator (a service that receives a marketplace's notifications), so it changes with each <c>Record</c> call. It has
/// no public setters: its state changes only through the events. It is not thread-safe: one writer, or a lock around it
/// (readers included).</para>
/// <para><b>Versions and order.</b> Events may arrive in any order, and a record may arrive before its order. Records are
/// identified as in the ledger (orders by id, feedback by order, claims and chargebacks by id, return requests by
/// <see cref="ReturnRequest.Key"/>); a later version replaces the one held: the version that knows more wins (the latest
/// of its fact instants, then the number of facts it holds; on a tie the one recorded last), so a pending claim arriving
/// after its decision does not undo the decision. Records of an order not yet recorded are held, listed in
/// <see cref="Pending"/>, and count once the order is recorded.</para>
/// <para><b>Refused records.</b> A record that cannot be a version of the one held is refused and listed in
/// <see cref="Refused"/> with the rule it breaks: an order whose id is held with another purchase instant or channel (a
/// duplicate id, not an update), a claim or chargeback whose id is held for another order.</para>
/// <para><b>Equal to the batch engine.</b> After recording the records of a valid ledger, in any order and with any of their
/// earlier versions, <see cref="Snapshot"/> equals <see cref="AccountHealth.Snapshot(SellerLedger, LocalDate, PolicyTimeline)"/>
/// of that ledger. The tracker applies the same rules (each metric's <see cref="Metric.Contribute"/>, as the engine calls it)
/// but checks only the identity rules above, not the ledger's other consistency rules (events before purchase, SKUs,
/// quantities): validate upstream if the source is untrusted.</para>
/// <para><b>Cost.</b> An event recomputes the day intervals of its one order under each version and updates per-day counts
/// (Fenwick trees over days): O(versions × records of the order × log days). A snapshot is O(metrics × log days) for the
/// counts plus the orders that hurt a metric in the window (for their ids); it never walks all orders.</para>
/// </remarks>
public sealed class AccountHealthTracker
{
    private readonly Dictionary<OrderId, OrderState> _orders = [];
    private readonly List<OrderId> _owners = [];
    private readonly Dictionary<ClaimId, OrderId> _claimOrders = [];
    private readonly Dictionary<ChargebackId, OrderId> _chargebackOrders = [];
    private readonly List<LedgerProblem> _refused = [];
    private readonly VersionState[] _versions;
    private int _orderCount;

    /// <summary>Creates an empty tracker for one seller under <paramref name="timeline"/>.</summary>
    /// <param name="timeline">The policy versions snapshots are computed under; a single policy converts to a one-version timeline.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public AccountHealthTracker(PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        Timeline = timeline;
        _versions = [.. timeline.Versions.Select(v => new VersionState(v))];
    }

    /// <summary>Gets the policy versions snapshots are computed under.</summary>
    public PolicyTimeline Timeline { get; }

    /// <summary>Gets the newest policy version (the only one of a one-version timeline).</summary>
    public MarketplacePolicy Policy => Timeline.Latest;

    /// <summary>Gets the metrics of the newest version's catalog.</summary>
    public MetricCatalog Metrics => Policy.Metrics;

    /// <summary>Gets the number of orders recorded (records waiting for their order are not counted).</summary>
    public int OrderCount => _orderCount;

    /// <summary>Gets the records refused so far, each with the rule it breaks (kind, message naming the record, field).</summary>
    public IReadOnlyList<LedgerProblem> Refused => _refused;

    /// <summary>
    /// Gets the records held for an order not recorded yet, one problem per order naming what waits
    /// (<see cref="LedgerProblemKind.UnknownOrder"/>); they count once the order is recorded.
    /// </summary>
    public ImmutableArray<LedgerProblem> Pending
        => [.. _orders.Where(p => p.Value.Order is null).OrderBy(p => p.Key.Value, StringComparer.Ordinal).Select(p => new LedgerProblem(
            LedgerProblemKind.UnknownOrder,
            $"{p.Value.Describe()} refer to order {p.Key}, not recorded yet: held until it is.",
            null,
            "orderId"))];

    /// <summary>Returns a tracker holding every record of <paramref name="ledger"/>, seeded in one pass.</summary>
    /// <param name="ledger">The ledger (already validated, so nothing is refused).</param>
    /// <param name="timeline">The policy versions; a single policy converts to a one-version timeline.</param>
    /// <returns>The tracker.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AccountHealthTracker Create(SellerLedger ledger, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var tracker = new AccountHealthTracker(timeline);
        OrderRows rows = ledger.OrderTable;
        tracker._orders.EnsureCapacity(rows.Count);
        tracker._owners.Capacity = rows.Count;
        for (int i = 0; i < rows.Count; i++)
        {
            OrderState state = tracker.StateOf(rows.OrderIdAt(i));
            state.Order = rows.OrderAt(i);
            tracker._orderCount++;
            if (ledger.RecordsAt(i) is { } r)
            {
                state.Feedback = [.. r.Feedback];
                state.Claims.AddRange(r.Claims);
                state.Chargebacks.AddRange(r.Chargebacks);
                state.Returns.AddRange(r.Returns);
                state.Contacts.AddRange(r.Contacts);
                foreach (AtoZClaim c in r.Claims)
                {
                    tracker._claimOrders[c.ClaimId] = c.OrderId;
                }

                foreach (Chargeback c in r.Chargebacks)
                {
                    tracker._chargebackOrders[c.ChargebackId] = c.OrderId;
                }
            }

            tracker.Refresh(state);
        }

        return tracker;
    }

    /// <summary>Records an order placed, or a later version of it (shipped, scanned, delivered, cancelled).</summary>
    /// <param name="order">The order as now known.</param>
    /// <returns>False when refused (see <see cref="Refused"/>): the id is held with another purchase instant or channel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    public bool Record(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        OrderState state = StateOf(order.OrderId);
        if (state.Order is { } held && (held.PurchasedAt != order.PurchasedAt || held.Channel != order.Channel))
        {
            return Refuse(
                LedgerProblemKind.DuplicateId,
                $"order {order.OrderId} is held purchased at {Internal.Preconditions.Format(held.PurchasedAt)} ({held.Channel}); an order with the same id "
                + $"purchased at {Internal.Preconditions.Format(order.PurchasedAt)} ({order.Channel}) is another order, not a later version of it: refused.",
                "orderId");
        }

        if (state.Order is null || RecordVersions.Wins(order, state.Order))
        {
            if (state.Order is null)
            {
                _orderCount++;
            }

            state.Order = order;
            Refresh(state);
        }

        return true;
    }

    /// <summary>Records an order and every record attached to it (each as <c>Record</c> of one would).</summary>
    /// <param name="history">The order's history.</param>
    /// <returns>False when any of its records was refused (see <see cref="Refused"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public bool Record(OrderHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        bool all = Record(history.Order);
        foreach (Feedback f in history.Feedback)
        {
            Record(f);
        }

        foreach (AtoZClaim c in history.Claims)
        {
            all &= Record(c);
        }

        foreach (Chargeback c in history.Chargebacks)
        {
            all &= Record(c);
        }

        foreach (ReturnRequest r in history.Returns)
        {
            Record(r);
        }

        foreach (BuyerContact c in history.Contacts)
        {
            Record(c);
        }

        return all;
    }

    /// <summary>Records feedback received, or a later version of it (removed or struck through).</summary>
    /// <param name="feedback">The feedback as now known (an order has at most one).</param>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/> is null.</exception>
    public void Record(Feedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        OrderState state = StateOf(feedback.OrderId);
        if (state.Feedback.Length == 0 || RecordVersions.Wins(feedback, state.Feedback[0]))
        {
            state.Feedback = [feedback];
            Refresh(state);
        }
    }

    /// <summary>Records an A-to-z claim filed, or a later version of it (decided, reversed on appeal).</summary>
    /// <param name="claim">The claim as now known.</param>
    /// <returns>False when refused (see <see cref="Refused"/>): the claim id is held for another order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public bool Record(AtoZClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (!_claimOrders.TryAdd(claim.ClaimId, claim.OrderId) && _claimOrders[claim.ClaimId] != claim.OrderId)
        {
            return Refuse(
                LedgerProblemKind.DuplicateId,
                $"claim {claim.ClaimId} is held for order {_claimOrders[claim.ClaimId]}; a claim with the same id on order {claim.OrderId}: refused.",
                "claimId");
        }

        Upsert(StateOf(claim.OrderId).Claims, claim, c => c.ClaimId == claim.ClaimId, RecordVersions.Wins, claim.OrderId);
        return true;
    }

    /// <summary>Records a chargeback received, or a later version of it (decided).</summary>
    /// <param name="chargeback">The chargeback as now known.</param>
    /// <returns>False when refused (see <see cref="Refused"/>): the chargeback id is held for another order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chargeback"/> is null.</exception>
    public bool Record(Chargeback chargeback)
    {
        ArgumentNullException.ThrowIfNull(chargeback);
        if (!_chargebackOrders.TryAdd(chargeback.ChargebackId, chargeback.OrderId) && _chargebackOrders[chargeback.ChargebackId] != chargeback.OrderId)
        {
            return Refuse(
                LedgerProblemKind.DuplicateId,
                $"chargeback {chargeback.ChargebackId} is held for order {_chargebackOrders[chargeback.ChargebackId]}; a chargeback with the same id on order {chargeback.OrderId}: refused.",
                "chargebackId");
        }

        Upsert(StateOf(chargeback.OrderId).Chargebacks, chargeback, c => c.ChargebackId == chargeback.ChargebackId, RecordVersions.Wins, chargeback.OrderId);
        return true;
    }

    /// <summary>Records a return request, or a later version of it (answered, received, refunded).</summary>
    /// <param name="request">The request as now known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public void Record(ReturnRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string key = request.Key;
        Upsert(StateOf(request.OrderId).Returns, request, r => string.Equals(r.Key, key, StringComparison.Ordinal), RecordVersions.Wins, request.OrderId);
    }

    /// <summary>Records a buyer contact (a message about an order).</summary>
    /// <param name="contact">The contact; contacts are identified by order and time, so recording one twice keeps one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is null.</exception>
    public void Record(BuyerContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        Upsert(StateOf(contact.OrderId).Contacts, contact, c => c.BuyerContactedAt == contact.BuyerContactedAt, RecordVersions.Wins, contact.OrderId);
    }

    /// <summary>Returns the version of an order held, so a host can record its next version (e.g. shipped) without its own copy.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="order">The order held, when it was recorded.</param>
    /// <returns>Whether the order was recorded.</returns>
    public bool TryGetOrder(OrderId orderId, [NotNullWhen(true)] out Order? order)
    {
        order = _orders.TryGetValue(orderId, out OrderState? state) ? state.Order : null;
        return order is not null;
    }

    /// <summary>Returns the order held with every record held for it.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="history">The order and its records, when the order was recorded.</param>
    /// <returns>Whether the order was recorded.</returns>
    public bool TryGetHistory(OrderId orderId, [NotNullWhen(true)] out OrderHistory? history)
    {
        history = _orders.TryGetValue(orderId, out OrderState? s) && s.Order is { } order
            ? new OrderHistory(order, [.. s.Feedback], [.. s.Claims], [.. s.Chargebacks], [.. s.Returns], [.. s.Contacts])
            : null;
        return history is not null;
    }

    /// <summary>Returns the counts of every metric as of the end of <paramref name="asOf"/>, without order ids.</summary>
    /// <param name="asOf">The as-of day (reporting zone).</param>
    /// <returns>The counts.</returns>
    public AccountHealthCounts CountsOn(LocalDate asOf)
    {
        VersionState v = _versions[Timeline.IndexOf(asOf)];
        int[] counts = new int[v.Catalog.ColumnCount];
        v.Counts.CountsOn(DayNumber.Of(asOf), counts);
        return new AccountHealthCounts(v.Catalog, counts[..v.Catalog.CountedColumns]);
    }

    /// <summary>
    /// Returns the snapshot of every metric as of the end of <paramref name="asOf"/>, with the orders that hurt each: equal to
    /// the batch engine's snapshot of the records held.
    /// </summary>
    /// <param name="asOf">The as-of day (reporting zone); judged under the version in effect that day.</param>
    /// <returns>The snapshot.</returns>
    public AccountHealthSnapshot Snapshot(LocalDate asOf)
    {
        VersionState v = _versions[Timeline.IndexOf(asOf)];
        int day = DayNumber.Of(asOf);
        int[] counts = new int[v.Catalog.ColumnCount];
        v.Counts.CountsOn(day, counts);
        var hurt = new List<OrderId>?[v.Metrics.Length];
        for (int start = day - v.MaxHurtLength + 1; v.MaxHurtLength > 0 && start <= day; start++)
        {
            if (!v.HurtByStart.TryGetValue(start, out HashSet<(byte Column, int End, int Owner)>? entries))
            {
                continue;
            }

            foreach ((byte column, int end, int owner) in entries)
            {
                if (end > day && v.HurtingMetric[column] is var metric and >= 0)
                {
                    (hurt[metric] ??= []).Add(_owners[owner]);
                }
            }
        }

        ImmutableArray<OrderId> Ids(int metric)
            => hurt[metric] is { } ids ? [.. ids.Distinct().OrderBy(o => o.Value, StringComparer.Ordinal)] : [];

        return AccountHealthSnapshot.Create(asOf, v.Policy.Version, new AccountHealthCounts(v.Catalog, counts[..v.Catalog.CountedColumns]), Ids);
    }

    private bool Refuse(LedgerProblemKind kind, string message, string field)
    {
        _refused.Add(new LedgerProblem(kind, message, null, field));
        return false;
    }

    private OrderState StateOf(OrderId orderId)
    {
        if (!_orders.TryGetValue(orderId, out OrderState? state))
        {
            state = new OrderState(_owners.Count, _versions.Length);
            _owners.Add(orderId);
            _orders.Add(orderId, state);
        }

        return state;
    }

    private void Upsert<T>(List<T> records, T record, Func<T, bool> same, Func<T, T, bool> wins, OrderId orderId)
    {
        int i = records.FindIndex(r => same(r));
        if (i < 0)
        {
            records.Add(record);
        }
        else if (wins(record, records[i]))
        {
            records[i] = record;
        }
        else
        {
            return;
        }

        Refresh(_orders[orderId]);
    }

    /// <summary>Replaces the order's contributions under each version: withdraws the old ones, applies the rules, adds the new.</summary>
    private void Refresh(OrderState state)
    {
        if (state.Order is not { } order)
        {
            return;
        }

        // The records in the ledger's canonical order, so every metric sees what the batch engine sees.
        AtoZClaim[] claims = Canonical(state.Claims, (a, b) => Compare(a.FiledAt, b.FiledAt, a.ClaimId.Value, b.ClaimId.Value));
        Chargeback[] chargebacks = Canonical(state.Chargebacks, (a, b) => Compare(a.ReceivedAt, b.ReceivedAt, a.ChargebackId.Value, b.ChargebackId.Value));
        ReturnRequest[] returns = Canonical(state.Returns, (a, b) => Compare(a.RequestedAt, b.RequestedAt, a.Key, b.Key));
        BuyerContact[] contacts = Canonical(state.Contacts, (a, b) => a.BuyerContactedAt.CompareTo(b.BuyerContactedAt));
        var evidence = new OrderEvidence(OrderFacts.Of(order), state.Feedback, claims, chargebacks, returns, contacts);
        for (int v = 0; v < _versions.Length; v++)
        {
            _versions[v].Refresh(state.Owner, state.Contributions[v], state.PerBuyerKeys[v], order, evidence);
        }
    }

    private static int Compare(Instant a, Instant b, string idA, string idB)
    {
        int byTime = a.CompareTo(b);
        return byTime != 0 ? byTime : string.CompareOrdinal(idA, idB);
    }

    private static T[] Canonical<T>(List<T> records, Comparison<T> order)
    {
        T[] array = [.. records];
        if (array.Length > 1)
        {
            // A stable sort (records arrive in any order; equal keys keep the order held).
            T[] sorted = [.. array.Order(Comparer<T>.Create(order))];
            return sorted;
        }

        return array;
    }

    /// <summary>The counts and hurt-order index of one policy version.</summary>
    private sealed class VersionState
    {
        private readonly int[][] _slotColumns;
        private readonly ContributionSink _sink;
        private readonly Dictionary<(byte Column, string Buyer), BuyerRuns> _buyers = [];
        private readonly HashSet<BuyerRuns> _touched = [];

        public VersionState(MarketplacePolicy policy)
        {
            Policy = policy;
            Catalog = policy.Metrics;
            Metrics = [.. Catalog.Metrics];
            _slotColumns = [.. Enumerable.Range(0, Metrics.Length).Select(Catalog.ColumnsOf)];
            HurtingMetric = Catalog.HurtingMetricOfColumn;
            Counts = new DayCounts(Catalog.ColumnCount);
            _sink = new ContributionSink(policy.Reporting, 16);
        }

        public MarketplacePolicy Policy { get; }

        public MetricCatalog Catalog { get; }

        public Metric[] Metrics { get; }

        public int[] HurtingMetric { get; }

        public DayCounts Counts { get; }

        public Dictionary<int, HashSet<(byte Column, int End, int Owner)>> HurtByStart { get; } = [];

        public int MaxHurtLength { get; private set; }

        public void Refresh(
            int owner, List<(byte Column, int Start, int End)> contributions, List<(byte Column, string Buyer)> perBuyerKeys, Order order, in OrderEvidence evidence)
        {
            foreach ((byte column, int start, int end) in contributions)
            {
                Counts.Add(column, start, end, -1);
                if (HurtingMetric[column] >= 0 && HurtByStart.TryGetValue(start, out var entries))
                {
                    entries.Remove((column, end, owner));
                }
            }

            contributions.Clear();
            _touched.Clear();
            foreach ((byte column, string buyer) in perBuyerKeys)
            {
                BuyerRuns runs = _buyers[(column, buyer)];
                runs.Intervals.Remove(owner);
                _touched.Add(runs);
            }

            perBuyerKeys.Clear();
            _sink.Clear();
            for (int m = 0; m < Metrics.Length; m++)
            {
                _sink.Begin(_slotColumns[m], owner);
                Metrics[m].Contribute(evidence, _sink);
            }

            for (int k = 0; k < _sink.Count; k++)
            {
                contributions.Add((_sink.Columns[k], _sink.Starts[k], _sink.Ends[k]));
            }

            string? buyerKey = _sink.PerBuyer.Count == 0 ? null : EngineIndex.BuyerKey(order.BuyerId?.Value, order.OrderId.Value);
            foreach ((byte column, int start, int end, _) in _sink.PerBuyer)
            {
                if (!_buyers.TryGetValue((column, buyerKey!), out BuyerRuns? runs))
                {
                    runs = new BuyerRuns(column);
                    _buyers.Add((column, buyerKey!), runs);
                }

                if (!runs.Intervals.TryGetValue(owner, out List<(int Start, int End)>? intervals))
                {
                    intervals = [];
                    runs.Intervals.Add(owner, intervals);
                    perBuyerKeys.Add((column, buyerKey!));
                }

                intervals.Add((start, end));
                _touched.Add(runs);
            }

            Remerge();

            foreach ((byte column, int start, int end) in contributions)
            {
                Counts.Add(column, start, end, +1);
                if (HurtingMetric[column] >= 0)
                {
                    if (!HurtByStart.TryGetValue(start, out var entries))
                    {
                        entries = [];
                        HurtByStart.Add(start, entries);
                    }

                    entries.Add((column, end, owner));
                    MaxHurtLength = Math.Max(MaxHurtLength, end - start);
                }
            }
        }

        /// <summary>Withdraws the merged runs of each buyer touched and adds its new ones (its orders' intervals merged).</summary>
        private void Remerge()
        {
            foreach (BuyerRuns runs in _touched)
            {
                foreach ((int start, int end) in runs.Runs)
                {
                    Counts.Add(runs.Column, start, end, -1);
                }

                var tagged = new List<(int Key, int Start, int End, int Owner)>();
                foreach ((int owner, List<(int Start, int End)> intervals) in runs.Intervals)
                {
                    tagged.AddRange(intervals.Select(i => (0, i.Start, i.End, owner)));
                }

                runs.Runs.Clear();
                foreach ((_, int start, int end, _) in KeyedIntervals.Merge(tagged))
                {
                    runs.Runs.Add((start, end));
                    Counts.Add(runs.Column, start, end, +1);
                }
            }
        }

        /// <summary>The per-buyer intervals of one buyer in one column, by order, and their merged runs now counted.</summary>
        private sealed class BuyerRuns(byte column)
        {
            public byte Column { get; } = column;

            public Dictionary<int, List<(int Start, int End)>> Intervals { get; } = [];

            public List<(int Start, int End)> Runs { get; } = [];
        }
    }

    /// <summary>Everything recorded about one order, and the day intervals it contributes now under each version.</summary>
    private sealed class OrderState(int owner, int versions)
    {
        public int Owner { get; } = owner;

        public Order? Order { get; set; }

        public Feedback[] Feedback { get; set; } = [];

        public List<AtoZClaim> Claims { get; } = [];

        public List<Chargeback> Chargebacks { get; } = [];

        public List<ReturnRequest> Returns { get; } = [];

        public List<BuyerContact> Contacts { get; } = [];

        public List<(byte Column, int Start, int End)>[] Contributions { get; } = [.. Enumerable.Range(0, versions).Select(_ => new List<(byte, int, int)>())];

        /// <summary>Per version, the buyers (and columns) this order has per-buyer intervals for.</summary>
        public List<(byte Column, string Buyer)>[] PerBuyerKeys { get; } = [.. Enumerable.Range(0, versions).Select(_ => new List<(byte, string)>())];

        /// <summary>Names the records held, e.g. "1 claim and 2 return requests".</summary>
        public string Describe()
        {
            var parts = new List<string>();
            void Part(int n, string one, string many)
            {
                if (n > 0)
                {
                    parts.Add($"{n} {(n == 1 ? one : many)}");
                }
            }

            Part(Feedback.Length, "feedback", "feedback");
            Part(Claims.Count, "claim", "claims");
            Part(Chargebacks.Count, "chargeback", "chargebacks");
            Part(Returns.Count, "return request", "return requests");
            Part(Contacts.Count, "buyer contact", "buyer contacts");
            return parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts[..^1]) + " and " + parts[^1];
        }
    }
}
