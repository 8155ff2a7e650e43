using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Returns;
using static SellerPolicy.Tests.Returns.ReturnsFixtures;

namespace SellerPolicy.Tests.Returns;

public class ReturnRefundTests
{
    private static readonly MarketplacePolicy Policy = AmazonPolicies.Current;

    [Fact]
    public void For_SellerFault_RefundsItemAndOutboundShipping()
    {
        var order = Order(unitPrice: 20m, shipping: 4.90m, deliveredAt: At(2026, 1, 10));
        ReturnRefund refund = ReturnRefund.For(order, Request(reason: "DEFECTIVE"), Policy, returnShippingCost: Eur(5m));
        Assert.Equal(ReturnFault.Seller, refund.Fault);
        Assert.Equal(Eur(4.90m), refund.OutboundShipping);
        Assert.Equal(Eur(0m), refund.ReturnShippingDeducted);
        Assert.Equal(Eur(24.90m), refund.Total);
    }

    [Fact]
    public void For_BuyerFault_RefundsTheItemLessReturnShipping()
    {
        var order = Order(unitPrice: 20m, shipping: 4.90m, deliveredAt: At(2026, 1, 10));
        ReturnRefund refund = ReturnRefund.For(order, Request(reason: "NO_LONGER_NEEDED"), Policy, returnShippingCost: Eur(5m));
        Assert.Equal(ReturnFault.Buyer, refund.Fault);
        Assert.Equal(Eur(0m), refund.OutboundShipping);
        Assert.Equal(Eur(15m), refund.Total);
    }

    [Fact]
    public void For_BuyerFaultLateAndUnopened_DeductsTheLateRestockingFee()
    {
        var order = Order(unitPrice: 20m, deliveredAt: At(2026, 1, 10));
        ReturnRefund refund = ReturnRefund.For(order, Request(reason: "NO_LONGER_NEEDED", requestedAt: At(2026, 3, 1)), Policy);
        Assert.Equal(Eur(4m), refund.RestockingFee.MaxAmount);
        Assert.Equal(Eur(16m), refund.Total);
    }

    [Fact]
    public void For_UnknownReason_IsTreatedAsSellerFaultAndSaysSo()
    {
        ReturnRefund refund = ReturnRefund.For(Order(unitPrice: 20m, shipping: 2m), Request(reason: "SOMETHING_NEW"), Policy);
        Assert.Equal(ReturnFault.Seller, refund.Fault);
        Assert.Contains(refund.Reasons, r => r.Contains("neither fault list", StringComparison.Ordinal));
    }

    [Fact]
    public void For_PartialReturn_GetsItsShareOfTheShipping()
    {
        // 10 + 30 of items, 4 shipping: the 10 EUR item carries 1 EUR.
        var order = Order(unitPrice: 10m, shipping: 4m, extraLines: [new OrderLine(new Sku("SKU-2"), 1, Eur(30m))]);
        ReturnRefund refund = ReturnRefund.For(order, Request(reason: "DEFECTIVE"), Policy);
        Assert.Equal(Eur(1m), refund.OutboundShipping);
        Assert.Equal(Eur(11m), refund.Total);
    }

    [Fact]
    public void For_ReturnShippingAboveTheItemPrice_NeverGoesBelowZero()
    {
        ReturnRefund refund = ReturnRefund.For(Order(unitPrice: 3m), Request(reason: "NO_LONGER_NEEDED"), Policy, returnShippingCost: Eur(6.5m));
        Assert.Equal(Eur(3m), refund.ReturnShippingDeducted);
        Assert.Equal(Eur(0m), refund.Total);
    }

    [Fact]
    public void For_UnknownSku_Throws()
        => Assert.Throws<ArgumentException>(() => ReturnRefund.For(Order(), Request(sku: "NOPE"), Policy));

    [Fact]
    public void ForLostPackage_RefundsEverything()
    {
        var order = Order(unitPrice: 10m, quantity: 2, shipping: 3m);
        ReturnRefund refund = ReturnRefund.ForLostPackage(order, Policy);
        Assert.Equal(ReturnFault.LostPackage, refund.Fault);
        Assert.Equal(Eur(23m), refund.Total);
        Assert.Contains(refund.Reasons, r => r.StartsWith("paid by seller", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DEFECTIVE", ReturnFault.Seller)]
    [InlineData("defective", ReturnFault.Seller)]
    [InlineData("No_Longer_Needed", ReturnFault.Buyer)]
    [InlineData("SOMETHING_ELSE", null)]
    public void FaultOf_ReasonCodes_AreComparedIgnoringCase(string reason, ReturnFault? expected)
        => Assert.Equal(expected, ReturnRefund.FaultOf(reason, Policy));

    [Fact]
    public void FaultReasons_GivenWithAnOrdinalSet_AreStillComparedIgnoringCase()
    {
        MarketplacePolicy policy = Policy with
        {
            Returns = Policy.Returns with
            {
                SellerFaultReasons = System.Collections.Immutable.ImmutableHashSet.Create(StringComparer.Ordinal, "broken_on_arrival"),
                BuyerFaultReasons = [],
            },
        };

        Assert.Equal(ReturnFault.Seller, ReturnRefund.FaultOf("BROKEN_ON_ARRIVAL", policy));
        Assert.Null(ReturnRefund.FaultOf("DEFECTIVE", policy));
    }

    [Fact]
    public void AReasonListedAsBothFaults_InAnotherCase_IsRejected()
    {
        ReturnPolicy returns = Policy.Returns with { BuyerFaultReasons = ["defective"] };

        Assert.Contains(PolicyValidator.Validate(Policy with { Returns = returns }), e => e.Contains("DEFECTIVE is listed as both seller fault and buyer fault", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void For_ALateRestockingFeeOfAnOddPrice_IsRoundedToCents_AndSoIsTheTotal()
    {
        // 20 % of 7.29 EUR is 1.458 EUR: the seller can deduct at most 1.46, so the refund is 5.83 (it was 5.832).
        var order = Order(unitPrice: 7.29m, deliveredAt: At(2026, 1, 10));
        ReturnRefund refund = ReturnRefund.For(order, Request(reason: "NO_LONGER_NEEDED", requestedAt: At(2026, 3, 1)), Policy);

        decimal exact = 7.29m * refund.RestockingFee.MaxRate;
        Assert.Equal(Eur(Math.Round(exact, 2, MidpointRounding.AwayFromZero)), refund.RestockingFee.MaxAmount);
        Assert.NotEqual(exact, refund.RestockingFee.MaxAmount.Amount);
        Assert.Equal(Eur(7.29m) - refund.RestockingFee.MaxAmount, refund.Total);
        Assert.True(refund.Total.Amount.Scale <= 2, refund.Total.ToString());
    }

    [Fact]
    public void For_PartialReturnInYen_GetsItsShippingShareInWholeYen()
    {
        // 1000 + 2000 JPY of items, 500 JPY shipping: the 1000 JPY item carries 166.67 by the cent, 167 in yen (no minor unit).
        var order = Order(unitPrice: 1000m, currency: "JPY", shipping: 500m, extraLines: [new OrderLine(new Sku("SKU-2"), 1, new Money(2000m, "JPY"))]);
        ReturnRefund refund = ReturnRefund.For(order, Request(reason: "DEFECTIVE"), Policy);

        Assert.Equal(new Money(Math.Round(500m * 1000m / 3000m, 0, MidpointRounding.AwayFromZero), "JPY"), refund.OutboundShipping);
        Assert.Equal(new Money(1167m, "JPY"), refund.Total);
    }

    [Fact]
    public void NullArguments_AreRejectedByName()
    {
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => ReturnRefund.FaultOf(null!, Policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ReturnRefund.FaultOf("DEFECTIVE", null!)).ParamName);
        Assert.Equal("order", Assert.Throws<ArgumentNullException>(() => ReturnRefund.For(null!, Request(), Policy)).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => ReturnRefund.For(Order(), null!, Policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ReturnRefund.For(Order(), Request(), null!)).ParamName);
        Assert.Equal("order", Assert.Throws<ArgumentNullException>(() => ReturnRefund.ForLostPackage(null!, Policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ReturnRefund.ForLostPackage(Order(), null!)).ParamName);
    }

    [Fact]
    public void For_UnknownSku_MessageNamesTheSkuAndTheOrder()
    {
        var e = Assert.Throws<ArgumentException>(() => ReturnRefund.For(Order(), Request(sku: "NOPE"), Policy));
        Assert.Contains("SKU NOPE", e.Message, StringComparison.Ordinal);
        Assert.Contains("order O-1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.01, "EUR")]
    [InlineData(5, "USD")]
    public void For_ReturnShippingCostNegativeOrInAnotherCurrency_IsRejectedWithTheValue(double amount, string currency)
    {
        var cost = new Money((decimal)amount, currency);
        var e = Assert.Throws<ArgumentException>(() => ReturnRefund.For(Order(), Request(reason: "NO_LONGER_NEEDED"), Policy, returnShippingCost: cost));
        Assert.Equal("returnShippingCost", e.ParamName);
        Assert.Contains("non-negative amount in EUR", e.Message, StringComparison.Ordinal);
        Assert.Contains(cost.ToString(), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_AFreeReturnLabel_IsAccepted_AndDeductsNothing()
    {
        ReturnRefund refund = ReturnRefund.For(Order(unitPrice: 20m), Request(reason: "NO_LONGER_NEEDED"), Policy, returnShippingCost: Eur(0m));
        Assert.Equal(Eur(0m), refund.ReturnShippingDeducted);
        Assert.Equal(Eur(20m), refund.Total);
    }

    [Fact]
    public void For_SellerFault_ReasonsNameTheFaultAndTheAmounts()
    {
        ReturnRefund refund = ReturnRefund.For(Order(unitPrice: 20m, shipping: 4.90m), Request(reason: "DEFECTIVE"), Policy);
        Assert.Equal("reason DEFECTIVE is the seller's fault", refund.Reasons[0]);
        Assert.Equal($"seller's fault: item {Eur(20m)} plus outbound shipping {Eur(4.90m)}, no return shipping deducted", refund.Reasons[1]);
    }

    [Fact]
    public void For_BuyerFault_ReasonsNameTheFaultTheDeductionAndTheFee()
    {
        var order = Order(unitPrice: 20m, shipping: 4.90m, deliveredAt: At(2026, 1, 10));
        ReturnRefund refund = ReturnRefund.For(order, Request(reason: "NO_LONGER_NEEDED", requestedAt: At(2026, 3, 1)), Policy, returnShippingCost: Eur(5m));
        Assert.Equal("reason NO_LONGER_NEEDED is the buyer's fault", refund.Reasons[0]);
        Assert.Equal($"buyer's fault: item {Eur(20m)}; return shipping {Eur(5m)} may be deducted; outbound shipping is not refunded", refund.Reasons[1]);
        Assert.Equal(refund.RestockingFee.Reason, refund.Reasons[2]);
        Assert.Contains("outside the window", refund.Reasons[2], StringComparison.Ordinal);
    }

    [Fact]
    public void For_ReturnShippingAndALateFeeAboveTheItemPrice_RefundsZeroNotANegativeAmount()
    {
        // 3 EUR item, late: the label (capped at 3) plus the 20 % fee exceed the item: the buyer gets nothing, not −0.60.
        var order = Order(unitPrice: 3m, deliveredAt: At(2026, 1, 10));
        ReturnRefund refund = ReturnRefund.For(order, Request(reason: "NO_LONGER_NEEDED", requestedAt: At(2026, 3, 1)), Policy, returnShippingCost: Eur(6.5m));
        Assert.True(refund.RestockingFee.MaxAmount.Amount > 0);
        Assert.Equal(Eur(0m), refund.Total);
    }

    [Fact]
    public void For_SellerFaultOnAFreeItem_RefundsAllTheShipping()
    {
        // Item total 0: no share to compute, the buyer gets the shipping back (seller's fault: the full amount).
        ReturnRefund refund = ReturnRefund.For(Order(unitPrice: 0m, shipping: 4m), Request(reason: "DEFECTIVE"), Policy);
        Assert.Equal(Eur(4m), refund.OutboundShipping);
        Assert.Equal(Eur(4m), refund.Total);
    }

    [Fact]
    public void ForLostPackage_FirstReasonGivesItemsAndShipping()
        => Assert.Equal(
            $"lost package: everything back, items {Eur(20m)} and shipping {Eur(3m)}",
            ReturnRefund.ForLostPackage(Order(unitPrice: 10m, quantity: 2, shipping: 3m), Policy).Reasons[0]);

    [Fact]
    public void Equality_SameRefundIsEqual_AnyDifferentPartIsNot()
    {
        var order = Order(unitPrice: 20m, shipping: 4m, deliveredAt: At(2026, 1, 10));
        ReturnRefund a = ReturnRefund.For(order, Request(reason: "NO_LONGER_NEEDED"), Policy, returnShippingCost: Eur(5m));
        ReturnRefund same = ReturnRefund.For(order, Request(reason: "NO_LONGER_NEEDED"), Policy, returnShippingCost: Eur(5m));
        Assert.Equal(a, same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.False(a.Equals(null));
        Assert.NotEqual(a, ReturnRefund.For(order, Request(reason: "DEFECTIVE"), Policy));
        Assert.NotEqual(a, ReturnRefund.For(order, Request(reason: "NO_LONGER_NEEDED"), Policy, returnShippingCost: Eur(4m)));
        Assert.NotEqual(a, ReturnRefund.For(order, Request(reason: "NO_LONGER_NEEDED"), Policy, ReturnCondition.OpenedMedia, Eur(5m)));
        Assert.NotEqual(a, ReturnRefund.For(order, Request(reason: "NO_LONGER_NEEDED"), Policy with { Name = "other" }, returnShippingCost: Eur(5m)));
    }

    [Fact]
    public void For_SellerFaultReturnOfTheWholeOrder_RefundsTheShippingExactlyAsCharged()
    {
        // The whole order comes back: the buyer gets back every cent charged for shipping, even a price with a third
        // decimal, not a share recomputed and rounded.
        ReturnRefund refund = ReturnRefund.For(Order(unitPrice: 10m, shipping: 4.995m), Request(reason: "DEFECTIVE"), Policy);
        Assert.Equal(Eur(4.995m), refund.OutboundShipping);
    }
}
