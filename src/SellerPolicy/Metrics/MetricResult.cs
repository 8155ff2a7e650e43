using System.Text.Json.Serialization;
using System.Collections.Immutable;
using SellerPolicy.Internal;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// What every account-health figure carries: its window, numerator, denominator, rate, target, status,
/// the policy version that produced it, and the orders that hurt it.
/// </summary>
/// <remarks>
/// <para><see cref="Rate"/> is <c>Numerator / Denominator</c> in double precision, 0 when the denominator is 0.
/// <see cref="Status"/> is <see cref="MetricStatus.None"/> when the denominator is 0, else
/// <see cref="MetricStatus.Good"/> when the target condition holds (strictly) and <see cref="MetricStatus.Bad"/> when not.</para>
/// <para>For a "less than" target the numerator counts the bad things (defective, cancelled, late, dissatisfied)
/// and <see cref="OrderIds"/> are the numerator's orders; for a "greater than" target the numerator counts the good
/// things (valid tracking, on time) and <see cref="OrderIds"/> are the denominator's orders that failed.
/// <see cref="OrderIds"/> are distinct and sorted ordinally.</para>
/// <para>Equality compares every value, the order ids element by element.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToBaseType)]
[JsonDerivedType(typeof(MetricResult), "metric")]
[JsonDerivedType(typeof(OrderDefectRateResult), "orderDefectRate")]
[JsonDerivedType(typeof(PreFulfillmentCancellationRateResult), "preFulfillmentCancellationRate")]
[JsonDerivedType(typeof(LateShipmentRateResult), "lateShipmentRate")]
[JsonDerivedType(typeof(ValidTrackingRateResult), "validTrackingRate")]
[JsonDerivedType(typeof(OnTimeDeliveryRateResult), "onTimeDeliveryRate")]
[JsonDerivedType(typeof(ReturnDissatisfactionRateResult), "returnDissatisfactionRate")]
[JsonDerivedType(typeof(Marketplaces.Ebay.EbayRateResult), "ebayRate")]
public record MetricResult
{
    [JsonConstructor]
    internal MetricResult(
        MetricId id, string label, DayWindow window, int numerator, int denominator, MetricTarget target, string policyVersion,
        ImmutableArray<OrderId> orderIds, ImmutableArray<MetricComponent> components)
    {
        if (denominator < 0 || numerator < 0 || numerator > denominator)
        {
            throw new ArgumentException($"numerator must be in [0, denominator], was {numerator} of {denominator}.", nameof(numerator));
        }

        Id = id;
        Label = label ?? throw new ArgumentNullException(nameof(label));
        Components = components.IsDefault ? [] : components;
        Window = window;
        Numerator = numerator;
        Denominator = denominator;
        Target = target;
        PolicyVersion = policyVersion ?? throw new ArgumentNullException(nameof(policyVersion));
        OrderIds = orderIds.IsDefault ? throw new ArgumentException("orderIds must not be a default ImmutableArray.", nameof(orderIds)) : orderIds;
    }

    /// <summary>Checks a count of a public factory: not negative, and at most <paramref name="max"/> when given.</summary>
    /// <param name="value">The count.</param>
    /// <param name="field">The factory's parameter name.</param>
    /// <param name="max">The largest allowed value, or null.</param>
    /// <param name="maxField">The name of the parameter that bounds it.</param>
    /// <returns>The count.</returns>
    private protected static int CheckCount(int value, string field, int? max = null, string? maxField = null)
    {
        Preconditions.CheckNonNegative(value, field);
        if (max is { } limit && value > limit)
        {
            throw new ArgumentOutOfRangeException(field, $"{field} must not exceed {maxField} ({limit}), was {value}.");
        }

        return value;
    }

    /// <summary>Checks the common arguments of a public factory and returns the order ids distinct and sorted ordinally.</summary>
    /// <param name="target">The target (its condition must be defined).</param>
    /// <param name="policyVersion">The policy version (not blank).</param>
    /// <param name="orderIds">The order ids, or null for none.</param>
    /// <param name="maxOrders">How many distinct orders the figure can name (the count of bad things).</param>
    /// <param name="maxField">What bounds them, for the message.</param>
    /// <returns>The order ids, distinct and sorted.</returns>
    private protected static ImmutableArray<OrderId> CheckFactoryArguments(
        MetricTarget target, string policyVersion, IEnumerable<OrderId>? orderIds, int maxOrders, string maxField)
    {
        Preconditions.CheckDefined(target.Condition, nameof(target));
        Preconditions.CheckNotBlank(policyVersion, nameof(policyVersion));
        ImmutableArray<OrderId> ids = orderIds is null ? [] : [.. orderIds.Distinct().Order()];
        if (ids.Any(id => id.Value.Length == 0))
        {
            throw new ArgumentException("orderIds must not contain an empty (default) order id.", nameof(orderIds));
        }

        if (ids.Length > maxOrders)
        {
            throw new ArgumentException($"orderIds must name at most {maxField} ({maxOrders}) distinct orders, was {ids.Length}.", nameof(orderIds));
        }

        return ids;
    }

    /// <summary>
    /// Creates a result of any metric (the default of <see cref="Metric.Judge"/>): the rate and status follow from the counts.
    /// </summary>
    /// <param name="id">The metric's id.</param>
    /// <param name="label">The metric's label in the seller's words.</param>
    /// <param name="window">The window of attribution days, both ends included.</param>
    /// <param name="numerator">The numerator; at most <paramref name="denominator"/>.</param>
    /// <param name="denominator">The denominator.</param>
    /// <param name="target">The target.</param>
    /// <param name="policyVersion">The policy version (not blank).</param>
    /// <param name="orderIds">The orders that hurt the figure (distinct, sorted ordinally), or default for none.</param>
    /// <param name="components">The named counts, in slot order, or default for none.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">A count is out of range, the id is empty or the policy version blank.</exception>
    public static MetricResult Create(
        MetricId id, string label, DayWindow window, int numerator, int denominator, MetricTarget target, string policyVersion,
        ImmutableArray<OrderId> orderIds = default, ImmutableArray<MetricComponent> components = default)
    {
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("id must not be the default (empty) metric id.", nameof(id));
        }

        Preconditions.CheckNotBlank(policyVersion, nameof(policyVersion));
        return new MetricResult(id, label, window, numerator, denominator, target, policyVersion, orderIds.IsDefault ? [] : orderIds, components);
    }

    /// <summary>Gets which metric this is.</summary>
    public MetricId Id { get; }

    /// <summary>Gets the metric's label in the seller's words, e.g. <c>Order Defect Rate, MFN</c>.</summary>
    public string Label { get; }

    /// <summary>
    /// Gets which Amazon metric this is (<see cref="MetricKind"/> names Amazon's metrics only; use <see cref="Id"/> for any metric).
    /// </summary>
    /// <exception cref="InvalidOperationException">The metric is not one of Amazon's (<see cref="MetricKindExtensions.TryFromMetricId"/>).</exception>
    [JsonIgnore]
    public MetricKind Kind => MetricKindExtensions.TryFromMetricId(Id, out MetricKind kind)
        ? kind
        : throw new InvalidOperationException($"metric '{Id}' is not one of Amazon's MetricKind metrics; use Id.");

    /// <summary>Gets the report name of the metric, such as <c>orderDefectRate.mfn</c> (the text of <see cref="Id"/>).</summary>
    [JsonIgnore]
    public string Name => Id.Value;

    /// <summary>
    /// Gets the named counts behind the figure, in the metric's slot order: the denominator, the numerator and the
    /// components (claims, chargebacks, late responses…), so a generic table or JSON can print any metric.
    /// </summary>
    public ImmutableArray<MetricComponent> Components { get; }

    /// <summary>Gets the window of attribution days, both ends included (purchase, ship-by, ship, deliver-by or request days).</summary>
    public DayWindow Window { get; }

    /// <summary>Gets the numerator (bad things for a "less than" target, good things for a "greater than" target).</summary>
    public int Numerator { get; }

    /// <summary>Gets the denominator (orders, shipments or return requests in the window).</summary>
    public int Denominator { get; }

    /// <summary>Gets <c>Numerator / Denominator</c>, or 0 when the denominator is 0.</summary>
    public double Rate => Denominator == 0 ? 0.0 : (double)Numerator / Denominator;

    /// <summary>Gets the target and its condition.</summary>
    public MetricTarget Target { get; }

    /// <summary>Gets GOOD, BAD, or NONE when the denominator is 0.</summary>
    public virtual MetricStatus Status => Denominator == 0 ? MetricStatus.None : Target.IsMetBy(Rate) ? MetricStatus.Good : MetricStatus.Bad;

    /// <summary>Gets the version of the policy that produced the figure, e.g. <c>amazon@2025-01-01</c>.</summary>
    public string PolicyVersion { get; }

    /// <summary>Gets the orders that hurt the figure, distinct and sorted ordinally (see the type remarks).</summary>
    public ImmutableArray<OrderId> OrderIds { get; }

    /// <inheritdoc />
    public virtual bool Equals(MetricResult? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (EqualityContract == other.EqualityContract && Id == other.Id && Window == other.Window
                   && Numerator == other.Numerator && Denominator == other.Denominator && Target == other.Target
                   && PolicyVersion == other.PolicyVersion && OrderIds.SequenceEqual(other.OrderIds)
                   && Components.SequenceEqual(other.Components)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Window, Numerator, Denominator, PolicyVersion, OrderIds.Length);

    /// <summary>Returns e.g. <c>orderDefectRate.mfn 3/100 = 3.00% (&lt; 1%) BAD [2026-01-01, 2026-03-01]</c>.</summary>
    public sealed override string ToString()
        => $"{Name} {Numerator}/{Denominator} = {Rate * 100:0.00}% ({Target}) {Status.ToString().ToUpperInvariant()} {Window}";
}
