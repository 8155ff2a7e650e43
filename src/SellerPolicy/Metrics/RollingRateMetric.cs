using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Internal;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// The common shape of a rolling-window rate: a fixed id, label, target and slots, and a window of <see cref="WindowDays"/>
/// attribution days ending <see cref="LagDays"/> days before the as-of day. A derived metric only says which orders are in
/// the window (<see cref="Metric.Contribute"/>, with <see cref="InWindow"/> and the emit helpers) and, when it has a typed
/// result, how to build it (<see cref="Metric.Judge"/>).
/// </summary>
/// <remarks>
/// Slot 0 is the denominator and slot 1 the numerator of every metric built on <see cref="EmitBadFrom"/> or
/// <see cref="EmitGoodFrom"/>; <see cref="EmitGoodFrom"/> also needs slot 2, the hurt-only slot naming the orders that are
/// not (yet) good. <see cref="RateSlots"/> and <see cref="GoodRateSlots"/> build such slot lists.
/// </remarks>
public abstract class RollingRateMetric : Metric
{
    /// <summary>The slot of the orders in the window (denominator) for the emit helpers.</summary>
    protected const int DenominatorSlot = 0;

    /// <summary>The slot of the counted orders (numerator) for the emit helpers.</summary>
    protected const int NumeratorSlot = 1;

    /// <summary>The hurt-only slot of <see cref="EmitGoodFrom"/>.</summary>
    protected const int NotGoodSlot = 2;

    /// <summary>Creates the metric.</summary>
    /// <param name="id">The id.</param>
    /// <param name="label">The label in the seller's words.</param>
    /// <param name="windowDays">The window length in days (positive).</param>
    /// <param name="target">The target.</param>
    /// <param name="slots">The counts (one denominator, one numerator, see <see cref="Metric.Slots"/>).</param>
    /// <param name="lagDays">How many days before the as-of day the window ends (0 or more).</param>
    /// <exception cref="ArgumentException">The id is empty, the label blank, or the slots missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window is not positive or the lag negative.</exception>
    protected RollingRateMetric(MetricId id, string label, int windowDays, MetricTarget target, ImmutableArray<CountSlot> slots, int lagDays = 0)
    {
        Id = id.Value is { Length: > 0 } ? id : throw new ArgumentException("id must not be the default (empty) metric id.", nameof(id));
        Label = Preconditions.CheckNotBlank(label, nameof(label));
        WindowDays = windowDays > 0 ? windowDays : throw new ArgumentOutOfRangeException(nameof(windowDays), $"windowDays must be positive, was {windowDays}.");
        LagDays = Preconditions.CheckNonNegative(lagDays, nameof(lagDays));
        Target = target;
        Slots = slots.IsDefaultOrEmpty ? throw new ArgumentException("slots must not be empty.", nameof(slots)) : slots;
    }

    /// <inheritdoc />
    public sealed override MetricId Id { get; }

    /// <inheritdoc />
    public sealed override string Label { get; }

    /// <inheritdoc />
    public sealed override MetricTarget Target { get; }

    /// <inheritdoc />
    public sealed override ImmutableArray<CountSlot> Slots { get; }

    /// <summary>Gets the window length in days.</summary>
    public int WindowDays { get; }

    /// <summary>Gets how many days before the as-of day the window ends.</summary>
    public int LagDays { get; }

    /// <inheritdoc />
    public sealed override DayWindow WindowOf(LocalDate asOf) => DayWindow.Ending(asOf.PlusDays(-LagDays), WindowDays);

    /// <summary>Returns the slots <c>[denominator, numerator]</c> of a rate of bad things.</summary>
    /// <param name="denominator">The denominator's name.</param>
    /// <param name="numerator">The numerator's name.</param>
    /// <returns>The slots.</returns>
    protected static ImmutableArray<CountSlot> RateSlots(string denominator, string numerator)
        => [new(denominator, CountSlotRole.Denominator), new(numerator, CountSlotRole.Numerator)];

    /// <summary>Returns the slots <c>[denominator, numerator, hurt-only]</c> of a rate of good things (see <see cref="EmitGoodFrom"/>).</summary>
    /// <param name="denominator">The denominator's name.</param>
    /// <param name="numerator">The numerator's name (the good ones).</param>
    /// <param name="notGood">The hurt-only slot's name (the ones not good).</param>
    /// <returns>The slots.</returns>
    protected static ImmutableArray<CountSlot> GoodRateSlots(string denominator, string numerator, string notGood)
        => [new(denominator, CountSlotRole.Denominator), new(numerator, CountSlotRole.Numerator), new(notGood, CountSlotRole.HurtOnly)];

    /// <summary>Returns the as-of days <c>[From, To)</c> on which an order attributed to day <paramref name="day"/> is in the window.</summary>
    /// <param name="day">The attribution day number (purchase, ship-by, ship, deliver-by or request day).</param>
    /// <returns>The membership.</returns>
    protected (int From, int To) InWindow(int day) => (day + LagDays, day + LagDays + WindowDays);

    /// <summary>
    /// Counts the order in the denominator on <c>[from, to)</c> and in the numerator from day <paramref name="badFrom"/>
    /// (the day the bad fact is known; <see cref="ContributionSink.Never"/> for never).
    /// </summary>
    /// <param name="sink">The sink.</param>
    /// <param name="from">The first as-of day in the window.</param>
    /// <param name="to">The first as-of day after it.</param>
    /// <param name="badFrom">The first as-of day the order is counted in the numerator.</param>
    protected static void EmitBadFrom(ContributionSink sink, int from, int to, int badFrom)
    {
        ArgumentNullException.ThrowIfNull(sink);
        sink.Emit(DenominatorSlot, from, to);
        sink.Emit(NumeratorSlot, Math.Max(from, badFrom), to);
    }

    /// <summary>
    /// Counts the order in the denominator on <c>[from, to)</c>, in the numerator from day <paramref name="goodFrom"/> (the day
    /// the good fact is known; <see cref="ContributionSink.Never"/> for never) and in the hurt-only slot before it.
    /// </summary>
    /// <param name="sink">The sink.</param>
    /// <param name="from">The first as-of day in the window.</param>
    /// <param name="to">The first as-of day after it.</param>
    /// <param name="goodFrom">The first as-of day the order is good.</param>
    protected static void EmitGoodFrom(ContributionSink sink, int from, int to, int goodFrom)
    {
        ArgumentNullException.ThrowIfNull(sink);
        sink.Emit(DenominatorSlot, from, to);
        sink.Emit(NumeratorSlot, Math.Max(from, goodFrom), to);
        sink.Emit(NotGoodSlot, from, Math.Min(to, goodFrom));
    }

    /// <summary>Returns <paramref name="policy"/>, or throws when it is null (for a derived constructor's base call).</summary>
    /// <typeparam name="T">The policy type.</typeparam>
    /// <param name="policy">The policy.</param>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    protected static T Required<T>(T? policy, string name)
        where T : class
        => policy ?? throw new ArgumentNullException(name);
}
