using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Policies;

public sealed class PolicyValidatorTests
{
    [Fact]
    public void Validate_SeveralBadNumbers_ReportsEveryOneNamingItsField()
    {
        MarketplacePolicy policy = AmazonPolicies.Current with
        {
            Name = "my@policy",
            OrderDefectRate = new OrderDefectRatePolicy { WindowDays = 0, LagDays = -1, NegativeFeedbackMaxRating = 5 },
            LateShipment = new RollingMetricPolicy(0, MetricTarget.LessThan(0.04)),
            Claims = new ClaimPolicy { ContactWait = Duration.Zero, ReturnShipWithinDays = 0 },
            Returns = new ReturnPolicy { WindowDays = -3, RefundBusinessDays = -1 },
        };

        ImmutableArray<string> errors = PolicyValidator.Validate(policy);

        string[] expected =
            [
                "name must be non-empty and must not contain '@', was 'my@policy'.",
                "orderDefectRate.windowDays must be positive, was 0.",
                "orderDefectRate.lagDays must not be negative, was -1.",
                "orderDefectRate.negativeFeedbackMaxRating must be 1-4, was 5.",
                "lateShipment.windowDays must be positive, was 0.",
                "claims.contactWait must be a positive duration, was 0:00:00:00.",
                "claims.returnShipWithinDays must be positive, was 0.",
                "returns.windowDays must be positive, was -3.",
                "returns.refundBusinessDays must not be negative, was -1.",
            ];
        Assert.Equal(expected, errors.AsEnumerable());
    }

    [Fact]
    public void Validate_MissingSectionsAndBadReturnRules_AreReported()
    {
        MarketplacePolicy policy = AmazonPolicies.Current with
        {
            OrderDefectRate = null!,
            ValidTracking = null!,
            Reporting = null!,
            Returns = AmazonPolicies.Current.Returns with
            {
                HolidayExtensions = [new HolidayReturnExtension(HolidayBasis.Ordered, new DayWindow(new LocalDate(2026, 11, 1), new LocalDate(2026, 12, 31)), new LocalDate(2026, 12, 1))],
                BuyerFaultReasons = ["NO_LONGER_NEEDED", "DEFECTIVE"],
            },
        };

        ImmutableArray<string> errors = PolicyValidator.Validate(policy);

        Assert.Contains("reportingTimeZone is required.", errors);
        Assert.Contains("orderDefectRate is required.", errors);
        Assert.Contains("validTracking is required.", errors);
        Assert.Contains("returns.holidayExtensions: returnBy (2026-12-01) must not be before the period's end (2026-12-31).", errors);
        Assert.Contains("returns: reason DEFECTIVE is listed as both seller fault and buyer fault.", errors);
        Assert.Equal(5, errors.Length);
    }

    [Fact]
    public void EnsureValid_InvalidPolicy_ThrowsListingEveryProblem()
    {
        MarketplacePolicy policy = AmazonPolicies.Current with { OrderDefectRate = new OrderDefectRatePolicy { WindowDays = 0, LagDays = -2 } };

        ArgumentException ex = Assert.Throws<ArgumentException>(() => PolicyValidator.EnsureValid(policy));

        Assert.Equal("policy", ex.ParamName);
        Assert.StartsWith("Policy amazon@2025-01-01 is invalid:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("orderDefectRate.windowDays must be positive, was 0.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("orderDefectRate.lagDays must not be negative, was -2.", ex.Message, StringComparison.Ordinal);
        Assert.Same(AmazonPolicies.Current, PolicyValidator.EnsureValid(AmazonPolicies.Current));
    }

    [Fact]
    public void MetricTarget_OutOfRange_ThrowsNamingTargetValue()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => MetricTarget.LessThan(1.5));

        Assert.Equal("targetValue", ex.ParamName);
        Assert.True(MetricTarget.LessThan(0.01).IsMetBy(0.0099));
        Assert.False(MetricTarget.LessThan(0.01).IsMetBy(0.01));
        Assert.False(MetricTarget.GreaterThan(0.95).IsMetBy(0.95));
        Assert.Equal("< 1%", MetricTarget.LessThan(0.01).ToString());
    }
}
