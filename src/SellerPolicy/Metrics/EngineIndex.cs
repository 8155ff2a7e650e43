using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Metrics;

/// <summary>
/// The engine's index of one ledger under one policy version: every order's contributions in columns sorted by first day,
/// and what forecasts need besides (when each order is settled, purchases per day and channel).
/// </summary>
internal sealed class EngineIndex
{
    private readonly SellerLedger _ledger;
    private readonly OrderRows _orders; // the ledger's; owners are its row numbers
    private readonly Metric[] _metrics;
    private readonly int[][] _slotColumns;
    private readonly byte[] _column;
    private readonly int[] _start;       // first as-of day, ascending
    private readonly int[] _end;         // first as-of day no longer covered
    private readonly int[] _owner;
    private readonly int _maxLength;
    private readonly long[] _changesFrom; // per order: KnownLedger.ChangesFrom (Unix ticks)
    private readonly int _firstPurchaseDay;
    private readonly int[] _mfnBefore;    // per day from _firstPurchaseDay: MFN orders purchased before it (prefix sums)
    private readonly int[] _afnBefore;

    private EngineIndex(
        SellerLedger ledger, MarketplacePolicy policy, Metric[] metrics, int[][] slotColumns, byte[] column, int[] start, int[] end, int[] owner,
        int maxLength, long[] changesFrom, int firstPurchaseDay, int[] mfnBefore, int[] afnBefore, bool hasPerBuyerSlots)
    {
        HasPerBuyerSlots = hasPerBuyerSlots;
        _ledger = ledger;
        _orders = ledger.OrderTable;
        Policy = policy;
        Catalog = policy.Metrics;
        _metrics = metrics;
        _slotColumns = slotColumns;
        _column = column;
        _start = start;
        _end = end;
        _owner = owner;
        _maxLength = maxLength;
        _changesFrom = changesFrom;
        _firstPurchaseDay = firstPurchaseDay;
        _mfnBefore = mfnBefore;
        _afnBefore = afnBefore;
    }

    public MarketplacePolicy Policy { get; }

    /// <summary>
    /// Gets whether a metric counted buyers (<see cref="ContributionSink.EmitPerBuyer"/>): their merged runs belong to no single
    /// order, so forecasts and what-ifs cannot patch the index order by order and rebuild instead.
    /// </summary>
    public bool HasPerBuyerSlots { get; }

    public MetricCatalog Catalog { get; }

    public int ContributionCount => _start.Length;

    /// <summary>Hands every order to every metric and sorts the contributions by first day.</summary>
    public static EngineIndex Build(SellerLedger ledger, MarketplacePolicy policy, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        OrderRows orders = ledger.OrderTable;
        MetricCatalog catalog = policy.Metrics;
        Duration responseTime = policy.Returns.ResponseTime;

        // About six contributions per order on a typical ledger (most of them MFN): one resize at most.
        var sink = new ContributionSink(policy.Reporting, 64 + (6 * orders.Count));
        Metric[] metrics = [.. catalog.Metrics];
        int[][] columns = new int[metrics.Length][];
        for (int m = 0; m < metrics.Length; m++)
        {
            columns[m] = catalog.ColumnsOf(m);
        }

        long[] changesFrom = new long[orders.Count];
        int[] purchaseDay = new int[orders.Count];
        int firstDay = int.MaxValue;
        int lastDay = int.MinValue;

        // Owners are indexes into the ledger's orders; snapshots sort the few ids they name.
        for (int i = 0; i < orders.Count; i++)
        {
            if ((i & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            OrderFacts facts = orders.FactsAt(i);
            SellerLedger.OrderRecords? r = ledger.RecordsAt(i);
            OrderEvidence evidence = r is not null
                ? new OrderEvidence(facts, r.Feedback.AsSpan(), r.Claims.AsSpan(), r.Chargebacks.AsSpan(), r.Returns.AsSpan(), r.Contacts.AsSpan())
                : new OrderEvidence(facts, [], [], [], [], []);
            for (int m = 0; m < metrics.Length; m++)
            {
                sink.Begin(columns[m], i);
                metrics[m].Contribute(evidence, sink);
            }

            changesFrom[i] = KnownLedger.ChangesFrom(facts, r, responseTime);
            int day = sink.Day(facts.PurchasedAt);
            purchaseDay[i] = facts.Channel == FulfillmentChannel.Mfn ? day : ~day;
            firstDay = Math.Min(firstDay, day);
            lastDay = Math.Max(lastDay, day);
        }

        int days = orders.Count == 0 ? 0 : lastDay - firstDay + 1;
        int[] mfnBefore = new int[days + 1];
        int[] afnBefore = new int[days + 1];
        foreach (int tagged in purchaseDay)
        {
            if (tagged >= 0)
            {
                mfnBefore[tagged - firstDay + 1]++;
            }
            else
            {
                afnBefore[~tagged - firstDay + 1]++;
            }
        }

        for (int d = 1; d <= days; d++)
        {
            mfnBefore[d] += mfnBefore[d - 1];
            afnBefore[d] += afnBefore[d - 1];
        }

        bool perBuyer = sink.PerBuyer.Count > 0;
        MergePerBuyer(sink, orders);

        // Sort the contributions by first day with a counting sort, O(contributions + days);
        // stable order is not needed: counts are sums.
        int count = sink.Count;
        byte[] sinkColumn = sink.Columns;
        int[] sinkStart = sink.Starts;
        int[] sinkEnd = sink.Ends;
        int[] sinkOwner = sink.Owners;
        int minStart = int.MaxValue;
        int maxStart = int.MinValue;
        for (int k = 0; k < count; k++)
        {
            minStart = Math.Min(minStart, sinkStart[k]);
            maxStart = Math.Max(maxStart, sinkStart[k]);
        }

        int[] slot = new int[count == 0 ? 1 : maxStart - minStart + 2];
        for (int k = 0; k < count; k++)
        {
            slot[sinkStart[k] - minStart + 1]++;
        }

        for (int d = 1; d < slot.Length; d++)
        {
            slot[d] += slot[d - 1];
        }

        byte[] column = new byte[count];
        int[] keys = new int[count];
        int[] end = new int[count];
        int[] owner = new int[count];
        int maxLength = 0;
        for (int k = 0; k < count; k++)
        {
            int at = slot[sinkStart[k] - minStart]++;
            column[at] = sinkColumn[k];
            keys[at] = sinkStart[k];
            end[at] = sinkEnd[k];
            owner[at] = sinkOwner[k];
            maxLength = Math.Max(maxLength, sinkEnd[k] - sinkStart[k]);
        }

        return new EngineIndex(ledger, policy, metrics, columns, column, keys, end, owner, maxLength, changesFrom, firstDay, mfnBefore, afnBefore, perBuyer);
    }

    /// <summary>
    /// Turns the per-buyer contributions into each buyer's merged runs (one contribution per run, owned by the run's first
    /// order), so a count of distinct buyers is a plain count of contributions. An order without a buyer id is its own buyer.
    /// </summary>
    private static void MergePerBuyer(ContributionSink sink, OrderRows orders)
    {
        List<(byte Column, int Start, int End, int Owner)> perBuyer = sink.PerBuyer;
        if (perBuyer.Count == 0)
        {
            return;
        }

        var keys = new Dictionary<(byte Column, string Buyer), int>();
        var tagged = new List<(int Key, int Start, int End, int Owner)>(perBuyer.Count);
        var columnOfKey = new List<byte>();
        foreach ((byte column, int start, int end, int owner) in perBuyer)
        {
            string buyer = BuyerKey(orders, owner);
            if (!keys.TryGetValue((column, buyer), out int key))
            {
                key = keys.Count;
                keys.Add((column, buyer), key);
                columnOfKey.Add(column);
            }

            tagged.Add((key, start, end, owner));
        }

        foreach ((int key, int start, int end, int owner) in KeyedIntervals.Merge(tagged))
        {
            sink.AddMerged(columnOfKey[key], start, end, owner);
        }
    }

    /// <summary>Returns the buyer an order counts for in a per-buyer slot: its buyer id, or the order itself without one.</summary>
    public static string BuyerKey(string? buyerId, string orderId) => buyerId is { Length: > 0 } b ? "b:" + b : "o:" + orderId;

    private static string BuyerKey(OrderRows orders, int row)
        => BuyerKey(orders.Row(row).BuyerIdLength > 0 ? orders.BuyerIdText(row) : null, orders.OrderIdText(row));

    /// <summary>Returns the snapshot as of <paramref name="asOf"/>, with the orders that hurt each metric.</summary>
    public AccountHealthSnapshot Snapshot(LocalDate asOf)
    {
        (int[] counts, ImmutableArray<OrderId>[] ids) = SnapshotParts(DayNumber.Of(asOf));
        return AccountHealthSnapshot.Create(asOf, Policy.Version, new AccountHealthCounts(Catalog, counts[..Catalog.CountedColumns]), m => ids[m]);
    }

    /// <summary>
    /// Returns the snapshots as of <paramref name="asOf"/> of the ledger and of the ledger with <paramref name="overlay"/>
    /// applied. The second is the first without the changed orders' contributions, plus those of the changed and added orders.
    /// </summary>
    public (AccountHealthSnapshot Before, AccountHealthSnapshot After) Snapshots(LocalDate asOf, LedgerOverlay overlay)
    {
        int day = DayNumber.Of(asOf);
        (int[] counts, ImmutableArray<OrderId>[] beforeIds) = SnapshotParts(day);
        AccountHealthSnapshot before = AccountHealthSnapshot.Create(
            asOf, Policy.Version, new AccountHealthCounts(Catalog, counts[..Catalog.CountedColumns]), m => beforeIds[m]);

        int[] hurtingMetric = Catalog.HurtingMetricOfColumn;
        var hurt = new List<OrderId>?[Catalog.Count];
        var removed = new HashSet<OrderId>();
        var sink = new ContributionSink(Policy.Reporting, 64);
        void Take(OrderSlice slice, int weight)
        {
            sink.Clear();
            Contribute(slice.Evidence(), sink, 0);
            for (int k = 0; k < sink.Count; k++)
            {
                if (sink.Starts[k] <= day && sink.Ends[k] > day)
                {
                    int column = sink.Columns[k];
                    counts[column] += weight;
                    if (weight > 0 && hurtingMetric[column] is var metric and >= 0)
                    {
                        (hurt[metric] ??= []).Add(slice.Order.OrderId);
                    }
                }
            }
        }

        foreach ((int i, OrderSlice replaced) in overlay.Replaced)
        {
            OrderSlice original = OrderSlice.At(_ledger, i);
            removed.Add(original.Order.OrderId);
            Take(original, -1);
            Take(replaced, 1);
        }

        foreach (Order added in overlay.Added)
        {
            Take(new OrderSlice(added, [], [], [], [], []), 1);
        }

        ImmutableArray<OrderId> Ids(int metric)
        {
            if (removed.Count == 0 && hurt[metric] is null)
            {
                return beforeIds[metric];
            }

            IEnumerable<OrderId> ids = beforeIds[metric].Where(id => !removed.Contains(id)).Concat(hurt[metric] ?? []);
            return [.. ids.Distinct().Order(Comparer<OrderId>.Create(static (a, b) => string.CompareOrdinal(a.Value, b.Value)))];
        }

        return (before, AccountHealthSnapshot.Create(asOf, Policy.Version, new AccountHealthCounts(Catalog, counts[..Catalog.CountedColumns]), Ids));
    }

    /// <summary>Returns the counts of every column on day <paramref name="day"/> and, per metric, the orders hurting it, sorted.</summary>
    private (int[] Counts, ImmutableArray<OrderId>[] Ids) SnapshotParts(int day)
    {
        int[] counts = new int[Catalog.ColumnCount];
        int[] hurtingMetric = Catalog.HurtingMetricOfColumn;
        List<int>?[] hurt = new List<int>?[Catalog.Count];
        (int lo, int hi) = Range(day, day);
        for (int k = lo; k < hi; k++)
        {
            if (_end[k] > day)
            {
                int column = _column[k];
                counts[column]++;
                if (hurtingMetric[column] is var metric and >= 0)
                {
                    (hurt[metric] ??= []).Add(_owner[k]);
                }
            }
        }

        var result = new ImmutableArray<OrderId>[Catalog.Count];
        for (int metric = 0; metric < result.Length; metric++)
        {
            if (hurt[metric] is not { } owners)
            {
                result[metric] = [];
                continue;
            }

            owners.Sort();
            var ids = new List<OrderId>(owners.Count);
            for (int i = 0; i < owners.Count; i++)
            {
                if (i == 0 || owners[i] != owners[i - 1])
                {
                    ids.Add(_orders.OrderIdAt(owners[i]));
                }
            }

            ids.Sort(static (a, b) => string.CompareOrdinal(a.Value, b.Value));
            result[metric] = [.. ids];
        }

        return (counts, result);
    }

    /// <summary>Returns the counts as of <paramref name="asOf"/>, without order ids.</summary>
    public AccountHealthCounts CountsOn(LocalDate asOf)
    {
        int day = DayNumber.Of(asOf);
        int counted = Catalog.CountedColumns;
        int[] counts = new int[counted];
        (int lo, int hi) = Range(day, day);
        for (int k = lo; k < hi; k++)
        {
            int column = _column[k];
            if (_end[k] > day && column < counted)
            {
                counts[column]++;
            }
        }

        return new AccountHealthCounts(Catalog, counts);
    }

    /// <summary>Returns the counts of every day <c>[from, to]</c> (day numbers) in one pass over the index.</summary>
    public AccountHealthCounts[] Series(int from, int to, CancellationToken cancellationToken)
    {
        var days = new DayDiff(Catalog.CountedColumns, from, to);
        AddIndex(days, cancellationToken);
        return days.Rows(Catalog);
    }

    /// <summary>
    /// Returns the index's counts over the forecast's days (as-of day and horizon) with every order still open on
    /// <paramref name="asOf"/> (its records change later) counted as known that day: what every forecast as of that day shares,
    /// before an overlay and the synthetic future orders.
    /// </summary>
    public DayDiff KnownDays(LocalDate asOf, ForecastAssumptions assumptions, CancellationToken cancellationToken)
    {
        Instant end = Policy.Reporting.EndOf(asOf);
        long endTicks = end.ToUnixTimeTicks();
        Duration responseTime = Policy.Returns.ResponseTime;
        int from = DayNumber.Of(asOf);
        var days = new DayDiff(Catalog.CountedColumns, from, from + assumptions.HorizonDays);
        AddIndex(days, cancellationToken);
        var sink = new ContributionSink(Policy.Reporting, 64);
        long[] changesFrom = _changesFrom;
        for (int i = 0; i < changesFrom.Length; i++)
        {
            if (changesFrom[i] < endTicks)
            {
                continue;
            }

            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            OrderSlice original = OrderSlice.At(_ledger, i);
            Add(original.Evidence(), -1, days, from, sink);
            if (KnownLedger.AsOf(original, end, responseTime) is { } known)
            {
                Add(known.Evidence(), 1, days, from, sink);
            }
        }

        return days;
    }

    /// <summary>
    /// Returns the forecast as of <paramref name="asOf"/> of the ledger (with <paramref name="overlay"/> applied, if any), from
    /// <paramref name="knownDays"/> (<see cref="KnownDays"/>, not changed): equal to computing it on the ledger as known that day
    /// plus the synthetic future orders, recomputing only the orders the overlay changes or adds.
    /// </summary>
    public AccountHealthForecast Forecast(LocalDate asOf, ForecastAssumptions assumptions, DayDiff knownDays, LedgerOverlay? overlay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var calendar = Policy.Reporting;
        Instant end = calendar.EndOf(asOf);
        long endTicks = end.ToUnixTimeTicks();
        Duration responseTime = Policy.Returns.ResponseTime;
        int from = DayNumber.Of(asOf);
        DayDiff days = knownDays.Clone();
        var sink = new ContributionSink(calendar, 64);

        // A changed order: out with what knownDays counts for it (its known version when it was open), in with the change's.
        foreach ((int i, OrderSlice replaced) in overlay?.Replaced ?? [])
        {
            OrderSlice original = OrderSlice.At(_ledger, i);
            if (_changesFrom[i] < endTicks)
            {
                Add(original.Evidence(), -1, days, from, sink);
            }
            else if (KnownLedger.AsOf(original, end, responseTime) is { } knownOriginal)
            {
                Add(knownOriginal.Evidence(), -1, days, from, sink);
            }

            if (KnownLedger.AsOf(replaced, end, responseTime) is { } known)
            {
                Add(known.Evidence(), 1, days, from, sink);
            }
        }

        int addedMfn = 0;
        int addedAfn = 0;
        var lookback = Time.DayWindow.Ending(asOf, assumptions.VolumeLookbackDays);
        foreach (Order added in overlay?.Added ?? [])
        {
            if (KnownLedger.AsOf(new OrderSlice(added, [], [], [], [], []), end, responseTime) is { } known)
            {
                Add(known.Evidence(), 1, days, from, sink);
                if (lookback.Contains(calendar.DayOf(added.PurchasedAt)))
                {
                    _ = added.Channel == FulfillmentChannel.Mfn ? addedMfn++ : addedAfn++;
                }
            }
        }

        double Average(FulfillmentChannel channel, int added) => assumptions.RecentVolumeContinues
            ? (double)(PurchasedIn(channel, DayNumber.Of(lookback.From), DayNumber.Of(lookback.To)) + added) / lookback.Days
            : 0;
        double mfn = Average(FulfillmentChannel.Mfn, addedMfn);
        double afn = Average(FulfillmentChannel.Afn, addedAfn);

        // The future's clean orders: those of one day and channel are alike (a metric reads no id), so one stands for all.
        for (int k = 1; k <= assumptions.HorizonDays; k++)
        {
            LocalDate day = asOf.PlusDays(k);
            int Count(double avg) => (int)Math.Floor(avg * k) - (int)Math.Floor(avg * (k - 1));
            foreach ((FulfillmentChannel channel, double avg) in (ReadOnlySpan<(FulfillmentChannel, double)>)[(FulfillmentChannel.Mfn, mfn), (FulfillmentChannel.Afn, afn)])
            {
                if (Count(avg) is var n and > 0)
                {
                    Order clean = KnownLedger.CleanOrders("FORECAST", day, 1, channel, calendar).First();
                    Add(new OrderSlice(clean, [], [], [], [], []).Evidence(), n, days, from + 1, sink);
                }
            }
        }

        AccountHealthCounts[] rows = days.Rows(Catalog);
        AccountHealthSnapshot now = AccountHealthSnapshot.Create(asOf, Policy.Version, rows[0], _ => []);
        var metrics = ImmutableArray.CreateBuilder<MetricForecast>(now.Metrics.Length);
        for (int i = 0; i < now.Metrics.Length; i++)
        {
            MetricResult m = now.Metrics[i];
            LocalDate? goodFrom = null;
            for (int d = 1; m.Status == MetricStatus.Bad && goodFrom is null && d < rows.Length; d++)
            {
                LocalDate day = asOf.PlusDays(d);
                Metric metric = Catalog[i];
                if (metric.Judge(rows[d].OfIndex(i), metric.WindowOf(day), [], Policy.Version).Status == MetricStatus.Good)
                {
                    goodFrom = day;
                }
            }

            metrics.Add(new MetricForecast(m.Id, m.Status, m.Rate, goodFrom, AccountHealthForecaster.Absorbable(m), AccountHealthForecaster.CleanOrdersNeeded(m)));
        }

        var outlook = new AccountHealthSeries(
            new Time.DayWindow(asOf.PlusDays(1), asOf.PlusDays(assumptions.HorizonDays)), Policy, [.. rows.AsSpan(1)], null);
        return new AccountHealthForecast(
            asOf, Policy.Version, AccountHealthForecaster.Assumption(asOf, assumptions, mfn, afn), assumptions, mfn, afn, metrics.MoveToImmutable(), outlook);
    }

    private void AddIndex(DayDiff days, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        (int lo, int hi) = Range(days.From, days.To);
        for (int k = lo; k < hi; k++)
        {
            if (((k - lo) & 0xFFFFF) == 0xFFFFF)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            days.Add(_column[k], _start[k], _end[k], 1);
        }
    }

    /// <summary>Adds <paramref name="weight"/> times the contributions of one order, from day <paramref name="first"/> on.</summary>
    private void Add(in OrderEvidence evidence, int weight, DayDiff days, int first, ContributionSink sink)
    {
        sink.Clear();
        Contribute(evidence, sink, 0);
        for (int k = 0; k < sink.Count; k++)
        {
            days.Add(sink.Columns[k], Math.Max(sink.Starts[k], first), sink.Ends[k], weight);
        }
    }

    private void Contribute(in OrderEvidence evidence, ContributionSink sink, int owner)
    {
        for (int m = 0; m < _metrics.Length; m++)
        {
            sink.Begin(_slotColumns[m], owner);
            _metrics[m].Contribute(evidence, sink);
        }

        if (sink.PerBuyer.Count > 0)
        {
            throw new PerBuyerSlotsFound();
        }
    }

    /// <summary>Returns how many orders of <paramref name="channel"/> were purchased on days <c>[from, to]</c> (day numbers).</summary>
    private int PurchasedIn(FulfillmentChannel channel, int from, int to)
    {
        int[] before = channel == FulfillmentChannel.Mfn ? _mfnBefore : _afnBefore;
        int Before(int day) => before[Math.Clamp(day - _firstPurchaseDay, 0, before.Length - 1)];
        return Before(to + 1) - Before(from);
    }

    /// <summary>Returns the index range of contributions that can cover any day in <c>[from, to]</c>.</summary>
    private (int Lo, int Hi) Range(int from, int to)
    {
        if (_start.Length == 0)
        {
            return (0, 0);
        }

        long first = (long)from - _maxLength + 1;
        int lo = LowerBound(_start, first < int.MinValue ? int.MinValue : (int)first);
        int hi = to == int.MaxValue ? _start.Length : LowerBound(_start, to + 1);
        return (lo, hi);
    }

    /// <summary>Returns the first index whose value is at least <paramref name="value"/>.</summary>
    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0;
        int hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Thrown when an order recomputed on the side counts a buyer: the caller rebuilds instead of patching the index.</summary>
    internal sealed class PerBuyerSlotsFound : Exception
    {
        public PerBuyerSlotsFound()
            : base("a metric counts buyers; the index cannot be patched order by order")
        {
        }
    }
}

/// <summary>Difference arrays of counts over days <c>[From, To]</c>, one per counted column: +w at a start, −w at an end.</summary>
internal sealed class DayDiff
{
    private readonly int[] _diff;
    private readonly int _counted;
    private readonly int _stride;

    public DayDiff(int counted, int from, int to)
        : this(counted, from, to, new int[counted * (to - from + 2)])
    {
    }

    private DayDiff(int counted, int from, int to, int[] diff)
    {
        _counted = counted;
        From = from;
        To = to;
        _stride = to - from + 2;
        _diff = diff;
    }

    public int From { get; }

    public int To { get; }

    public DayDiff Clone() => new(_counted, From, To, (int[])_diff.Clone());

    /// <summary>Counts <paramref name="weight"/> in <paramref name="column"/> on as-of days <c>[start, end)</c> within the range.</summary>
    public void Add(int column, int start, int end, int weight)
    {
        if (column >= _counted)
        {
            return;
        }

        int s = Math.Max(start, From);
        int e = Math.Min(end, To + 1);
        if (s < e)
        {
            _diff[(column * _stride) + s - From] += weight;
            _diff[(column * _stride) + e - From] -= weight;
        }
    }

    /// <summary>Returns the counts of each day, first day first.</summary>
    public AccountHealthCounts[] Rows(MetricCatalog catalog)
    {
        int n = To - From + 1;
        int[][] values = new int[n][];
        for (int d = 0; d < n; d++)
        {
            values[d] = new int[_counted];
        }

        for (int c = 0; c < _counted; c++)
        {
            int running = 0;
            int offset = c * _stride;
            for (int d = 0; d < n; d++)
            {
                running += _diff[offset + d];
                values[d][c] = running;
            }
        }

        var rows = new AccountHealthCounts[n];
        for (int d = 0; d < n; d++)
        {
            rows[d] = new AccountHealthCounts(catalog, values[d]);
        }

        return rows;
    }

}
