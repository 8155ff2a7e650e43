using NodaTime;
using SellerPolicy.Policies;
using SellerPolicy.Returns;
using SellerPolicy.Time;
using static SellerPolicy.Tests.Returns.ReturnsFixtures;

namespace SellerPolicy.Tests.Returns;

public class ReturnWindowTests
{
    private static MarketplacePolicy WithExtension(HolidayBasis basis) => AmazonPolicies.Current with
    {
        Returns = AmazonPolicies.Current.Returns with
        {
            HolidayExtensions = [new HolidayReturnExtension(basis, new DayWindow(new LocalDate(2025, 11, 1), new LocalDate(2025, 12, 31)), new LocalDate(2026, 1, 31))],
        },
    };

    [Fact]
    public void For_Default_Is30DaysFromTheDeliveredScan()
    {
        ReturnWindow? window = ReturnWindow.For(Order(deliveredAt: At(2026, 1, 10, 18), latestDeliveryDate: At(2026, 1, 12)), AmazonPolicies.Current);
        Assert.NotNull(window);
        Assert.Equal(At(2026, 2, 9, 18), window.ClosesAt);
        Assert.Equal(ReturnWindowBasisUsed.DeliveredAt, window.Basis);
        Assert.True(window.Contains(At(2026, 2, 9, 18)));
        Assert.False(window.Contains(At(2026, 2, 9, 18) + Duration.Epsilon));
    }

    [Fact]
    public void For_EstimatedDeliveryBasis_CountsFromTheLatestDeliveryDate()
    {
        MarketplacePolicy policy = AmazonPolicies.Current with { Returns = AmazonPolicies.Current.Returns with { WindowBasis = ReturnWindowBasis.EstimatedDelivery } };
        ReturnWindow? window = ReturnWindow.For(Order(deliveredAt: At(2026, 1, 10, 18), latestDeliveryDate: At(2026, 1, 12)), policy);
        Assert.Equal(At(2026, 2, 11), window!.ClosesAt);
        Assert.Equal(ReturnWindowBasisUsed.LatestDeliveryDate, window.Basis);
    }

    [Fact]
    public void For_NothingToCountFrom_IsNull()
        => Assert.Null(ReturnWindow.For(Order(), AmazonPolicies.Current));

    [Fact]
    public void HolidayExtension_ShippedBasis_ExtendsOrdersShippedInThePeriod()
    {
        // Shipped 16 Dec (in the period), delivered 20 Dec: 30 days close 19 Jan; the rule extends to the end of 31 Jan.
        var order = Order(purchasedAt: At(2025, 12, 15), shippedAt: At(2025, 12, 16), deliveredAt: At(2025, 12, 20));
        ReturnWindow? window = ReturnWindow.For(order, WithExtension(HolidayBasis.Shipped));
        Assert.Equal(At(2026, 2, 1) - Duration.Epsilon, window!.ClosesAt);
        Assert.NotNull(window.HolidayExtension);
    }

    [Fact]
    public void HolidayExtension_ShippedBasis_IgnoresOrdersShippedAfterThePeriod()
    {
        var order = Order(purchasedAt: At(2025, 12, 31, 20), shippedAt: At(2026, 1, 1, 8), deliveredAt: At(2026, 1, 3));
        ReturnWindow? window = ReturnWindow.For(order, WithExtension(HolidayBasis.Shipped));
        Assert.Equal(At(2026, 2, 2), window!.ClosesAt);
        Assert.Null(window.HolidayExtension);
    }

    [Fact]
    public void HolidayExtension_OrderedBasis_LooksAtThePurchaseDay()
    {
        // Ordered 31 Dec, shipped and delivered in January: extended by the "ordered" rule only.
        var order = Order(purchasedAt: At(2025, 12, 31, 20), shippedAt: At(2026, 1, 1, 8), deliveredAt: At(2026, 1, 1, 9));
        Assert.Equal(At(2026, 2, 1) - Duration.Epsilon, ReturnWindow.For(order, WithExtension(HolidayBasis.Ordered))!.ClosesAt);
        Assert.Equal(At(2026, 1, 31, 9), ReturnWindow.For(order, WithExtension(HolidayBasis.Delivered))!.ClosesAt);
    }

    [Fact]
    public void HolidayExtension_DeliveredBasis_LooksAtTheDeliveredScanEvenWhenCountingFromTheEstimate()
    {
        // Delivered 31 Dec (in the period), estimated 1 Jan (30 days: 31 Jan 00:00); the policy counts from the estimate.
        MarketplacePolicy policy = WithExtension(HolidayBasis.Delivered);
        policy = policy with { Returns = policy.Returns with { WindowBasis = ReturnWindowBasis.EstimatedDelivery } };
        var order = Order(purchasedAt: At(2025, 12, 20), deliveredAt: At(2025, 12, 31, 12), latestDeliveryDate: At(2026, 1, 1));
        Assert.Equal(At(2026, 2, 1) - Duration.Epsilon, ReturnWindow.For(order, policy)!.ClosesAt);
    }

    [Fact]
    public void HolidayExtension_Earlier_ThanThe30Days_DoesNotShortenTheWindow()
    {
        // Ordered 30 Dec (in the period), delivered 5 Jan: 30 days (4 Feb) are later than the rule's 31 Jan.
        var order = Order(purchasedAt: At(2025, 12, 30), deliveredAt: At(2026, 1, 5));
        ReturnWindow? window = ReturnWindow.For(order, WithExtension(HolidayBasis.Ordered));
        Assert.Equal(At(2026, 2, 4), window!.ClosesAt);
        Assert.Null(window.HolidayExtension);
    }

    [Fact]
    public void HolidayExtension_BuiltIn2020Rule_ExtendsDeliveriesOfOctober()
    {
        var order = Order(purchasedAt: At(2020, 10, 1), deliveredAt: At(2020, 10, 3));
        ReturnWindow? window = ReturnWindow.For(order, AmazonPolicies.Current);
        Assert.Equal(At(2021, 2, 1) - Duration.Epsilon, window!.ClosesAt);
    }

    [Fact]
    public void NullArguments_AreRejectedByName()
    {
        Assert.Equal("order", Assert.Throws<ArgumentNullException>(() => ReturnWindow.For(null!, AmazonPolicies.Current)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ReturnWindow.For(Order(), (MarketplacePolicy)null!)).ParamName);
        Assert.Equal("order", Assert.Throws<ArgumentNullException>(() => ReturnWindow.For(null!, AmazonPolicies.Timeline)).ParamName);
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => ReturnWindow.For(Order(), (PolicyTimeline)null!)).ParamName);
    }

    [Fact]
    public void Contains_OpensAtThePurchase()
    {
        ReturnWindow window = ReturnWindow.For(Order(deliveredAt: At(2026, 1, 10)), AmazonPolicies.Current)!;
        Assert.True(window.Contains(window.OpensAt));
        Assert.False(window.Contains(window.OpensAt - Duration.Epsilon));
    }

    [Fact]
    public void For_DeliveredBasisWithoutAScan_CountsFromTheEstimate_AndSaysSo()
    {
        ReturnWindow window = ReturnWindow.For(Order(latestDeliveryDate: At(2026, 1, 12)), AmazonPolicies.Current)!;
        Assert.Equal(At(2026, 2, 11), window.ClosesAt);
        Assert.Equal(ReturnWindowBasisUsed.LatestDeliveryDate, window.Basis);
        Assert.Equal("30 days from the latest estimated delivery date 2026-01-12T00:00:00Z", window.Rule);
    }

    [Fact]
    public void For_EstimateBasisWithoutAnEstimate_CountsFromTheScan_AndSaysSo()
    {
        MarketplacePolicy policy = AmazonPolicies.Current with { Returns = AmazonPolicies.Current.Returns with { WindowBasis = ReturnWindowBasis.EstimatedDelivery } };
        ReturnWindow window = ReturnWindow.For(Order(deliveredAt: At(2026, 1, 10, 18)), policy)!;
        Assert.Equal(At(2026, 2, 9, 18), window.ClosesAt);
        Assert.Equal(ReturnWindowBasisUsed.DeliveredAt, window.Basis);
        Assert.Equal("30 days from the delivered scan 2026-01-10T18:00:00Z", window.Rule);
    }

    [Fact]
    public void HolidayExtension_Applied_RuleNamesItsBasisAndItsReturnByDay()
    {
        var order = Order(purchasedAt: At(2025, 12, 15), shippedAt: At(2025, 12, 16), deliveredAt: At(2025, 12, 20));
        ReturnWindow window = ReturnWindow.For(order, WithExtension(HolidayBasis.Shipped))!;
        Assert.StartsWith("holiday rule: shipped ", window.Rule, StringComparison.Ordinal);
        Assert.EndsWith(" returnable until 2026-01-31", window.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void HolidayExtension_EndingExactlyWhenThe30DaysEnd_IsNotNamedAsApplied()
    {
        // Delivered one tick before 2 Jan: the 30 days end at the last tick of 31 Jan, where the holiday rule ends too.
        var order = Order(purchasedAt: At(2025, 12, 15), shippedAt: At(2025, 12, 16), deliveredAt: At(2026, 1, 2) - Duration.Epsilon);
        ReturnWindow window = ReturnWindow.For(order, WithExtension(HolidayBasis.Shipped))!;
        Assert.Equal(At(2026, 2, 1) - Duration.Epsilon, window.ClosesAt);
        Assert.Null(window.HolidayExtension);
        Assert.StartsWith("30 days from the delivered scan", window.Rule, StringComparison.Ordinal);
    }
}
