using SellerPolicy.Policies;

namespace SellerPolicy.Tests.Policies;

/// <summary>Targets compare strictly for "less/greater than" (domain-rules.md §2: ODR &lt; 1 %) and inclusively for "at most/at least".</summary>
public sealed class MetricTargetTests
{
    [Theory]
    [InlineData(TargetCondition.LessThan, 0.0099, true)]
    [InlineData(TargetCondition.LessThan, 0.01, false)]
    [InlineData(TargetCondition.GreaterThan, 0.0101, true)]
    [InlineData(TargetCondition.GreaterThan, 0.01, false)]
    [InlineData(TargetCondition.AtMost, 0.01, true)]
    [InlineData(TargetCondition.AtMost, 0.0101, false)]
    [InlineData(TargetCondition.AtLeast, 0.01, true)]
    [InlineData(TargetCondition.AtLeast, 0.0099, false)]
    public void IsMetBy_ComparesOnTheTargetItselfAsTheConditionSays(TargetCondition condition, double rate, bool met)
        => Assert.Equal(met, new MetricTarget(0.01, condition).IsMetBy(rate));

    [Fact]
    public void Factories_SetTheirCondition()
    {
        Assert.Equal(new MetricTarget(0.02, TargetCondition.LessThan), MetricTarget.LessThan(0.02));
        Assert.Equal(new MetricTarget(0.02, TargetCondition.GreaterThan), MetricTarget.GreaterThan(0.02));
        Assert.Equal(new MetricTarget(0.02, TargetCondition.AtMost), MetricTarget.AtMost(0.02));
        Assert.Equal(new MetricTarget(0.02, TargetCondition.AtLeast), MetricTarget.AtLeast(0.02));
        Assert.Equal(0.02, MetricTarget.AtLeast(0.02).Value);
    }

    [Theory]
    [InlineData(TargetCondition.LessThan, true)]
    [InlineData(TargetCondition.AtMost, true)]
    [InlineData(TargetCondition.GreaterThan, false)]
    [InlineData(TargetCondition.AtLeast, false)]
    public void LowerIsBetter_ForLessThanAndAtMost(TargetCondition condition, bool lowerIsBetter)
        => Assert.Equal(lowerIsBetter, new MetricTarget(0.5, condition).LowerIsBetter);

    [Theory]
    [InlineData(TargetCondition.LessThan, 0.025, "< 2.5%")]
    [InlineData(TargetCondition.GreaterThan, 0.95, "> 95%")]
    [InlineData(TargetCondition.AtMost, 0.02, "≤ 2%")]
    [InlineData(TargetCondition.AtLeast, 0.9, "≥ 90%")]
    public void ToString_GivesTheConditionAndThePercentage(TargetCondition condition, double value, string expected)
        => Assert.Equal(expected, new MetricTarget(value, condition).ToString());

    [Fact]
    public void Constructor_RejectsAnUndefinedConditionAndAValueOutsideZeroToOne()
    {
        Assert.Equal("targetCondition", Assert.Throws<ArgumentOutOfRangeException>(() => new MetricTarget(0.5, (TargetCondition)9)).ParamName);
        Assert.Equal("targetValue", Assert.Throws<ArgumentOutOfRangeException>(() => MetricTarget.AtMost(-0.01)).ParamName);
        Assert.Equal(0d, MetricTarget.AtMost(0).Value);
        Assert.Equal(1d, MetricTarget.AtLeast(1).Value);
    }
}
