using System.Collections.Immutable;

namespace SellerPolicy.Metrics;

/// <summary>One metric's counts on one as-of day, read by slot: what <see cref="Metric.Judge"/> receives.</summary>
/// <remarks>A <see cref="CountSlotRole.HurtOnly"/> slot reads 0 (it names orders and is not counted).</remarks>
public readonly struct MetricCounts
{
    private readonly AccountHealthCounts _row;
    private readonly int _metricIndex;

    internal MetricCounts(AccountHealthCounts row, int metricIndex)
    {
        _row = row;
        _metricIndex = metricIndex;
    }

    /// <summary>Gets the metric whose counts these are.</summary>
    public Metric Metric => _row.Catalog[_metricIndex];

    /// <summary>Gets the count of the slot at <paramref name="slot"/> (its index in <see cref="Metric.Slots"/>).</summary>
    /// <param name="slot">The slot's index.</param>
    /// <returns>The count.</returns>
    public int this[int slot] => _row.Catalog.CountedColumnOf(_metricIndex, slot) is var c and >= 0 ? _row[c] : 0;

    /// <summary>Gets the count of the slot named <paramref name="name"/>.</summary>
    /// <param name="name">The slot's name.</param>
    /// <returns>The count.</returns>
    /// <exception cref="KeyNotFoundException">The metric has no such slot.</exception>
    public int this[string name] => this[_row.Catalog.SlotIndexOf(_metricIndex, name)];

    /// <summary>Gets the denominator's count.</summary>
    public int Denominator => this[_row.Catalog.DenominatorSlotOf(_metricIndex)];

    /// <summary>Gets the numerator's count.</summary>
    public int Numerator => this[_row.Catalog.NumeratorSlotOf(_metricIndex)];

    /// <summary>Returns every counted slot with its count, in slot order (hurt-only slots left out).</summary>
    /// <returns>The components.</returns>
    public ImmutableArray<MetricComponent> Components()
    {
        ImmutableArray<CountSlot> slots = Metric.Slots;
        var result = ImmutableArray.CreateBuilder<MetricComponent>(slots.Length);
        for (int i = 0; i < slots.Length; i++)
        {
            if (slots[i].Role != CountSlotRole.HurtOnly)
            {
                result.Add(new MetricComponent(slots[i].Name, this[i], slots[i].Role));
            }
        }

        return result.ToImmutable();
    }
}
