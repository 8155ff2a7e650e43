using SellerPolicy.Internal;

namespace SellerPolicy.Policies;

/// <summary>A metric's target: a fraction and the condition the rate must meet (strictly).</summary>
public readonly record struct MetricTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="value">The target as a fraction (0.01 = 1 %).</param>
    /// <param name="condition">How the rate is compared with it.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public MetricTarget(double value, TargetCondition condition)
    {
        Value = Preconditions.CheckFraction(value, "targetValue");
        Condition = Preconditions.CheckDefined(condition, "targetCondition");
    }

    /// <summary>Gets the target as a fraction.</summary>
    public double Value { get; }

    /// <summary>Gets how the rate is compared with the target.</summary>
    public TargetCondition Condition { get; }

    /// <summary>Returns a "less than" target.</summary>
    /// <param name="value">The fraction.</param>
    /// <returns>The target.</returns>
    public static MetricTarget LessThan(double value) => new(value, TargetCondition.LessThan);

    /// <summary>Returns a "greater than" target.</summary>
    /// <param name="value">The fraction.</param>
    /// <returns>The target.</returns>
    public static MetricTarget GreaterThan(double value) => new(value, TargetCondition.GreaterThan);

    /// <summary>Returns whether <paramref name="rate"/> meets the target (strict comparison).</summary>
    /// <param name="rate">The rate as a fraction.</param>
    /// <returns>True when the condition holds.</returns>
    public bool IsMetBy(double rate) => Condition == TargetCondition.LessThan ? rate < Value : rate > Value;

    /// <summary>Formats as <c>&lt; 1%</c> or <c>&gt; 95%</c>.</summary>
    public override string ToString()
        => $"{(Condition == TargetCondition.LessThan ? "<" : ">")} {Value * 100:0.##}%";
}
