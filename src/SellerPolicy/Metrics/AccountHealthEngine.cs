using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// A seller's ledger prepared for repeated account-health queries under one policy version: snapshots as of any day and
/// daily series over any range.
/// </summary>
/// <remarks>
/// <para><see cref="Create"/> turns every order (and its feedback, claims, chargebacks and return requests) into
/// <em>contributions</em>: for each count of <see cref="AccountHealthCounts"/>, the interval of as-of days on which the
/// order (or return request) is counted. An interval is the window membership of the order (for ODR, purchase day
/// <c>p</c> is in the window as of days <c>[p+lag, p+lag+W-1]</c>) intersected with the days on which it is defective,
/// cancelled, late... as known on that day. A defect holding from instant <c>s</c> until instant <c>e</c> holds as of days
/// <c>[day(s), day(e)-1]</c>. An order with several defects contributes the union of their intervals, so it counts once.</para>
/// <para>The contributions are kept in a compact columnar index (ints and bytes, sorted by first day), built once.
/// <see cref="Snapshot"/> scans only the contributions that can cover its day; <see cref="Series"/> adds +1/-1 to a
/// difference array over the days and sums it in one pass: O(orders + days).</para>
/// <para>The engine is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class AccountHealthEngine
{
    /// <summary>The metric each column names the hurting orders of, if any.</summary>
    internal static readonly MetricKind?[] HurtKind = BuildHurtKinds();

    private readonly OrderRows _orders; // the ledger's; owners are its row numbers
    private readonly byte[] _column;
    private readonly int[] _start;       // first as-of day, ascending
    private readonly int[] _end;         // first as-of day no longer covered
    private readonly int[] _owner;
    private readonly int _maxLength;

    private AccountHealthEngine(MarketplacePolicy policy, OrderRows orders, byte[] column, int[] start, int[] end, int[] owner, int maxLength)
    {
        Policy = policy;
        _orders = orders;
        _column = column;
        _start = start;
        _end = end;
        _owner = owner;
        _maxLength = maxLength;
    }

    /// <summary>Gets the policy version every result is computed under.</summary>
    public MarketplacePolicy Policy { get; }

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
        return new IndexBuilder(ledger, policy).Build();
    }

    /// <summary>Returns the snapshot of every metric as of the end of <paramref name="asOf"/>, with the orders that hurt each.</summary>
    /// <param name="asOf">The as-of day (reporting zone).</param>
    /// <returns>The snapshot.</returns>
    public AccountHealthSnapshot Snapshot(LocalDate asOf)
    {
        int day = DayNumber.Of(asOf);
        Span<int> counts = stackalloc int[AccountHealthCounts.ColumnCount + 2];
        List<int>?[] hurt = new List<int>?[8];
        (int lo, int hi) = Range(day, day);
        for (int k = lo; k < hi; k++)
        {
            if (_end[k] > day)
            {
                int column = _column[k];
                counts[column]++;
                if (HurtKind[column] is { } kind)
                {
                    (hurt[(int)kind] ??= []).Add(_owner[k]);
                }
            }
        }

        ImmutableArray<OrderId> Ids(MetricKind kind)
        {
            if (hurt[(int)kind] is not { } owners)
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

        return AccountHealthSnapshot.Create(asOf, Policy, new AccountHealthCounts(counts[..AccountHealthCounts.ColumnCount].ToArray()), Ids);
    }

    /// <summary>Returns the counts of every metric as of the end of <paramref name="asOf"/>, without order ids.</summary>
    /// <param name="asOf">The as-of day.</param>
    /// <returns>The counts.</returns>
    public AccountHealthCounts CountsOn(LocalDate asOf)
    {
        int day = DayNumber.Of(asOf);
        int[] counts = new int[AccountHealthCounts.ColumnCount];
        (int lo, int hi) = Range(day, day);
        for (int k = lo; k < hi; k++)
        {
            int column = _column[k];
            if (_end[k] > day && column < AccountHealthCounts.ColumnCount)
            {
                counts[column]++;
            }
        }

        return new AccountHealthCounts(counts);
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
        int[] diff = new int[AccountHealthCounts.ColumnCount * stride];
        (int lo, int hi) = Range(from, to);
        for (int k = lo; k < hi; k++)
        {
            int column = _column[k];
            if (column >= AccountHealthCounts.ColumnCount)
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
            values[d] = new int[AccountHealthCounts.ColumnCount];
        }

        for (int c = 0; c < AccountHealthCounts.ColumnCount; c++)
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
            rows[d] = new AccountHealthCounts(values[d]);
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

    private static MetricKind?[] BuildHurtKinds()
    {
        var kinds = new MetricKind?[AccountHealthCounts.ColumnCount + 2];
        kinds[(int)CountColumn.MfnDefective] = MetricKind.OrderDefectRateMfn;
        kinds[(int)CountColumn.AfnDefective] = MetricKind.OrderDefectRateAfn;
        kinds[(int)CountColumn.Cancelled] = MetricKind.PreFulfillmentCancellationRate;
        kinds[(int)CountColumn.LateShipments] = MetricKind.LateShipmentRate;
        kinds[(int)CountColumn.LateShipments10Day] = MetricKind.LateShipmentRate10Day;
        kinds[(int)CountColumn.TrackingInvalid] = MetricKind.ValidTrackingRate;
        kinds[(int)CountColumn.DeliveryNotOnTime] = MetricKind.OnTimeDeliveryRate;
        kinds[(int)CountColumn.ReturnsDissatisfied] = MetricKind.ReturnDissatisfactionRate;
        return kinds;
    }

    /// <summary>Turns a ledger into the columnar contribution index.</summary>
    private sealed class IndexBuilder : ContributionWriter
    {
        private readonly SellerLedger _ledger;
        private byte[] _column;
        private int[] _start;
        private int[] _end;
        private int[] _owner;
        private int _count;

        public IndexBuilder(SellerLedger ledger, MarketplacePolicy policy)
            : base(policy)
        {
            _ledger = ledger;

            // About six contributions per order on a typical ledger (most of them MFN): one resize at most.
            int capacity = 64 + (6 * ledger.Orders.Length);
            _column = new byte[capacity];
            _start = new int[capacity];
            _end = new int[capacity];
            _owner = new int[capacity];
        }

        public AccountHealthEngine Build()
        {
            // Owners are indexes into the ledger's orders; snapshots sort the few ids they name.
            OrderRows orders = _ledger.OrderTable;
            for (int i = 0; i < orders.Count; i++)
            {
                OrderFacts order = orders.FactsAt(i);
                if (_ledger.RecordsAt(i) is { } records)
                {
                    AddOrder(order, records.Feedback.AsSpan(), records.Claims.AsSpan(), records.Chargebacks.AsSpan(), records.Returns.AsSpan(), i);
                }
                else
                {
                    AddOrder(order, [], [], [], [], i);
                }
            }

            // Sort the contributions by first day with a counting sort, O(contributions + days);
            // stable order is not needed: counts are sums.
            int minStart = int.MaxValue;
            int maxStart = int.MinValue;
            for (int k = 0; k < _count; k++)
            {
                minStart = Math.Min(minStart, _start[k]);
                maxStart = Math.Max(maxStart, _start[k]);
            }

            int[] slot = new int[_count == 0 ? 1 : maxStart - minStart + 2];
            for (int k = 0; k < _count; k++)
            {
                slot[_start[k] - minStart + 1]++;
            }

            for (int d = 1; d < slot.Length; d++)
            {
                slot[d] += slot[d - 1];
            }

            byte[] column = new byte[_count];
            int[] keys = new int[_count];
            int[] end = new int[_count];
            int[] owner = new int[_count];
            int maxLength = 0;
            for (int k = 0; k < _count; k++)
            {
                int at = slot[_start[k] - minStart]++;
                column[at] = _column[k];
                keys[at] = _start[k];
                end[at] = _end[k];
                owner[at] = _owner[k];
                maxLength = Math.Max(maxLength, _end[k] - _start[k]);
            }

            return new AccountHealthEngine(Policy, orders, column, keys, end, owner, maxLength);
        }

        protected override void Emit(CountColumn column, int start, int end, int owner)
        {
            if (start >= end)
            {
                return;
            }

            if (_count == _start.Length)
            {
                int size = _count * 2;
                Array.Resize(ref _column, size);
                Array.Resize(ref _start, size);
                Array.Resize(ref _end, size);
                Array.Resize(ref _owner, size);
            }

            _column[_count] = (byte)column;
            _start[_count] = start;
            _end[_count] = end;
            _owner[_count] = owner;
            _count++;
        }
    }

    /// <summary>
    /// Applies the rules of docs/metrics.md to one order and its records, emitting its day-interval contributions. Shared by
    /// the engine's index and the incremental tracker (<see cref="Tracking.AccountHealthTracker"/>), so both count alike.
    /// </summary>
    internal abstract class ContributionWriter
    {
        private readonly ReportingCalendar _calendar;
        private readonly List<(int Start, int End)> _all = [];
        private readonly List<(int Start, int End)> _claims = [];
        private readonly List<(int Start, int End)> _chargebacks = [];
        private readonly List<(int Start, int End)> _feedback = [];
        private readonly List<(int Start, int End)> _late = [];

        protected ContributionWriter(MarketplacePolicy policy)
        {
            Policy = policy;
            _calendar = policy.Reporting;
        }

        /// <summary>Gets the policy version the rules are applied under.</summary>
        public MarketplacePolicy Policy { get; }

        private int Day(Instant instant) => DayNumber.Of(_calendar, instant);

        /// <summary>Emits every contribution of <paramref name="order"/> with its records (all of that order).</summary>
        public void AddOrder(in OrderFacts order, ReadOnlySpan<Feedback> feedback, ReadOnlySpan<AtoZClaim> claims, ReadOnlySpan<Chargeback> chargebacks, ReadOnlySpan<ReturnRequest> returns, int owner)
        {
            OrderDefectRatePolicy odr = Policy.OrderDefectRate;
            int purchased = Day(order.PurchasedAt);
            bool mfn = order.Channel == FulfillmentChannel.Mfn;

            // ODR: purchase day p is in the window as of days [p+lag, p+lag+W-1].
            int odrFrom = purchased + odr.LagDays;
            int odrTo = odrFrom + odr.WindowDays;
            Emit(mfn ? CountColumn.MfnOrders : CountColumn.AfnOrders, odrFrom, odrTo, owner);
            _all.Clear();
            _claims.Clear();
            _chargebacks.Clear();
            _feedback.Clear();
            foreach (Feedback f in feedback)
            {
                if (FeedbackOdrRule.CountingSpan(f, odr) is { } span)
                {
                    _feedback.Add(DayNumber.AsOfDays(_calendar, span));
                }
            }

            foreach (AtoZClaim c in claims)
            {
                if (ClaimOdrRule.CountingSpan(c, odr) is { } span)
                {
                    _claims.Add(DayNumber.AsOfDays(_calendar, span));
                }
            }

            foreach (Chargeback c in chargebacks)
            {
                if (ChargebackOdrRule.CountingSpan(c) is { } span)
                {
                    _chargebacks.Add(DayNumber.AsOfDays(_calendar, span));
                }
            }

            _all.AddRange(_feedback);
            _all.AddRange(_claims);
            _all.AddRange(_chargebacks);
            EmitUnion(mfn ? CountColumn.MfnDefective : CountColumn.AfnDefective, _all, odrFrom, odrTo, owner);
            EmitUnion(mfn ? CountColumn.MfnClaims : CountColumn.AfnClaims, _claims, odrFrom, odrTo, owner);
            EmitUnion(mfn ? CountColumn.MfnChargebacks : CountColumn.AfnChargebacks, _chargebacks, odrFrom, odrTo, owner);
            EmitUnion(mfn ? CountColumn.MfnNegativeFeedback : CountColumn.AfnNegativeFeedback, _feedback, odrFrom, odrTo, owner);

            if (!mfn)
            {
                return;
            }

            AddCancellation(order, purchased, owner);
            AddLateShipment(order, Policy.LateShipment.WindowDays, CountColumn.LateShipmentOrders, CountColumn.LateShipments, owner);
            AddLateShipment(order, Policy.LateShipment10Day.WindowDays, CountColumn.LateShipment10DayOrders, CountColumn.LateShipments10Day, owner);
            AddTracking(order, owner);
            AddDelivery(order, owner);
            foreach (ReturnRequest request in returns)
            {
                AddReturn(request, owner);
            }
        }

        private void AddCancellation(in OrderFacts order, int purchased, int owner)
        {
            int to = purchased + Policy.PreFulfillmentCancellation.WindowDays;
            Emit(CountColumn.CancellationOrders, purchased, to, owner);
            if (order.CancelledAt is { } cancelled
                && order.CancelledBy is CancelledBy.Seller or CancelledBy.System
                && (order.ShippedAt is not { } shipped || cancelled < shipped))
            {
                Emit(CountColumn.Cancelled, Math.Max(purchased, Day(cancelled)), to, owner);
            }
        }

        private void AddLateShipment(in OrderFacts order, int windowDays, CountColumn orders, CountColumn late, int owner)
        {
            if (order.LatestShipDate is not { } latestShip)
            {
                return;
            }

            int from = Day(latestShip);
            int to = from + windowDays;

            // Left out from the day the cancellation is known, when it came before any shipment.
            if (order.CancelledAt is { } cancelled && (order.ShippedAt is not { } s || s > cancelled))
            {
                to = Math.Min(to, Day(cancelled));
            }

            Emit(orders, from, to, owner);
            if (order.ShippedAt is { } shipped && shipped <= latestShip)
            {
                // On time once the shipment is known; late before (unknown shipment), which the window never reaches.
                Emit(late, from, Math.Min(to, Day(shipped)), owner);
            }
            else
            {
                // Shipped after the latest ship date, or not shipped: late on every day in the window.
                Emit(late, from, to, owner);
            }
        }

        private void AddTracking(in OrderFacts order, int owner)
        {
            if (order.ShippedAt is not { } shipped)
            {
                return;
            }

            int from = Day(shipped);
            int to = from + Policy.ValidTracking.WindowDays;
            Emit(CountColumn.TrackingShipments, from, to, owner);
            int validFrom = order.HasTrackingId && order.FirstCarrierScanAt is { } scan ? Day(scan) : DayNumber.Never;
            Emit(CountColumn.ValidTracking, Math.Max(from, validFrom), to, owner);
            Emit(CountColumn.TrackingInvalid, from, Math.Min(to, validFrom), owner);
        }

        private void AddDelivery(in OrderFacts order, int owner)
        {
            if (order.LatestDeliveryDate is not { } latestDelivery || order.ShippedAt is not { } shipped
                || !order.HasTrackingId || order.FirstCarrierScanAt is not { } scan)
            {
                return;
            }

            int due = Day(latestDelivery);
            int from = Math.Max(due, Math.Max(Day(shipped), Day(scan)));
            int to = due + Policy.OnTimeDelivery.WindowDays;
            Emit(CountColumn.DeliveryShipments, from, to, owner);
            int onTimeFrom = order.DeliveredAt is { } delivered && delivered <= latestDelivery ? Day(delivered) : DayNumber.Never;
            Emit(CountColumn.OnTimeDeliveries, Math.Max(from, onTimeFrom), to, owner);
            Emit(CountColumn.DeliveryNotOnTime, from, Math.Min(to, onTimeFrom), owner);
        }

        private void AddReturn(ReturnRequest request, int owner)
        {
            int from = Day(request.RequestedAt);
            int to = from + Policy.ReturnDissatisfaction.WindowDays;
            Emit(CountColumn.ReturnRequests, from, to, owner);
            if (request.NegativeReturnFeedback)
            {
                Emit(CountColumn.ReturnsNegativeFeedback, from, to, owner);
            }

            if (request.RejectedIncorrectly)
            {
                Emit(CountColumn.ReturnsInvalidRejection, from, to, owner);
            }

            // Late as of D: answered (known) after the deadline, or not answered (known) and the deadline is before the end of D.
            Instant deadline = request.RequestedAt + Policy.ReturnDissatisfaction.ResponseTime;
            int deadlineDay = Day(deadline);
            _late.Clear();
            if (request.RespondedAt is { } responded)
            {
                int answeredDay = Day(responded);
                _late.Add((deadlineDay, answeredDay));
                if (responded > deadline)
                {
                    _late.Add((answeredDay, DayNumber.Never));
                }
            }
            else
            {
                _late.Add((deadlineDay, DayNumber.Never));
            }

            EmitUnion(CountColumn.ReturnsLateResponse, _late, from, to, owner);
            if (request.NegativeReturnFeedback || request.RejectedIncorrectly)
            {
                Emit(CountColumn.ReturnsDissatisfied, from, to, owner);
            }
            else
            {
                EmitUnion(CountColumn.ReturnsDissatisfied, _late, from, to, owner);
            }
        }

        /// <summary>Emits the union of <paramref name="spans"/> intersected with <c>[from, to)</c>; sorts the list in place.</summary>
        private void EmitUnion(CountColumn column, List<(int Start, int End)> spans, int from, int to, int owner)
        {
            if (spans.Count == 0)
            {
                return;
            }

            if (spans.Count > 1)
            {
                spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            }

            int runStart = 0;
            int runEnd = int.MinValue;
            bool open = false;
            foreach ((int s, int e) in spans)
            {
                if (s >= e)
                {
                    continue;
                }

                if (open && s <= runEnd)
                {
                    runEnd = Math.Max(runEnd, e);
                    continue;
                }

                if (open)
                {
                    Emit(column, Math.Max(runStart, from), Math.Min(runEnd, to), owner);
                }

                runStart = s;
                runEnd = e;
                open = true;
            }

            if (open)
            {
                Emit(column, Math.Max(runStart, from), Math.Min(runEnd, to), owner);
            }
        }

        /// <summary>Receives one contribution: <paramref name="column"/> counts <paramref name="owner"/> as of days <c>[start, end)</c> (empty when start ≥ end).</summary>
        protected abstract void Emit(CountColumn column, int start, int end, int owner);
    }
}
