using System.Collections.Immutable;
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
public abstract record MetricResult
{
    private protected MetricResult(
        MetricKind kind, DayWindow window, int numerator, int denominator, MetricTarget target, string policyVersion, ImmutableArray<OrderId> orderIds)
    {
        if (denominator < 0 || numerator < 0 || numerator > denominator)
        {
            throw new ArgumentException($"numerator must be in [0, denominator], was {numerator} of {denominator}.", nameof(numerator));
        }

        Kind = kind;
        Window = window;
        Numerator = numerator;
        Denominator = denominator;
        Target = target;
        PolicyVersion = policyVersion ?? throw new ArgumentNullException(nameof(policyVersion));
        OrderIds = orderIds.IsDefault ? throw new ArgumentException("orderIds must not be a default ImmutableArray.", nameof(orderIds)) : orderIds;
    }

    /// <summary>Gets which metric this is.</summary>
    public MetricKind Kind { get; }

    /// <summary>Gets the report name of the metric, such as <c>orderDefectRate.mfn</c>.</summary>
    public string Name => Kind.ToReportName();

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
    public MetricStatus Status => Denominator == 0 ? MetricStatus.None : Target.IsMetBy(Rate) ? MetricStatus.Good : MetricStatus.Bad;

    /// <summary>Gets the version of the policy that produced the figure, e.g. <c>amazon@2025-01-01</c>.</summary>
    public string PolicyVersion { get; }

    /// <summary>Gets the orders that hurt the figure, distinct and sorted ordinally (see the type remarks).</summary>
    public ImmutableArray<OrderId> OrderIds { get; }

    /// <inheritdoc />
    public virtual bool Equals(MetricResult? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (EqualityContract == other.EqualityContract && Kind == other.Kind && Window == other.Window
                   && Numerator == other.Numerator && Denominator == other.Denominator && Target == other.Target
                   && PolicyVersion == other.PolicyVersion && OrderIds.SequenceEqual(other.OrderIds)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Window, Numerator, Denominator, PolicyVersion, OrderIds.Length);

    /// <summary>Returns e.g. <c>orderDefectRate.mfn 3/100 = 3.00% (&lt; 1%) BAD [2026-01-01, 2026-03-01]</c>.</summary>
    public sealed override string ToString()
        => $"{Name} {Numerator}/{Denominator} = {Rate * 100:0.00}% ({Target}) {Status.ToString().ToUpperInvariant()} {Window}";
}
