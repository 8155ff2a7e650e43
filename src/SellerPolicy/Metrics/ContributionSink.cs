using NodaTime;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// Receives a metric's contributions for one order: "this slot counts this order as of as-of days <c>[start, end)</c>".
/// The engine (and the tracker) hands one to <see cref="Metric.Contribute"/> and maps the metric's slot to its global
/// column of the <see cref="MetricCatalog"/>.
/// </summary>
/// <remarks>
/// <para>Days are day numbers in the policy's reporting calendar (<see cref="Day(Instant)"/>): a fact that holds from instant
/// <c>s</c> until instant <c>e</c> holds as of days <c>[Day(s), Day(e))</c> (<see cref="AsOfDays"/>); <see cref="Never"/> is
/// the open end. Window membership is an interval too: an order purchased on day <c>p</c> is in a W-day window ending on
/// the as-of day as of days <c>[p, p+W)</c>. Emit the intersection.</para>
/// <para>An order counts once per slot and day: emit disjoint intervals to one slot, or use <see cref="EmitUnion"/> for
/// several overlapping facts (an order with two defects is one defective order).</para>
/// <para>The sink is not thread-safe; the engine uses one per build. <see cref="Emit"/> is not virtual: one virtual call per
/// metric per order (<see cref="Metric.Contribute"/>) is all a build costs beyond plain array writes.</para>
/// </remarks>
public sealed class ContributionSink
{
    /// <summary>The "never ends" day: later than any real day.</summary>
    public const int Never = DayNumber.Never;

    private readonly List<(int Start, int End)>[] _scratch = [[], [], [], [], [], [], [], []];
    private int[] _map = [];
    private byte[] _column;
    private int[] _start;
    private int[] _end;
    private int[] _owner;
    private int _currentOwner;
    private readonly List<(byte Column, int Start, int End, int Owner)> _perBuyer = [];

    internal ContributionSink(ReportingCalendar calendar, int capacity)
    {
        Calendar = calendar;
        capacity = Math.Max(capacity, 16);
        _column = new byte[capacity];
        _start = new int[capacity];
        _end = new int[capacity];
        _owner = new int[capacity];
    }

    /// <summary>Gets the reporting calendar that buckets instants into days.</summary>
    public ReportingCalendar Calendar { get; }

    internal int Count { get; private set; }

    internal byte[] Columns => _column;

    internal int[] Starts => _start;

    internal int[] Ends => _end;

    internal int[] Owners => _owner;

    /// <summary>Gets the per-buyer contributions (<see cref="EmitPerBuyer"/>), for the engine or tracker to merge per buyer.</summary>
    internal List<(byte Column, int Start, int End, int Owner)> PerBuyer => _perBuyer;

    /// <summary>Returns the day number of the reporting day holding <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The day number.</returns>
    public int Day(Instant instant) => DayNumber.Of(Calendar, instant);

    /// <summary>Returns the day number of <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The day number.</returns>
    public int Day(LocalDate date) => DayNumber.Of(date);

    /// <summary>Returns the as-of days <c>[start, end)</c> on which <paramref name="span"/> holds (its end known, it stops).</summary>
    /// <param name="span">The span.</param>
    /// <returns>The days; the end is <see cref="Never"/> for an open span.</returns>
    public (int Start, int End) AsOfDays(KnownSpan span) => DayNumber.AsOfDays(Calendar, span);

    /// <summary>
    /// Returns a cleared list for building <see cref="EmitUnion"/>'s spans without allocating; <paramref name="index"/> 0 to 7
    /// gives different lists. Valid until the next call with the same index.
    /// </summary>
    /// <param name="index">Which list (0-7).</param>
    /// <returns>The cleared list.</returns>
    public List<(int Start, int End)> Scratch(int index)
    {
        List<(int Start, int End)> list = _scratch[index];
        list.Clear();
        return list;
    }

    /// <summary>Counts the order in <paramref name="slot"/> as of days <c>[start, end)</c>; nothing when start ≥ end.</summary>
    /// <param name="slot">The slot's index in the metric's <see cref="Metric.Slots"/>.</param>
    /// <param name="start">The first as-of day.</param>
    /// <param name="end">The first as-of day no longer counted (<see cref="Never"/> for none).</param>
    public void Emit(int slot, int start, int end)
    {
        if (start < end)
        {
            Append((byte)_map[slot], start, end, _currentOwner);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Append(byte column, int start, int end, int owner)
    {
        if (Count == _start.Length)
        {
            int size = Count * 2;
            Array.Resize(ref _column, size);
            Array.Resize(ref _start, size);
            Array.Resize(ref _end, size);
            Array.Resize(ref _owner, size);
        }

        _column[Count] = column;
        _start[Count] = start;
        _end[Count] = end;
        _owner[Count] = owner;
        Count++;
    }

    /// <summary>
    /// Counts the order's <em>buyer</em> in <paramref name="slot"/> as of days <c>[start, end)</c>: the slot counts distinct
    /// buyers, so intervals of orders of one buyer that overlap count once (eBay's "unique buyers with a defect"). An order
    /// without a buyer id is a buyer of its own. Nothing when start ≥ end.
    /// </summary>
    /// <remarks>
    /// The slot must be a <see cref="CountSlotRole.Component"/>: a run of a buyer's orders is not one order, so it names none.
    /// The engine merges the intervals of each buyer once, after every order; the tracker re-merges the buyer of a changed order.
    /// </remarks>
    /// <param name="slot">The slot's index in the metric's <see cref="Metric.Slots"/>.</param>
    /// <param name="start">The first as-of day.</param>
    /// <param name="end">The first as-of day no longer counted (<see cref="Never"/> for none).</param>
    public void EmitPerBuyer(int slot, int start, int end)
    {
        if (start < end)
        {
            _perBuyer.Add(((byte)_map[slot], start, end, _currentOwner));
        }
    }

    /// <summary>Appends a contribution of an already merged interval (a buyer's run).</summary>
    internal void AddMerged(byte column, int start, int end, int owner) => Append(column, start, end, owner);

    /// <summary>
    /// Counts the order in <paramref name="slot"/> on the union of <paramref name="spans"/> intersected with <c>[from, to)</c>,
    /// so overlapping facts count once; sorts the list in place.
    /// </summary>
    /// <param name="slot">The slot's index.</param>
    /// <param name="spans">As-of day intervals <c>[Start, End)</c>, in any order; empty ones are ignored.</param>
    /// <param name="from">The first as-of day of the window membership.</param>
    /// <param name="to">The first as-of day after it.</param>
    public void EmitUnion(int slot, List<(int Start, int End)> spans, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(spans);
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
                Emit(slot, Math.Max(runStart, from), Math.Min(runEnd, to));
            }

            runStart = s;
            runEnd = e;
            open = true;
        }

        if (open)
        {
            Emit(slot, Math.Max(runStart, from), Math.Min(runEnd, to));
        }
    }

    /// <summary>Starts the contributions of one metric for one order.</summary>
    internal void Begin(int[] slotColumns, int owner)
    {
        _map = slotColumns;
        _currentOwner = owner;
    }

    /// <summary>Forgets every contribution (the tracker reuses one sink per order).</summary>
    internal void Clear()
    {
        Count = 0;
        _perBuyer.Clear();
    }
}
