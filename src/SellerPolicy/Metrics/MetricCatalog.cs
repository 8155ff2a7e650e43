using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace SellerPolicy.Metrics;

/// <summary>
/// The metrics of one policy version, in report order, with ids unique: the one list the engine, tracker, series, forecast,
/// what-if and output run on. It assigns every slot of every metric a global column of the engine's index.
/// </summary>
/// <remarks>
/// <para>Columns: the counted slots first, metric by metric in slot order (so <see cref="AccountHealthCounts.Values"/> lists
/// them in catalog order), then the hurt-only slots. At most 256 columns.</para>
/// <para>Two catalogs are equal when they have the same columns: the same metric ids with the same slots, in the same order
/// (their numbers, such as targets, may differ). Counts of equal catalogs can be compared and added.</para>
/// </remarks>
public sealed class MetricCatalog : IReadOnlyList<Metric>, IEquatable<MetricCatalog>
{
    /// <summary>The most columns (slots over all metrics) a catalog can hold.</summary>
    public const int MaxColumns = 256;

    private readonly int[][] _columns;      // metric → slot → global column
    private readonly int[] _hurtColumn;     // metric → the column naming its hurting orders
    private readonly int[] _denominator;    // metric → slot index
    private readonly int[] _numerator;      // metric → slot index
    private readonly Dictionary<string, int> _byId;

    /// <summary>Creates a catalog.</summary>
    /// <param name="metrics">The metrics, in report order.</param>
    /// <exception cref="ArgumentException">
    /// A metric is null, two share an id, a metric's slots are not one denominator, one numerator, components and at most one
    /// hurt-only slot with unique names, or the slots exceed <see cref="MaxColumns"/>; the message names the metric.
    /// </exception>
    public MetricCatalog(IEnumerable<Metric> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        Metrics = [.. metrics];
        _byId = new Dictionary<string, int>(StringComparer.Ordinal);
        _columns = new int[Metrics.Length][];
        _hurtColumn = new int[Metrics.Length];
        _denominator = new int[Metrics.Length];
        _numerator = new int[Metrics.Length];
        int counted = 0;
        int total = 0;
        for (int m = 0; m < Metrics.Length; m++)
        {
            Metric metric = Metrics[m] ?? throw new ArgumentException("metrics must not hold null.", nameof(metrics));
            if (metric.Id.Value.Length == 0 || !_byId.TryAdd(metric.Id.Value, m))
            {
                throw new ArgumentException($"metric ids must be unique and not empty, '{metric.Id}' is not.", nameof(metrics));
            }

            ImmutableArray<CountSlot> slots = metric.Slots;
            if (slots.IsDefault
                || slots.Count(s => s.Role == CountSlotRole.Denominator) != 1
                || slots.Count(s => s.Role == CountSlotRole.Numerator) != 1
                || slots.Count(s => s.Role == CountSlotRole.HurtOnly) > 1
                || slots.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count() != slots.Length)
            {
                throw new ArgumentException(
                    $"metric '{metric.Id}' must have one Denominator slot, one Numerator slot and at most one HurtOnly slot, with unique names; was [{string.Join(", ", slots.IsDefault ? [] : slots)}].",
                    nameof(metrics));
            }

            _columns[m] = new int[slots.Length];
            for (int s = 0; s < slots.Length; s++)
            {
                if (slots[s].Role != CountSlotRole.HurtOnly)
                {
                    _columns[m][s] = counted++;
                }
            }

            total += slots.Length;
        }

        if (total > MaxColumns)
        {
            throw new ArgumentException($"a catalog holds at most {MaxColumns} slots over all metrics, was {total}.", nameof(metrics));
        }

        CountedColumns = counted;
        ColumnCount = total;
        int next = counted;
        var names = new (MetricId, CountSlot)[counted];
        for (int m = 0; m < Metrics.Length; m++)
        {
            ImmutableArray<CountSlot> slots = Metrics[m].Slots;
            _hurtColumn[m] = -1;
            for (int s = 0; s < slots.Length; s++)
            {
                switch (slots[s].Role)
                {
                    case CountSlotRole.HurtOnly:
                        _columns[m][s] = next++;
                        _hurtColumn[m] = _columns[m][s];
                        break;
                    case CountSlotRole.Denominator:
                        _denominator[m] = s;
                        break;
                    case CountSlotRole.Numerator:
                        _numerator[m] = s;
                        break;
                }

                if (slots[s].Role != CountSlotRole.HurtOnly)
                {
                    names[_columns[m][s]] = (Metrics[m].Id, slots[s]);
                }
            }

            if (_hurtColumn[m] < 0)
            {
                _hurtColumn[m] = _columns[m][_numerator[m]];
            }
        }

        CountedSlots = [.. names];
        HurtingMetricOfColumn = new int[total];
        Array.Fill(HurtingMetricOfColumn, -1);
        for (int m = 0; m < Metrics.Length; m++)
        {
            HurtingMetricOfColumn[_hurtColumn[m]] = m;
        }
    }

    /// <summary>Gets the empty catalog.</summary>
    public static MetricCatalog Empty { get; } = new([]);

    /// <summary>Gets the metrics, in report order.</summary>
    public ImmutableArray<Metric> Metrics { get; }

    /// <summary>Gets the number of metrics.</summary>
    public int Count => Metrics.Length;

    /// <summary>Gets the number of counted slots over all metrics: the length of an <see cref="AccountHealthCounts"/> row.</summary>
    public int CountedColumns { get; }

    /// <summary>Gets the number of columns of the engine's index (counted and hurt-only slots).</summary>
    public int ColumnCount { get; }

    /// <summary>Gets each counted column's metric and slot, in column order (the columns of <c>series --format csv</c>).</summary>
    public ImmutableArray<(MetricId Metric, CountSlot Slot)> CountedSlots { get; }

    /// <summary>Gets, for each column, the index of the metric whose hurting orders it names, or -1.</summary>
    internal int[] HurtingMetricOfColumn { get; }

    /// <summary>Gets the metric at <paramref name="index"/>.</summary>
    /// <param name="index">The index, in report order.</param>
    /// <returns>The metric.</returns>
    public Metric this[int index] => Metrics[index];

    /// <summary>Gets the metric with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such metric.</exception>
    public Metric this[MetricId id] => Metrics[IndexOf(id)];

    /// <summary>Returns a catalog with <paramref name="metric"/> added at the end (the one registration of a new metric).</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The new catalog.</returns>
    public MetricCatalog With(Metric metric) => new([.. Metrics, metric]);

    /// <summary>Returns whether the catalog has a metric with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when it has.</returns>
    public bool Contains(MetricId id) => _byId.ContainsKey(id.Value);

    /// <summary>Returns the metric with <paramref name="id"/>, when the catalog has it.</summary>
    /// <param name="id">The id.</param>
    /// <param name="metric">The metric.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(MetricId id, [NotNullWhen(true)] out Metric? metric)
    {
        metric = _byId.TryGetValue(id.Value, out int i) ? Metrics[i] : null;
        return metric is not null;
    }

    /// <summary>Returns the index of the metric with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such metric.</exception>
    public int IndexOf(MetricId id)
        => _byId.TryGetValue(id.Value, out int i)
            ? i
            : throw new KeyNotFoundException($"the catalog has no metric '{id}'; it has {string.Join(", ", Metrics.Select(m => m.Id.Value))}.");

    /// <summary>Returns the column of the counted slot <paramref name="slotName"/> of metric <paramref name="id"/> in <see cref="AccountHealthCounts.Values"/>.</summary>
    /// <param name="id">The metric.</param>
    /// <param name="slotName">The slot's name.</param>
    /// <returns>The column, or -1 for a hurt-only slot.</returns>
    /// <exception cref="KeyNotFoundException">No such metric or slot.</exception>
    public int ColumnOf(MetricId id, string slotName)
    {
        int m = IndexOf(id);
        return CountedColumnOf(m, SlotIndexOf(m, slotName));
    }

    /// <inheritdoc />
    public IEnumerator<Metric> GetEnumerator() => ((IEnumerable<Metric>)Metrics).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(MetricCatalog? other)
        => other is not null && (ReferenceEquals(this, other)
            || (Metrics.Length == other.Metrics.Length
                && Metrics.Zip(other.Metrics).All(p => p.First.Id == p.Second.Id && p.First.Slots.SequenceEqual(p.Second.Slots))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MetricCatalog);

    /// <inheritdoc />
    public override int GetHashCode() => Metrics.Length == 0 ? 0 : HashCode.Combine(Metrics.Length, Metrics[0].Id, CountedColumns);

    /// <summary>Returns the metric ids, comma-separated.</summary>
    public override string ToString() => string.Join(", ", Metrics.Select(m => m.Id.Value));

    /// <summary>Gets the slot → global column map of a metric.</summary>
    internal int[] ColumnsOf(int metricIndex) => _columns[metricIndex];

    /// <summary>Gets the column that names the hurting orders of a metric.</summary>
    internal int HurtColumnOf(int metricIndex) => _hurtColumn[metricIndex];

    internal int CountedColumnOf(int metricIndex, int slot)
    {
        int c = _columns[metricIndex][slot];
        return c < CountedColumns ? c : -1;
    }

    internal int SlotIndexOf(int metricIndex, string name)
    {
        ImmutableArray<CountSlot> slots = Metrics[metricIndex].Slots;
        for (int s = 0; s < slots.Length; s++)
        {
            if (string.Equals(slots[s].Name, name, StringComparison.Ordinal))
            {
                return s;
            }
        }

        throw new KeyNotFoundException($"metric '{Metrics[metricIndex].Id}' has no slot '{name}'; it has {string.Join(", ", slots.Select(s => s.Name))}.");
    }

    internal int DenominatorSlotOf(int metricIndex) => _denominator[metricIndex];

    internal int NumeratorSlotOf(int metricIndex) => _numerator[metricIndex];
}
