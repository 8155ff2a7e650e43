using System.Text.Json.Serialization;
using SellerPolicy.Internal;

namespace SellerPolicy.Policies;

/// <summary>A metric's target: a fraction and the condition the rate must meet (strictly).</summary>
public readonly record struct MetricTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="value">The target as a fraction (0.01 = 1 %).</param>
    /// <param name="condition">How the rate is compared with it.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    [JsonConstructor]
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
    public bool IsMetBy(double rate) => Condition switch
    {
        TargetCondition.LessThan => rate < Value,
        TargetCondition.GreaterThan => rate > Value,
        TargetCondition.AtMost => rate <= Value,
        _ => rate >= Value,
    };

    /// <summary>Gets whether a lower rate is better (<see cref="TargetCondition.LessThan"/> or <see cref="TargetCondition.AtMost"/>).</summary>
    public bool LowerIsBetter => Condition is TargetCondition.LessThan or TargetCondition.AtMost;

    /// <summary>Returns an "at most" target.</summary>
    /// <param name="value">The fraction.</param>
    /// <returns>The target.</returns>
    public static MetricTarget AtMost(double value) => new(value, TargetCondition.AtMost);

    /// <summary>Returns an "at least" target.</summary>
    /// <param name="value">The fraction.</param>
    /// <returns>The target.</returns>
    public static MetricTarget AtLeast(double value) => new(value, TargetCondition.AtLeast);

    /// <summary>Formats as <c>&lt; 1%</c>, <c>&gt; 95%</c>, <c>≤ 2%</c> or <c>≥ 90%</c>.</summary>
    public override string ToString()
        => $"{Condition switch { TargetCondition.LessThan => "<", TargetCondition.GreaterThan => ">", TargetCondition.AtMost => "≤", _ => "≥" }} {Value * 100:0.##}%";
}
