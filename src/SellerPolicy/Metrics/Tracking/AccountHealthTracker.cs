using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Metrics.Tracking;

/// <summary>
/// A seller's account health kept up to date as events happen (order placed, shipped, delivered or cancelled; feedback
/// received or removed; claim filed, decided or reversed; chargeback received or decided; return requested or answered;
/// buyer contact), for every metric of the policy's catalog,
/// answering the snapshot as of any day without recomputing the ledger.
/// </summary>
/// <remarks>
/// <para><b>The one mutable type.</b> Every other result of the library is immutable; the tracker is a host-side
/// accumulator (a service that receives a marketplace's notifications), so it changes with each <c>Record</c> call. It has
/// no public setters: its state changes only through the events. It is not thread-safe: one writer, or a lock around it.</para>
/// <para><b>Versions and order.</b> Events may arrive in any order, and a record may arrive before its order. Records are
/// identified as in the ledger (orders by id, feedback by order, claims and chargebacks by id, return requests by
/// <see cref="ReturnRequest.Key"/>); a later version replaces the one held: the version that knows more wins (the latest
/// of its fact instants, then the number of facts it holds; on a tie the one recorded last), so a pending claim arriving
/// after its decision does not undo the decision. Records of an order not yet recorded are held and count once it is.</para>
/// <para><b>Equal to the batch engine.</b> After recording the records of a valid ledger, in any order and with any of their
/// earlier versions, <see cref="Snapshot"/> equals <see cref="AccountHealth.Snapshot(SellerLedger, LocalDate, MarketplacePolicy)"/>
/// of that ledger. The tracker applies the same rules (each metric's <see cref="Metric.Contribute"/>, as the engine calls it) but does not check the
/// ledger's consistency rules (duplicates, events before purchase): validate upstream if the source is untrusted.</para>
/// <para><b>Cost.</b> An event recomputes the day intervals of its one order and updates per-day counts (Fenwick trees over
/// days): O(records of the order × log days). A snapshot is O(metrics × log days) for the counts plus the orders that hurt a
/// metric in the window (for their ids); it never walks all orders.</para>
/// </remarks>
public sealed class AccountHealthTracker
{
    private readonly Dictionary<OrderId, OrderState> _orders = [];
    private readonly List<OrderId> _owners = [];
    private readonly MetricCatalog _catalog;
    private readonly Metric[] _metrics;
    private readonly int[][] _slotColumns;
    private readonly int[] _hurtingMetric;
    private readonly DayCounts _counts;
    private readonly Dictionary<int, HashSet<(byte Column, int End, int Owner)>> _hurtByStart = [];
    private readonly ContributionSink _sink;
    private readonly Dictionary<(byte Column, string Buyer), BuyerRuns> _buyers = [];
    private readonly HashSet<BuyerRuns> _touched = [];
    private int _maxHurtLength;
    private int _orderCount;

    /// <summary>Creates an empty tracker for one seller under <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy version every snapshot is computed under.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy is not valid (see <see cref="PolicyValidator"/>).</exception>
    public AccountHealthTracker(MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        PolicyValidator.EnsureValid(policy);
        Policy = policy;
        _catalog = policy.Metrics;
        _metrics = [.. _catalog.Metrics];
        _slotColumns = [.. Enumerable.Range(0, _metrics.Length).Select(_catalog.ColumnsOf)];
        _hurtingMetric = _catalog.HurtingMetricOfColumn;
        _counts = new DayCounts(_catalog.ColumnCount);
        _sink = new ContributionSink(policy.Reporting, 16);
    }

    /// <summary>Gets the policy version every snapshot is computed under.</summary>
    public MarketplacePolicy Policy { get; }

    /// <summary>Gets the metrics every snapshot holds (the policy's catalog).</summary>
    public MetricCatalog Metrics => _catalog;

    /// <summary>Gets the number of orders recorded (records waiting for their order are not counted).</summary>
    public int OrderCount => _orderCount;

    /// <summary>Records an order placed, or a later version of it (shipped, scanned, delivered, cancelled).</summary>
    /// <param name="order">The order as now known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    public void Record(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        OrderState state = StateOf(order.OrderId);
        if (state.Order is null || Knowledge.Of(order).CompareTo(Knowledge.Of(state.Order)) >= 0)
        {
            if (state.Order is null)
            {
                _orderCount++;
            }

            state.Order = order;
            Refresh(state);
        }
    }

    /// <summary>Records feedback received, or a later version of it (removed or struck through).</summary>
    /// <param name="feedback">The feedback as now known (an order has at most one).</param>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/> is null.</exception>
    public void Record(Feedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        OrderState state = StateOf(feedback.OrderId);
        if (state.Feedback.Length == 0 || Knowledge.Of(feedback).CompareTo(Knowledge.Of(state.Feedback[0])) >= 0)
        {
            state.Feedback = [feedback];
            Refresh(state);
        }
    }

    /// <summary>Records an A-to-z claim filed, or a later version of it (decided, reversed on appeal).</summary>
    /// <param name="claim">The claim as now known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public void Record(AtoZClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        Upsert(StateOf(claim.OrderId).Claims, claim, c => c.ClaimId == claim.ClaimId, Knowledge.Of, claim.OrderId);
    }

    /// <summary>Records a chargeback received, or a later version of it (decided).</summary>
    /// <param name="chargeback">The chargeback as now known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chargeback"/> is null.</exception>
    public void Record(Chargeback chargeback)
    {
        ArgumentNullException.ThrowIfNull(chargeback);
        Upsert(StateOf(chargeback.OrderId).Chargebacks, chargeback, c => c.ChargebackId == chargeback.ChargebackId, Knowledge.Of, chargeback.OrderId);
    }

    /// <summary>Records a return request, or a later version of it (answered, received, refunded).</summary>
    /// <param name="request">The request as now known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public void Record(ReturnRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string key = request.Key;
        Upsert(StateOf(request.OrderId).Returns, request, r => string.Equals(r.Key, key, StringComparison.Ordinal), Knowledge.Of, request.OrderId);
    }

    /// <summary>Records a buyer contact (a message about an order).</summary>
    /// <param name="contact">The contact; contacts are identified by order and time, so recording one twice keeps one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is null.</exception>
    public void Record(BuyerContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        Upsert(StateOf(contact.OrderId).Contacts, contact, c => c.BuyerContactedAt == contact.BuyerContactedAt, c => Knowledge.From(c.BuyerContactedAt), contact.OrderId);
    }

    /// <summary>Returns the counts of every metric as of the end of <paramref name="asOf"/>, without order ids.</summary>
    /// <param name="asOf">The as-of day (reporting zone).</param>
    /// <returns>The counts.</returns>
    public AccountHealthCounts CountsOn(LocalDate asOf)
    {
        int[] counts = new int[_catalog.ColumnCount];
        _counts.CountsOn(DayNumber.Of(asOf), counts);
        return new AccountHealthCounts(_catalog, counts[.._catalog.CountedColumns]);
    }

    /// <summary>
    /// Returns the snapshot of every metric as of the end of <paramref name="asOf"/>, with the orders that hurt each: equal to
    /// the batch engine's snapshot of the records held.
    /// </summary>
    /// <param name="asOf">The as-of day (reporting zone).</param>
    /// <returns>The snapshot.</returns>
    public AccountHealthSnapshot Snapshot(LocalDate asOf)
    {
        int day = DayNumber.Of(asOf);
        int[] counts = new int[_catalog.ColumnCount];
        _counts.CountsOn(day, counts);
        var hurt = new List<OrderId>?[_metrics.Length];
        for (int start = day - _maxHurtLength + 1; _maxHurtLength > 0 && start <= day; start++)
        {
            if (!_hurtByStart.TryGetValue(start, out HashSet<(byte Column, int End, int Owner)>? entries))
            {
                continue;
            }

            foreach ((byte column, int end, int owner) in entries)
            {
                if (end > day && _hurtingMetric[column] is var metric and >= 0)
                {
                    (hurt[metric] ??= []).Add(_owners[owner]);
                }
            }
        }

        ImmutableArray<OrderId> Ids(int metric)
            => hurt[metric] is { } ids ? [.. ids.Distinct().OrderBy(o => o.Value, StringComparer.Ordinal)] : [];

        return AccountHealthSnapshot.Create(asOf, Policy.Version, new AccountHealthCounts(_catalog, counts[.._catalog.CountedColumns]), Ids);
    }

    private OrderState StateOf(OrderId orderId)
    {
        if (!_orders.TryGetValue(orderId, out OrderState? state))
        {
            state = new OrderState(_owners.Count);
            _owners.Add(orderId);
            _orders.Add(orderId, state);
        }

        return state;
    }

    private void Upsert<T>(List<T> records, T record, Func<T, bool> same, Func<T, Knowledge> knowledge, OrderId orderId)
    {
        int i = records.FindIndex(r => same(r));
        if (i < 0)
        {
            records.Add(record);
        }
        else if (knowledge(record).CompareTo(knowledge(records[i])) >= 0)
        {
            records[i] = record;
        }
        else
        {
            return;
        }

        Refresh(_orders[orderId]);
    }

    /// <summary>Replaces the order's contributions: withdraws the old ones, applies the rules to its records, adds the new.</summary>
    private void Refresh(OrderState state)
    {
        foreach ((byte column, int start, int end) in state.Contributions)
        {
            _counts.Add(column, start, end, -1);
            if (_hurtingMetric[column] >= 0 && _hurtByStart.TryGetValue(start, out var entries))
            {
                entries.Remove((column, end, state.Owner));
            }
        }

        state.Contributions.Clear();
        _touched.Clear();
        foreach ((byte column, string buyer) in state.PerBuyerKeys)
        {
            BuyerRuns runs = _buyers[(column, buyer)];
            runs.Intervals.Remove(state.Owner);
            _touched.Add(runs);
        }

        state.PerBuyerKeys.Clear();
        if (state.Order is not { } order)
        {
            Remerge();
            return;
        }

        // The records in the ledger's canonical order, so every metric sees what the batch engine sees.
        AtoZClaim[] claims = [.. state.Claims.OrderBy(c => c.FiledAt).ThenBy(c => c.ClaimId.Value, StringComparer.Ordinal)];
        Chargeback[] chargebacks = [.. state.Chargebacks.OrderBy(c => c.ReceivedAt).ThenBy(c => c.ChargebackId.Value, StringComparer.Ordinal)];
        ReturnRequest[] returns = [.. state.Returns.OrderBy(r => r.RequestedAt).ThenBy(r => r.Key, StringComparer.Ordinal)];
        BuyerContact[] contacts = [.. state.Contacts.OrderBy(c => c.BuyerContactedAt)];
        var evidence = new OrderEvidence(OrderFacts.Of(order), state.Feedback, claims, chargebacks, returns, contacts);
        _sink.Clear();
        for (int m = 0; m < _metrics.Length; m++)
        {
            _sink.Begin(_slotColumns[m], state.Owner);
            _metrics[m].Contribute(evidence, _sink);
        }

        for (int k = 0; k < _sink.Count; k++)
        {
            state.Contributions.Add((_sink.Columns[k], _sink.Starts[k], _sink.Ends[k]));
        }

        string? buyerKey = _sink.PerBuyer.Count == 0 ? null : AccountHealthEngine.BuyerKey(order.BuyerId?.Value, order.OrderId.Value);
        foreach ((byte column, int start, int end, _) in _sink.PerBuyer)
        {
            if (!_buyers.TryGetValue((column, buyerKey!), out BuyerRuns? runs))
            {
                runs = new BuyerRuns(column);
                _buyers.Add((column, buyerKey!), runs);
            }

            if (!runs.Intervals.TryGetValue(state.Owner, out List<(int Start, int End)>? intervals))
            {
                intervals = [];
                runs.Intervals.Add(state.Owner, intervals);
                state.PerBuyerKeys.Add((column, buyerKey!));
            }

            intervals.Add((start, end));
            _touched.Add(runs);
        }

        Remerge();

        foreach ((byte column, int start, int end) in state.Contributions)
        {
            _counts.Add(column, start, end, +1);
            if (_hurtingMetric[column] >= 0)
            {
                if (!_hurtByStart.TryGetValue(start, out var entries))
                {
                    entries = [];
                    _hurtByStart.Add(start, entries);
                }

                entries.Add((column, end, state.Owner));
                _maxHurtLength = Math.Max(_maxHurtLength, end - start);
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
                _counts.Add(runs.Column, start, end, -1);
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
                _counts.Add(runs.Column, start, end, +1);
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

    /// <summary>Everything recorded about one order, and the day intervals it contributes now.</summary>
    private sealed class OrderState(int owner)
    {
        public int Owner { get; } = owner;

        public Order? Order { get; set; }

        public Feedback[] Feedback { get; set; } = [];

        public List<AtoZClaim> Claims { get; } = [];

        public List<Chargeback> Chargebacks { get; } = [];

        public List<ReturnRequest> Returns { get; } = [];

        public List<BuyerContact> Contacts { get; } = [];

        public List<(byte Column, int Start, int End)> Contributions { get; } = [];

        public List<(byte Column, string Buyer)> PerBuyerKeys { get; } = [];
    }

    /// <summary>How much a version of a record knows: its latest fact instant, then how many facts it holds.</summary>
    private readonly record struct Knowledge(Instant Latest, int Facts) : IComparable<Knowledge>
    {
        public int CompareTo(Knowledge other)
        {
            int byLatest = Latest.CompareTo(other.Latest);
            return byLatest != 0 ? byLatest : Facts.CompareTo(other.Facts);
        }

        public static Knowledge Of(Order o) => From(o.PurchasedAt, o.ShippedAt, o.FirstCarrierScanAt, o.DeliveredAt, o.CancelledAt);

        public static Knowledge Of(Feedback f) => From(f.ReceivedAt, f.RemovedAt);

        public static Knowledge Of(AtoZClaim c) => From(c.FiledAt, c.DecidedAt, c.ReversedAt);

        public static Knowledge Of(Chargeback c) => From(c.ReceivedAt, c.DecidedAt);

        public static Knowledge Of(ReturnRequest r)
        {
            Knowledge k = From(r.RequestedAt, r.RespondedAt, r.ShippedAt, r.ReceivedAt, r.RefundedAt);
            return k with { Facts = k.Facts + (r.NegativeReturnFeedback ? 1 : 0) + (r.RejectedIncorrectly ? 1 : 0) };
        }

        public static Knowledge From(Instant first, params ReadOnlySpan<Instant?> later)
        {
            Instant latest = first;
            int facts = 1;
            foreach (Instant? at in later)
            {
                if (at is { } instant)
                {
                    facts++;
                    latest = instant > latest ? instant : latest;
                }
            }

            return new Knowledge(latest, facts);
        }
    }
}
