using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Amazon;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Tests.Policies;

/// <summary>The built-in numbers must equal domain-rules.md.</summary>
public sealed class AmazonPoliciesTests
{
    private static readonly MarketplacePolicy Current = AmazonPolicies.Current;

    [Fact]
    public void Current_OrderDefectRate_Is60DaysLag14BelowOnePercentPendingClaimsCount()
    {
        Assert.Equal("amazon@2025-01-01", Current.Version);
        Assert.Equal(60, Current.OrderDefectRate.WindowDays);
        Assert.Equal(14, Current.OrderDefectRate.LagDays);
        Assert.Equal(MetricTarget.LessThan(0.01), Current.OrderDefectRate.Target);
        Assert.True(Current.OrderDefectRate.PendingClaimsCount);
        Assert.Equal(2, Current.OrderDefectRate.NegativeFeedbackMaxRating);
        Assert.Equal("UTC", Current.Reporting.Zone.Id);
    }

    [Fact]
    public void Current_OtherMetrics_MatchTheTable()
    {
        Assert.Equal(new RollingMetricPolicy(7, MetricTarget.LessThan(0.025)), Current.PreFulfillmentCancellation);
        Assert.Equal(new RollingMetricPolicy(30, MetricTarget.LessThan(0.04)), Current.LateShipment);
        Assert.Equal(new RollingMetricPolicy(10, MetricTarget.LessThan(0.04)), Current.LateShipment10Day);
        Assert.Equal(new RollingMetricPolicy(30, MetricTarget.GreaterThan(0.95)), Current.ValidTracking);
        Assert.Equal(new RollingMetricPolicy(14, MetricTarget.GreaterThan(0.90)), Current.OnTimeDelivery);
        Assert.Equal(60, Current.ReturnDissatisfaction.WindowDays);
        Assert.Equal(MetricTarget.LessThan(0.10), Current.ReturnDissatisfaction.Target);
        Assert.Equal(Duration.FromHours(48), Current.Returns.ResponseTime);
        Assert.Equal([ClaimOutcome.GrantedSellerFunded, ClaimOutcome.SellerRefunded, ClaimOutcome.OrderCancelled], Current.OrderDefectRate.CountingClaimOutcomes.Order());
    }

    [Fact]
    public void Current_ClaimNumbers_MatchSection3()
    {
        ClaimPolicy claims = Current.Claims;

        Assert.Equal(Duration.FromHours(48), claims.ContactWait);
        Assert.Equal(Duration.FromHours(72), claims.NotReceivedOpensAfterDelivery);
        Assert.Null(claims.NotReceivedOpensAfterPurchase);
        Assert.Equal(Duration.FromDays(90), claims.WindowLength);
        Assert.Equal(ClaimWindowBasis.LatestDeliveryDate, claims.WindowBasis);
        Assert.Equal(14, claims.ReturnShipWithinDays);
        Assert.Equal(Duration.FromHours(48), claims.InformationRequestResponse);
        Assert.Equal(Duration.FromDays(30), claims.AppealWindow);
        Assert.Equal(Duration.FromDays(7), claims.ChargebackResponse);
        Assert.Equal(Duration.FromDays(17), claims.PlanOfAction);
    }

    [Fact]
    public void Current_ReturnNumbers_MatchSection5()
    {
        ReturnPolicy returns = Current.Returns;

        Assert.Equal(30, returns.WindowDays);
        Assert.Equal(ReturnWindowBasis.Delivery, returns.WindowBasis);
        Assert.Equal(30, returns.LabelValidDays);
        Assert.Equal(2, returns.RefundBusinessDays);
        Assert.Contains(returns.HolidayExtensions, e => e.Basis == HolidayBasis.Shipped && e.ReturnBy == new LocalDate(2016, 1, 31));
        Assert.Contains(returns.HolidayExtensions, e => e.Basis == HolidayBasis.Delivered && e.Period.From == new LocalDate(2020, 10, 1));
        Assert.Contains("DEFECTIVE", returns.SellerFaultReasons);
        Assert.Contains("NO_LONGER_NEEDED", returns.BuyerFaultReasons);
        Assert.Empty(returns.SellerFaultReasons.Intersect(returns.BuyerFaultReasons));
    }

    [Fact]
    public void Legacy_DiffersOnlyInTheClaimWindow()
    {
        MarketplacePolicy legacy = AmazonPolicies.Legacy;

        Assert.Equal("amazon@2015-01-01", legacy.Version);
        Assert.Equal(Duration.FromDays(30), legacy.Claims.NotReceivedOpensAfterPurchase);
        Assert.Equal(ClaimWindowBasis.PurchaseDate, legacy.Claims.WindowBasis);
        Assert.Equal(Current.OrderDefectRate, legacy.OrderDefectRate);
        Assert.Equal(Current with { EffectiveFrom = legacy.EffectiveFrom, Claims = legacy.Claims, Returns = legacy.Returns }, legacy);
    }

    [Fact]
    public void BuiltInPolicies_AreValidAndFoundByName()
    {
        Assert.Empty(PolicyValidator.Validate(AmazonPolicies.Current));
        Assert.Empty(PolicyValidator.Validate(AmazonPolicies.Legacy));
        Assert.All(AmazonPolicies.Names, name => Assert.True(AmazonPolicies.TryGet(name.ToUpperInvariant(), out _)));
        Assert.True(AmazonPolicies.TryGet("amazon-legacy", out PolicyTimeline? legacy));
        Assert.Equal("amazon@2015-01-01", legacy!.Latest.Version);
        Assert.False(AmazonPolicies.TryGet("walmart", out PolicyTimeline? none));
        Assert.Null(none);
    }

    [Fact]
    public void Current_FaultReasons_MapEveryAmazonReasonCodeToOneSide()
    {
        // domain-rules.md 5.2: the seller's fault is a wrong, damaged, defective, not as described or late item; the buyer's
        // fault is no longer needed, ordered by mistake, a better price. Amazon's return reason codes of each kind:
        string[] seller =
        [
            "DAMAGED_BY_CARRIER", "DAMAGED_BY_FC", "DEFECTIVE", "EXTRA_ITEM", "MISSED_ESTIMATED_DELIVERY", "MISSING_PARTS",
            "NOT_AS_DESCRIBED", "NOT_COMPATIBLE", "QUALITY_UNACCEPTABLE", "SWITCHEROO", "WRONG_ITEM",
        ];
        string[] buyer =
        [
            "APPAREL_STYLE", "APPAREL_TOO_LARGE", "APPAREL_TOO_SMALL", "FOUND_BETTER_PRICE", "NOT_AS_EXPECTED", "NO_LONGER_NEEDED", "NO_REASON_GIVEN",
            "ORDERED_WRONG_ITEM", "UNAUTHORIZED_PURCHASE", "UNWANTED_GIFT",
        ];

        Assert.Equal(seller, Current.Returns.SellerFaultReasons.Order(StringComparer.Ordinal));
        Assert.Equal(buyer, Current.Returns.BuyerFaultReasons.Order(StringComparer.Ordinal));
        Assert.Contains("wrong_item", Current.Returns.SellerFaultReasons);
    }

    [Fact]
    public void Metrics_AreAmazonsCatalogForTheVersion_UnlessAPackSetsItsOwn()
    {
        Assert.False(Current.HasOwnMetrics);
        Assert.Equal(AmazonMetrics.CatalogFor(Current), Current.Metrics);
        Assert.NotEmpty(Current.Metrics);

        MetricCatalog own = new([Current.Metrics[0]]);
        MarketplacePolicy custom = Current with { Metrics = own };
        Assert.True(custom.HasOwnMetrics);
        Assert.Same(own, custom.Metrics);
    }
}
