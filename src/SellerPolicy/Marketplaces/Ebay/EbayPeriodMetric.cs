using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>
/// The common shape of eBay's seller-standards metrics: every transaction purchased in an evaluation period counts, in
/// both periods at once (the short "3 months" and the long "12 months" one), and the judgement picks the period with
/// <see cref="EbayLookbackRule"/> (the short one with 400+ transactions in it) and meets the target by the rate <em>or</em>
/// by the count alternative (eBay's "0.5 % or 3 buyers").
/// </summary>
/// <remarks>
/// <para>Slots: one block per period, named <c>{name}3Months</c> then <c>{name}12Months</c>; each block is
/// <c>transactions</c>, the numerator, then the components. The long period's transactions and numerator are the
/// <see cref="CountSlotRole.Denominator"/> and <see cref="CountSlotRole.Numerator"/>, so the orders a result names are those
/// of the long period (a superset of the short period's).</para>
/// <para>A derived metric says when a transaction is defective (<see cref="ContributeDefects"/>) with the emit helpers,
/// which write both periods.</para>
/// </remarks>
public abstract class EbayPeriodMetric : Metric
{
    private readonly int _block;
    private readonly int _countSlot;

    /// <summary>Creates the metric.</summary>
    /// <param name="id">The id.</param>
    /// <param name="label">The label.</param>
    /// <param name="standards">The seller standards (periods, lookback rule).</param>
    /// <param name="target">The rate target (at most).</param>
    /// <param name="maxCount">The count alternative: the target is also met with at most this count.</param>
    /// <param name="countName">The component compared with <paramref name="maxCount"/> (the numerator or a component).</param>
    /// <param name="numerator">The numerator's name.</param>
    /// <param name="components">The further components' names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standards"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="countName"/> is not one of the names.</exception>
    protected EbayPeriodMetric(
        MetricId id, string label, EbaySellerStandards standards, MetricTarget target, int maxCount, string countName, string numerator, params string[] components)
    {
        Id = id;
        Label = label;
        Standards = standards ?? throw new ArgumentNullException(nameof(standards));
        Target = target;
        MaxCount = maxCount;
        string[] names = ["transactions", numerator, .. components];
        _block = names.Length;
        _countSlot = Array.IndexOf(names, countName);
        CountName = _countSlot >= 0 ? countName : throw new ArgumentException($"countName must be one of {string.Join(", ", names)}, was '{countName}'.", nameof(countName));
        var slots = ImmutableArray.CreateBuilder<CountSlot>(2 * names.Length);
        foreach (string suffix in (ReadOnlySpan<string>)["3Months", "12Months"])
        {
            for (int i = 0; i < names.Length; i++)
            {
                CountSlotRole role = suffix == "12Months" && i < 2 ? (i == 0 ? CountSlotRole.Denominator : CountSlotRole.Numerator) : CountSlotRole.Component;
                slots.Add(new CountSlot(names[i] + suffix, role));
            }
        }

        Slots = slots.MoveToImmutable();
    }

    /// <inheritdoc />
    public sealed override MetricId Id { get; }

    /// <inheritdoc />
    public sealed override string Label { get; }

    /// <inheritdoc />
    public sealed override MetricTarget Target { get; }

    /// <inheritdoc />
    public sealed override ImmutableArray<CountSlot> Slots { get; }

    /// <summary>Gets the seller standards the periods come from.</summary>
    public EbaySellerStandards Standards { get; }

    /// <summary>Gets the count alternative: the target is also met when <see cref="CountName"/> is at most this.</summary>
    public int MaxCount { get; }

    /// <summary>Gets the component the count alternative is compared with (without its period suffix), e.g. <c>defectBuyers</c>.</summary>
    public string CountName { get; }

    /// <summary>Returns the long period ending <paramref name="asOf"/> (the one every transaction is indexed over).</summary>
    /// <param name="asOf">The as-of day.</param>
    /// <returns>The window; a result carries the period its judgement chose.</returns>
    public sealed override DayWindow WindowOf(LocalDate asOf) => DayWindow.Ending(asOf, Standards.LongLookbackDays);

    /// <inheritdoc />
    public sealed override void Contribute(in OrderEvidence order, ContributionSink sink)
    {
        int purchased = sink.Day(order.PurchasedAt);
        sink.Emit(0, purchased, purchased + Standards.ShortLookbackDays);
        sink.Emit(_block, purchased, purchased + Standards.LongLookbackDays);
        ContributeDefects(order, sink, purchased);
    }

    /// <summary>Judges the period chosen by the lookback rule: rate at most the target, or the count at most the alternative.</summary>
    /// <inheritdoc />
    public override MetricResult Judge(MetricCounts counts, DayWindow window, ImmutableArray<OrderId> hurting, string policyVersion)
    {
        EbayLookback lookback = EbayLookbackRule.Choose(counts[0], Standards);
        int first = lookback == EbayLookback.ThreeMonths ? 0 : _block;
        var chosen = DayWindow.Ending(window.To, EbayLookbackRule.DaysOf(lookback, Standards));
        return new EbayRateResult(
            Id, Label, chosen, counts[first + 1], counts[first], Target, policyVersion, hurting, counts.Components(), lookback, CountName, counts[first + _countSlot], MaxCount);
    }

    /// <summary>Emits the transaction's defect slots (transactions are emitted already).</summary>
    /// <param name="order">The transaction.</param>
    /// <param name="sink">The sink.</param>
    /// <param name="purchasedDay">The purchase day number.</param>
    protected abstract void ContributeDefects(in OrderEvidence order, ContributionSink sink, int purchasedDay);

    /// <summary>Counts the transaction in block slot <paramref name="slot"/> of both periods as of days <c>[start, end)</c> within each period.</summary>
    /// <param name="sink">The sink.</param>
    /// <param name="slot">The slot's index in a period block (1 = the numerator).</param>
    /// <param name="purchasedDay">The purchase day number.</param>
    /// <param name="start">The first as-of day the fact holds.</param>
    /// <param name="end">The first as-of day it no longer holds.</param>
    protected void EmitBoth(ContributionSink sink, int slot, int purchasedDay, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(sink);
        sink.Emit(slot, Math.Max(start, purchasedDay), Math.Min(end, purchasedDay + Standards.ShortLookbackDays));
        sink.Emit(_block + slot, Math.Max(start, purchasedDay), Math.Min(end, purchasedDay + Standards.LongLookbackDays));
    }

    /// <summary>Counts the transaction in block slot <paramref name="slot"/> of both periods on the union of <paramref name="spans"/>.</summary>
    /// <param name="sink">The sink.</param>
    /// <param name="slot">The slot's index in a period block.</param>
    /// <param name="purchasedDay">The purchase day number.</param>
    /// <param name="spans">As-of day intervals (sorted in place).</param>
    protected void EmitUnionBoth(ContributionSink sink, int slot, int purchasedDay, List<(int Start, int End)> spans)
    {
        ArgumentNullException.ThrowIfNull(sink);
        sink.EmitUnion(slot, spans, purchasedDay, purchasedDay + Standards.ShortLookbackDays);
        sink.EmitUnion(_block + slot, spans, purchasedDay, purchasedDay + Standards.LongLookbackDays);
    }

    /// <summary>Counts the transaction's buyer in block slot <paramref name="slot"/> of both periods on each of <paramref name="spans"/> (see <see cref="ContributionSink.EmitPerBuyer"/>).</summary>
    /// <param name="sink">The sink.</param>
    /// <param name="slot">The slot's index in a period block (a component).</param>
    /// <param name="purchasedDay">The purchase day number.</param>
    /// <param name="spans">As-of day intervals.</param>
    protected void EmitPerBuyerBoth(ContributionSink sink, int slot, int purchasedDay, List<(int Start, int End)> spans)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(spans);
        foreach ((int start, int end) in spans)
        {
            sink.EmitPerBuyer(slot, Math.Max(start, purchasedDay), Math.Min(end, purchasedDay + Standards.ShortLookbackDays));
            sink.EmitPerBuyer(_block + slot, Math.Max(start, purchasedDay), Math.Min(end, purchasedDay + Standards.LongLookbackDays));
        }
    }
}
