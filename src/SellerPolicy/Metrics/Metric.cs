using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// One account-health metric as a self-contained slice: its id and label, its target, the counts it needs, its window, the
/// rule that turns one order into day intervals on those counts, and the judgement of the counts on a day.
/// </summary>
/// <remarks>
/// <para>A metric is immutable and carries its own policy numbers (window, lag, target, switches): a policy version holds
/// its metrics in its <see cref="MarketplacePolicy.Metrics"/> catalog. The engine calls <see cref="Contribute"/> once per
/// order (the one virtual call per metric per order), keeps the intervals in its index, and on any as-of day hands the
/// counts to <see cref="Judge"/>. The tracker, series, forecast and what-if run on the same calls, so they agree.</para>
/// <para>To add a metric: derive from this class in one folder (rule, numbers, result), and add an instance to the
/// catalog of the policy versions that have it. docs/metrics.md ("Adding a metric") walks through one.</para>
/// </remarks>
public abstract class Metric
{
    /// <summary>Gets the metric's id, unique in its catalog, e.g. <c>orderDefectRate.mfn</c>.</summary>
    public abstract MetricId Id { get; }

    /// <summary>Gets the metric's name in the seller's words, for tables, e.g. <c>Order Defect Rate, MFN</c>.</summary>
    public abstract string Label { get; }

    /// <summary>Gets the target the rate is judged against (this version's number).</summary>
    public abstract MetricTarget Target { get; }

    /// <summary>Gets the direction of the target: whether a lower or a higher rate is better.</summary>
    public TargetCondition Direction => Target.Condition;

    /// <summary>
    /// Gets the counts the metric needs: exactly one <see cref="CountSlotRole.Denominator"/>, one
    /// <see cref="CountSlotRole.Numerator"/>, any <see cref="CountSlotRole.Component"/>s and at most one
    /// <see cref="CountSlotRole.HurtOnly"/>. <see cref="Contribute"/> emits to a slot by its index here.
    /// </summary>
    public abstract ImmutableArray<CountSlot> Slots { get; }

    /// <summary>Returns the window of attribution days (purchase, ship-by, request… days) as of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of day.</param>
    /// <returns>The window, both ends included.</returns>
    public abstract DayWindow WindowOf(LocalDate asOf);

    /// <summary>
    /// Applies the metric's rule to one order and its records: emits, for each slot, the as-of days on which the order is
    /// counted there (window membership intersected with the days the fact is known to hold). Must depend only on
    /// <paramref name="order"/> and the metric's own numbers.
    /// </summary>
    /// <param name="order">The order and its records.</param>
    /// <param name="sink">Where the intervals go (slot indexes are into <see cref="Slots"/>).</param>
    public abstract void Contribute(in OrderEvidence order, ContributionSink sink);

    /// <summary>
    /// Judges the counts of one as-of day. The default returns a plain <see cref="MetricResult"/> with every counted slot as a
    /// component; a metric with a typed result (Amazon's <see cref="OrderDefectRateResult"/>…) overrides it.
    /// </summary>
    /// <param name="counts">The metric's counts that day.</param>
    /// <param name="window">The window (<see cref="WindowOf"/> of the day).</param>
    /// <param name="hurting">The orders that hurt the metric that day (distinct, sorted ordinally), or empty when not asked.</param>
    /// <param name="policyVersion">The policy version label, e.g. <c>amazon@2025-01-01</c>.</param>
    /// <returns>The result.</returns>
    public virtual MetricResult Judge(MetricCounts counts, DayWindow window, ImmutableArray<OrderId> hurting, string policyVersion)
        => MetricResult.Create(Id, Label, window, counts.Numerator, counts.Denominator, Target, policyVersion, hurting, counts.Components());

    /// <summary>Returns the id and label.</summary>
    public override string ToString() => $"{Id} ({Label})";
}
