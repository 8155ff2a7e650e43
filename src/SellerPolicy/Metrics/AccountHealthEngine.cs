using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// A seller's ledger prepared for repeated account-health queries under one policy version: snapshots as of any day and
/// daily series over any range, of every metric of the version's <see cref="MarketplacePolicy.Metrics"/> catalog.
/// </summary>
/// <remarks>
/// <para><see cref="Create"/> hands every order (with its feedback, claims, chargebacks, return requests and contacts) to
/// each metric of the catalog (<see cref="Metric.Contribute"/>: one virtual call per metric per order), which emits
/// <em>contributions</em>: for each of its count slots, the interval of as-of days on which the order is counted. An
/// interval is the window membership of the order intersected with the days on which it is defective, cancelled, late...
/// as known on that day. The catalog maps each (metric, slot) to a column.</para>
/// <para>The contributions are kept in a compact columnar index (ints and bytes, sorted by first day), built once.
/// <see cref="Snapshot"/> scans only the contributions that can cover its day; <see cref="Series"/> adds +1/-1 to a
/// difference array over the days and sums it in one pass: O(orders + days). Each metric then judges its counts
/// (<see cref="Metric.Judge"/>).</para>
/// <para>The engine is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class AccountHealthEngine
{
    private readonly OrderRows _orders; // the ledger's; owners are its row numbers
    private readonly MetricCatalog _catalog;
    private readonly byte[] _column;
    private readonly int[] _start;       // first as-of day, ascending
    private readonly int[] _end;         // first as-of day no longer covered
    private readonly int[] _owner;
    private readonly int _maxLength;

    private AccountHealthEngine(MarketplacePolicy policy, MetricCatalog catalog, OrderRows orders, byte[] column, int[] start, int[] end, int[] owner, int maxLength)
    {
        Policy = policy;
        _catalog = catalog;
        _orders = orders;
        _column = column;
        _start = start;
        _end = end;
        _owner = owner;
        _maxLength = maxLength;
    }

    /// <summary>Gets the policy version every result is computed under.</summary>
    public MarketplacePolicy Policy { get; }

    /// <summary>Gets the metrics every result is computed for (the policy's catalog).</summary>
    public MetricCatalog Metrics => _catalog;

    /// <summary>Gets the number of orders indexed.</summary>
    public int OrderCount => _orders.Count;

    /// <summary>Gets the number of day-interval contributions in the index (a measure of its size).</summary>
    public int ContributionCount => _start.Length;

    /// <summary>Builds the engine for <paramref name="ledger"/> under <paramref name="policy"/>.</summary>
    /// <param name="ledger">The seller's ledger.</param>
    /// <param name="policy">The policy version.</param>
    /// <returns>The prepared engine.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The policy is not valid (see <see cref="PolicyValidator"/>).</exception>
    public static AccountHealthEngine Create(SellerLedger ledger, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(policy);
        PolicyValidator.EnsureValid(policy);
        return Build(ledger, policy, policy.Metrics);
    }

    /// <summary>Returns the snapshot of every metric as of the end of <paramref name="asOf"/>, with the orders that hurt each.</summary>
    /// <param name="asOf">The as-of day (reporting zone).</param>
    /// <returns>The snapshot.</returns>
    public AccountHealthSnapshot Snapshot(LocalDate asOf)
    {
        int day = DayNumber.Of(asOf);
        int[] counts = new int[_catalog.ColumnCount];
        int[] hurtingMetric = _catalog.HurtingMetricOfColumn;
        List<int>?[] hurt = new List<int>?[_catalog.Count];
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

        ImmutableArray<OrderId> Ids(int metric)
        {
            if (hurt[metric] is not { } owners)
            {
                return [];
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
            return [.. ids];
        }

        return AccountHealthSnapshot.Create(asOf, Policy.Version, new AccountHealthCounts(_catalog, counts[.._catalog.CountedColumns]), Ids);
    }

    /// <summary>Returns the counts of every metric as of the end of <paramref name="asOf"/>, without order ids.</summary>
    /// <param name="asOf">The as-of day.</param>
    /// <returns>The counts.</returns>
    public AccountHealthCounts CountsOn(LocalDate asOf)
    {
        int day = DayNumber.Of(asOf);
        int counted = _catalog.CountedColumns;
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

        return new AccountHealthCounts(_catalog, counts);
    }

    /// <summary>
    /// Returns the counts of every metric for every day of <paramref name="days"/>, computed in one pass over the index
    /// (difference arrays), not by recomputing each day.
    /// </summary>
    /// <param name="days">The as-of days.</param>
    /// <returns>The series; its <see cref="AccountHealthSeries.SnapshotOn"/> uses this engine for order ids.</returns>
    public AccountHealthSeries Series(DayWindow days)
    {
        int from = DayNumber.Of(days.From);
        int to = DayNumber.Of(days.To);
        int n = to - from + 1;
        int stride = n + 1;
        int counted = _catalog.CountedColumns;
        int[] diff = new int[counted * stride];
        (int lo, int hi) = Range(from, to);
        for (int k = lo; k < hi; k++)
        {
            int column = _column[k];
            if (column >= counted)
            {
                continue;
            }

            int s = Math.Max(_start[k], from);
            int e = Math.Min(_end[k], to + 1);
            if (s < e)
            {
                diff[(column * stride) + s - from]++;
                diff[(column * stride) + e - from]--;
            }
        }

        var rows = new AccountHealthCounts[n];
        int[][] values = new int[n][];
        for (int d = 0; d < n; d++)
        {
            values[d] = new int[counted];
        }

        for (int c = 0; c < counted; c++)
        {
            int running = 0;
            int offset = c * stride;
            for (int d = 0; d < n; d++)
            {
                running += diff[offset + d];
                values[d][c] = running;
            }
        }

        for (int d = 0; d < n; d++)
        {
            rows[d] = new AccountHealthCounts(_catalog, values[d]);
        }

        return new AccountHealthSeries(days, Policy, ImmutableArray.Create(rows), this);
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
    internal static string BuyerKey(string? buyerId, string orderId) => buyerId is { Length: > 0 } b ? "b:" + b : "o:" + orderId;

    private static string BuyerKey(OrderRows orders, int row)
        => BuyerKey(orders.Row(row).BuyerIdLength > 0 ? orders.BuyerIdText(row) : null, orders.OrderIdText(row));

    /// <summary>Hands every order to every metric and sorts the contributions by first day.</summary>
    private static AccountHealthEngine Build(SellerLedger ledger, MarketplacePolicy policy, MetricCatalog catalog)
    {
        OrderRows orders = ledger.OrderTable;

        // About six contributions per order on a typical ledger (most of them MFN): one resize at most.
        var sink = new ContributionSink(policy.Reporting, 64 + (6 * orders.Count));
        Metric[] metrics = [.. catalog.Metrics];
        int[][] columns = new int[metrics.Length][];
        for (int m = 0; m < metrics.Length; m++)
        {
            columns[m] = catalog.ColumnsOf(m);
        }

        // Owners are indexes into the ledger's orders; snapshots sort the few ids they name.
        for (int i = 0; i < orders.Count; i++)
        {
            OrderFacts facts = orders.FactsAt(i);
            OrderEvidence evidence = ledger.RecordsAt(i) is { } r
                ? new OrderEvidence(facts, r.Feedback.AsSpan(), r.Claims.AsSpan(), r.Chargebacks.AsSpan(), r.Returns.AsSpan(), r.Contacts.AsSpan())
                : new OrderEvidence(facts, [], [], [], [], []);
            for (int m = 0; m < metrics.Length; m++)
            {
                sink.Begin(columns[m], i);
                metrics[m].Contribute(evidence, sink);
            }
        }

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

        return new AccountHealthEngine(policy, catalog, orders, column, keys, end, owner, maxLength);
    }
}
