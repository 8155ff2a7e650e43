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

    /// <summary>Each check of the validator on its own: the value just past the limit is reported, the limit itself is not.</summary>
    public static TheoryData<string, Func<MarketplacePolicy, MarketplacePolicy>, Func<MarketplacePolicy, MarketplacePolicy>> EachCheck()
    {
        static ClaimPolicy C(MarketplacePolicy p) => p.Claims;
        static ReturnPolicy R(MarketplacePolicy p) => p.Returns;
        Duration tick = Duration.Epsilon;
        return new()
        {
            { "orderDefectRate.windowDays must be positive, was 0.", p => p with { OrderDefectRate = p.OrderDefectRate with { WindowDays = 0 } }, p => p with { OrderDefectRate = p.OrderDefectRate with { WindowDays = 1 } } },
            { "orderDefectRate.lagDays must not be negative, was -1.", p => p with { OrderDefectRate = p.OrderDefectRate with { LagDays = -1 } }, p => p with { OrderDefectRate = p.OrderDefectRate with { LagDays = 0 } } },
            { "orderDefectRate.negativeFeedbackMaxRating must be 1-4, was 0.", p => p with { OrderDefectRate = p.OrderDefectRate with { NegativeFeedbackMaxRating = 0 } }, p => p with { OrderDefectRate = p.OrderDefectRate with { NegativeFeedbackMaxRating = 1 } } },
            { "orderDefectRate.negativeFeedbackMaxRating must be 1-4, was 5.", p => p with { OrderDefectRate = p.OrderDefectRate with { NegativeFeedbackMaxRating = 5 } }, p => p with { OrderDefectRate = p.OrderDefectRate with { NegativeFeedbackMaxRating = 4 } } },
            { "preFulfillmentCancellation.windowDays must be positive, was 0.", p => p with { PreFulfillmentCancellation = p.PreFulfillmentCancellation with { WindowDays = 0 } }, p => p with { PreFulfillmentCancellation = p.PreFulfillmentCancellation with { WindowDays = 1 } } },
            { "lateShipment10Day.windowDays must be positive, was 0.", p => p with { LateShipment10Day = p.LateShipment10Day with { WindowDays = 0 } }, p => p with { LateShipment10Day = p.LateShipment10Day with { WindowDays = 1 } } },
            { "validTracking.windowDays must be positive, was 0.", p => p with { ValidTracking = p.ValidTracking with { WindowDays = 0 } }, p => p with { ValidTracking = p.ValidTracking with { WindowDays = 1 } } },
            { "onTimeDelivery.windowDays must be positive, was 0.", p => p with { OnTimeDelivery = p.OnTimeDelivery with { WindowDays = 0 } }, p => p with { OnTimeDelivery = p.OnTimeDelivery with { WindowDays = 1 } } },
            { "returnDissatisfaction.windowDays must be positive, was 0.", p => p with { ReturnDissatisfaction = p.ReturnDissatisfaction with { WindowDays = 0 } }, p => p with { ReturnDissatisfaction = p.ReturnDissatisfaction with { WindowDays = 1 } } },
            { "claims.notReceivedOpensAfterDelivery must not be negative, was -0:00:00:00.000000001.", p => p with { Claims = C(p) with { NotReceivedOpensAfterDelivery = -tick } }, p => p with { Claims = C(p) with { NotReceivedOpensAfterDelivery = Duration.Zero } } },
            { "claims.notReceivedOpensAfterPurchase must not be negative, was -0:00:00:00.000000001.", p => p with { Claims = C(p) with { NotReceivedOpensAfterPurchase = -tick } }, p => p with { Claims = C(p) with { NotReceivedOpensAfterPurchase = Duration.Zero } } },
            { "claims.windowLength must be a positive duration, was 0:00:00:00.", p => p with { Claims = C(p) with { WindowLength = Duration.Zero } }, p => p with { Claims = C(p) with { WindowLength = tick } } },
            { "claims.informationRequestResponse must be a positive duration, was 0:00:00:00.", p => p with { Claims = C(p) with { InformationRequestResponse = Duration.Zero } }, p => p with { Claims = C(p) with { InformationRequestResponse = tick } } },
            { "claims.buyerMessageResponse must be a positive duration, was 0:00:00:00.", p => p with { Claims = C(p) with { BuyerMessageResponse = Duration.Zero } }, p => p with { Claims = C(p) with { BuyerMessageResponse = tick } } },
            { "claims.appealWindow must be a positive duration, was 0:00:00:00.", p => p with { Claims = C(p) with { AppealWindow = Duration.Zero } }, p => p with { Claims = C(p) with { AppealWindow = tick } } },
            { "claims.chargebackResponse must be a positive duration, was 0:00:00:00.", p => p with { Claims = C(p) with { ChargebackResponse = Duration.Zero } }, p => p with { Claims = C(p) with { ChargebackResponse = tick } } },
            { "claims.planOfAction must be a positive duration, was 0:00:00:00.", p => p with { Claims = C(p) with { PlanOfAction = Duration.Zero } }, p => p with { Claims = C(p) with { PlanOfAction = tick } } },
            { "claims.notCoveredCategories must be a set of non-blank category names.", p => p with { Claims = C(p) with { NotCoveredCategories = ["Gift Cards", " "] } }, p => p with { Claims = C(p) with { NotCoveredCategories = ["Gift Cards"] } } },
            { "returns.labelValidDays must be positive, was 0.", p => p with { Returns = R(p) with { LabelValidDays = 0 } }, p => p with { Returns = R(p) with { LabelValidDays = 1 } } },
            { "returns.refundBusinessDays must not be negative, was -1.", p => p with { Returns = R(p) with { RefundBusinessDays = -1 } }, p => p with { Returns = R(p) with { RefundBusinessDays = 0 } } },
            { "returns.responseTime must be a positive duration, was 0:00:00:00.", p => p with { Returns = R(p) with { ResponseTime = Duration.Zero } }, p => p with { Returns = R(p) with { ResponseTime = tick } } },
            { "returns.lateReturnRestockingFeeRate must be a fraction between 0 and 1, was 1.01.", p => p with { Returns = R(p) with { LateReturnRestockingFeeRate = 1.01m } }, p => p with { Returns = R(p) with { LateReturnRestockingFeeRate = 1m } } },
            { "returns.lateReturnRestockingFeeRate must be a fraction between 0 and 1, was -0.01.", p => p with { Returns = R(p) with { LateReturnRestockingFeeRate = -0.01m } }, p => p with { Returns = R(p) with { LateReturnRestockingFeeRate = 0m } } },
            { "returns.photoEvidenceFromRate must be a fraction between 0 and 1, was 1.5.", p => p with { Returns = R(p) with { PhotoEvidenceFromRate = 1.5m } }, p => p with { Returns = R(p) with { PhotoEvidenceFromRate = 0m } } },
        };
    }

    [Theory]
    [MemberData(nameof(EachCheck))]
    public void Validate_EachCheck_ReportsJustPastItsLimit_AndAcceptsTheLimit(string expected, Func<MarketplacePolicy, MarketplacePolicy> pastTheLimit, Func<MarketplacePolicy, MarketplacePolicy> atTheLimit)
    {
        Assert.Equal([expected], PolicyValidator.Validate(pastTheLimit(AmazonPolicies.Current)).AsEnumerable());
        Assert.Empty(PolicyValidator.Validate(atTheLimit(AmazonPolicies.Current)));
    }

    [Fact]
    public void Validate_EachMissingPart_IsReportedByName()
    {
        MarketplacePolicy current = AmazonPolicies.Current;
        (string Expected, MarketplacePolicy Policy)[] cases =
        [
            ("orderDefectRate.countingClaimOutcomes is required (an empty list counts no decided claim).", current with { OrderDefectRate = current.OrderDefectRate with { CountingClaimOutcomes = null! } }),
            ("returnDissatisfaction is required.", current with { ReturnDissatisfaction = null! }),
            ("claims.notCoveredReasons is required (use an empty set).", current with { Claims = current.Claims with { NotCoveredReasons = null! } }),
            ("claims.notCoveredCategories must be a set of non-blank category names.", current with { Claims = current.Claims with { NotCoveredCategories = null! } }),
            ("claims is required.", current with { Claims = null! }),
            ("returns.holidayExtensions must not be default.", current with { Returns = current.Returns with { HolidayExtensions = default } }),
            ("returns.holidays must not be default.", current with { Returns = current.Returns with { Holidays = default } }),
            ("returns is required.", current with { Returns = null! }),
            ("lateShipment10Day is required.", current with { LateShipment10Day = null! }),
        ];

        Assert.All(cases, c => Assert.Equal([c.Expected], PolicyValidator.Validate(c.Policy).AsEnumerable()));
    }

    [Fact]
    public void Validate_AHolidayExtensionEndingWithItsPeriod_IsValid()
    {
        var period = new DayWindow(new LocalDate(2026, 11, 1), new LocalDate(2026, 12, 31));
        MarketplacePolicy policy = AmazonPolicies.Current with
        {
            Returns = AmazonPolicies.Current.Returns with { HolidayExtensions = [new HolidayReturnExtension(HolidayBasis.Delivered, period, period.To)] },
        };

        Assert.Empty(PolicyValidator.Validate(policy));
    }

    [Fact]
    public void Validate_SeveralReasonsOrFeesWrong_AreListedInAFixedOrder()
    {
        MarketplacePolicy policy = AmazonPolicies.Current with
        {
            Returns = AmazonPolicies.Current.Returns with
            {
                BuyerFaultReasons = ["WRONG_ITEM", "DEFECTIVE", "NO_LONGER_NEEDED"],
                MaxRestockingFeeRates = ImmutableDictionary.CreateRange([
                    KeyValuePair.Create(ReturnCondition.DamagedOrIncomplete, 2m), KeyValuePair.Create(ReturnCondition.Original, -1m)]),
            },
        };

        Assert.Equal(
            [
                "returns: reason DEFECTIVE is listed as both seller fault and buyer fault.",
                "returns: reason WRONG_ITEM is listed as both seller fault and buyer fault.",
                "returns.maxRestockingFeeRates.Original must be a fraction between 0 and 1, was -1.",
                "returns.maxRestockingFeeRates.DamagedOrIncomplete must be a fraction between 0 and 1, was 2.",
            ],
            PolicyValidator.Validate(policy).AsEnumerable());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Validate_FeeRatesOfZeroAndOne_AreValid(int rate)
    {
        MarketplacePolicy policy = AmazonPolicies.Current with
        {
            Returns = AmazonPolicies.Current.Returns with
            {
                MaxRestockingFeeRates = ImmutableDictionary.CreateRange([KeyValuePair.Create(ReturnCondition.OpenedMedia, (decimal)rate)]),
                PhotoEvidenceFromRate = rate,
                LateReturnRestockingFeeRate = rate,
            },
        };

        Assert.Empty(PolicyValidator.Validate(policy));
    }

    [Fact]
    public void EnsureValid_ListsOneProblemPerIndentedLine_AndRejectsNull()
    {
        MarketplacePolicy policy = AmazonPolicies.Current with { OrderDefectRate = AmazonPolicies.Current.OrderDefectRate with { WindowDays = 0, LagDays = -2 } };

        ArgumentException ex = Assert.Throws<ArgumentException>(() => PolicyValidator.EnsureValid(policy));

        string nl = Environment.NewLine;
        Assert.StartsWith($"Policy amazon@2025-01-01 is invalid:{nl}  orderDefectRate.windowDays must be positive, was 0.{nl}  orderDefectRate.lagDays must not be negative, was -2.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => PolicyValidator.Validate(null!)).ParamName);
    }
}
