using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger;

public sealed class OrderTests
{
    private static readonly Instant Purchased = Instant.FromUtc(2026, 1, 5, 10, 0);
    private static readonly OrderId Id = new("111-0000001-0000001");
    private static readonly OrderLine[] OneLine = [new(new Sku("MUG-01"), 2, new Money(9.99m, "USD"))];

    [Property(MaxTest = 200)]
    public Property EqualityLaws_Hold() => EqualityLaws.Hold(DomainArbitraries.Orders, Copy);

    [Fact]
    public void Equals_DifferentLineArraysWithEqualLines_IsEqual()
    {
        var a = new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine.ToList());
        var b = new Order(Id, FulfillmentChannel.Mfn, Purchased, [new OrderLine(new Sku("MUG-01"), 2, new Money(9.990m, "USD"))]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b.WithShipment(Purchased + Duration.FromHours(1), null, null));
    }

    [Fact]
    public void WithCancelledByAssumed_MarksTheCanceller_KeepsEveryFact_AndChangesEquality()
    {
        var cancelled = new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine, buyerId: new BuyerId("B1"), cancelledAt: Purchased + Duration.FromHours(2), cancelledBy: CancelledBy.Seller);

        Order assumed = cancelled.WithCancelledByAssumed(true);

        Assert.True(assumed.CancelledByAssumed);
        Assert.False(cancelled.CancelledByAssumed);
        Assert.NotEqual(cancelled, assumed);
        Assert.Equal(cancelled, assumed.WithCancelledByAssumed(false));
        Assert.Same(assumed, assumed.WithCancelledByAssumed(true));
        Assert.Equal((cancelled.CancelledAt, cancelled.CancelledBy, cancelled.BuyerId, cancelled.Lines), (assumed.CancelledAt, assumed.CancelledBy, assumed.BuyerId, assumed.Lines));
    }

    [Fact]
    public void AnAssumedCanceller_SurvivesOtherChanges_ButNotANewCancellation()
    {
        Order assumed = new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine, cancelledAt: Purchased + Duration.FromHours(2), cancelledBy: CancelledBy.Seller)
            .WithCancelledByAssumed(true);

        Assert.True(assumed.WithDelivery(Purchased + Duration.FromDays(3), null).CancelledByAssumed);
        Assert.True(assumed.WithIdAndPurchase(new OrderId("111-2"), Purchased + Duration.FromDays(1)).CancelledByAssumed);
        Assert.False(assumed.WithCancellation(Purchased + Duration.FromHours(3), CancelledBy.Buyer).CancelledByAssumed);
    }

    [Fact]
    public void WithCancelledByAssumed_OnAnOrderWithoutCanceller_ThrowsNamingIt()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine).WithCancelledByAssumed(true));

        Assert.Equal("assumed", ex.ParamName);
        Assert.Contains("cancelledByAssumed needs a cancelledBy", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ShippedBeforePurchase_ThrowsNamingShippedAt()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine, shippedAt: Purchased - Duration.FromSeconds(1)));

        Assert.Equal("shippedAt", ex.ParamName);
        Assert.StartsWith("shippedAt (2026-01-05T09:59:59Z) must not be before purchasedAt (2026-01-05T10:00:00Z).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DeliveredBeforeShipConfirmation_KeepsTheOrder()
    {
        // A seller who confirms shipment late: the delivered scan comes first. Real data, kept (a data-quality note).
        var order = new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine,
            shippedAt: Purchased + Duration.FromHours(5), deliveredAt: Purchased + Duration.FromHours(4));

        Assert.Equal(Purchased + Duration.FromHours(4), order.DeliveredAt);
        Assert.Equal(Purchased + Duration.FromHours(5), order.ShippedAt);
    }

    [Theory]
    [InlineData("firstCarrierScanAt")]
    [InlineData("deliveredAt")]
    [InlineData("cancelledAt")]
    public void Constructor_EventBeforePurchase_ThrowsNamingTheField(string field)
    {
        Instant early = Purchased - Duration.FromHours(1);

        ArgumentException ex = Assert.Throws<ArgumentException>(() => new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine,
            firstCarrierScanAt: field == "firstCarrierScanAt" ? early : null,
            deliveredAt: field == "deliveredAt" ? early : null,
            cancelledAt: field == "cancelledAt" ? early : null,
            cancelledBy: field == "cancelledAt" ? CancelledBy.Seller : null));

        Assert.Equal(field, ex.ParamName);
        Assert.Contains($"{field} (", ex.Message, StringComparison.Ordinal);
        Assert.Contains("must not be before purchasedAt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CancelledAtWithoutCancelledBy_ThrowsNamingCancelledBy()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine, cancelledAt: Purchased + Duration.FromHours(1)));

        Assert.Equal("cancelledBy", ex.ParamName);
        Assert.StartsWith("cancelledAt requires cancelledBy: give both or neither.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CancelledByWithoutCancelledAt_ThrowsNamingCancelledAt()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine, cancelledBy: CancelledBy.Buyer));

        Assert.Equal("cancelledAt", ex.ParamName);
        Assert.StartsWith("cancelledBy requires cancelledAt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MixedCurrencies_ThrowsNamingLines()
    {
        OrderLine[] lines = [OneLine[0], new OrderLine(new Sku("SOCKS"), 1, new Money(3m, "EUR"))];

        ArgumentException ex = Assert.Throws<ArgumentException>(() => new Order(Id, FulfillmentChannel.Mfn, Purchased, lines));
        ArgumentException shipping = Assert.Throws<ArgumentException>(() =>
            new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine, shippingPrice: new Money(4.99m, "EUR")));

        Assert.Equal("lines", ex.ParamName);
        Assert.StartsWith($"order {Id} mixes currencies: every price on an order must be in USD.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("lines", shipping.ParamName);
    }

    [Fact]
    public void Constructor_NoLinesUnknownChannelOrEmptyId_ThrowsNamingTheField()
    {
        Assert.Equal("lines", Assert.Throws<ArgumentException>(() => new Order(Id, FulfillmentChannel.Mfn, Purchased, [])).ParamName);
        Assert.Equal("channel", Assert.Throws<ArgumentOutOfRangeException>(() => new Order(Id, (FulfillmentChannel)9, Purchased, OneLine)).ParamName);
        Assert.Equal("orderId", Assert.Throws<ArgumentException>(() => new Order(default, FulfillmentChannel.Mfn, Purchased, OneLine)).ParamName);
        Assert.Equal("shipToCountry", Assert.Throws<ArgumentException>(() => new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine, shipToCountry: "")).ParamName);
    }

    [Fact]
    public void WithMethods_RecheckTheRules()
    {
        var order = new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine, shippedAt: Purchased + Duration.FromHours(2));

        Assert.Equal("deliveredAt", Assert.Throws<ArgumentException>(() => order.WithDelivery(null, Purchased - Duration.FromHours(1))).ParamName);
        Assert.Equal("cancelledBy", Assert.Throws<ArgumentException>(() => order.WithCancellation(Purchased, null)).ParamName);
        Assert.Null(order.WithShipment(order.ShippedAt, "  ", null).TrackingId);
        Assert.Equal(2, order.QuantityOf(new Sku("MUG-01")));
        Assert.Equal(0, order.QuantityOf(new Sku("NONE")));
        Assert.Equal(new Money(19.98m, "USD"), order.ItemTotal);
    }

    internal static Order Copy(Order o)
        => new(new OrderId(o.OrderId.Value), o.Channel, o.PurchasedAt, o.Lines.Select(l => new OrderLine(l.Sku, l.Quantity, l.UnitPrice, l.Asin, l.Category)).ToArray(),
            o.MarketplaceId, o.BuyerId, o.ShipToCountry, o.ShippingPrice, o.LatestShipDate, o.ShippedAt, o.TrackingId, o.FirstCarrierScanAt,
            o.BuyShippingClaimsProtected, o.LatestDeliveryDate, o.DeliveredAt, o.CancelledAt, o.CancelledBy);

    /// <summary>Instants anywhere NodaTime allows, often outside what the compact layout packs, to the nanosecond.</summary>
    [Fact]
    public void Constructor_NegativeShippingPrice_IsRefused_NamingTheOrderAndValue()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => new Order(Id, FulfillmentChannel.Mfn, Purchased, OneLine, shippingPrice: new Money(-3.99m, "USD")));

        Assert.Equal("shippingPrice", ex.ParamName);
        Assert.Equal($"order {Id}: shippingPrice must not be negative, was -3.99 USD. (Parameter 'shippingPrice')", ex.Message);
    }

    private static readonly Gen<Instant> AnyInstants = Gen.OneOf(
        Gen.Elements(Instant.MinValue, Instant.MaxValue, Instant.FromUtc(1, 1, 1, 0, 0), Instant.FromUtc(1677, 9, 21, 0, 0), NodaConstants.UnixEpoch),
        from days in Gen.Choose(-3_000_000, 2_900_000)
        from nanoseconds in Gen.Choose(0, 86_399_999).Select(ms => ms * 1_000_000L).SelectMany(ms => Gen.Choose(0, 999_999).Select(n => ms + n))
        select NodaConstants.UnixEpoch + Duration.FromDays(days) + Duration.FromNanoseconds(nanoseconds),
        DomainArbitraries.Instants.Select(i => i + Duration.FromNanoseconds(123_456_789)));

    private static readonly Gen<Instant?> AnyOptionalInstants = Gen.OneOf(Gen.Constant<Instant?>(null), AnyInstants.Select(i => (Instant?)i));

    [Property(MaxTest = 300)]
    public Property Properties_AnyInstantsAndOptionalValues_ReadBackAsGiven()
        => Prop.ForAll(
            Arb.From(Gen.ArrayOf(AnyOptionalInstants, 7).SelectMany(instants => Gen.Choose(0, 255).Select(mask => (instants, mask)))),
            input =>
            {
                (Instant?[] instants, int mask) = input;
                Instant purchased = instants[0] ?? Instant.MinValue;
                Instant? After(Instant? i) => i is { } v && v < purchased ? purchased : i;
                Instant? shipped = After(instants[2]);
                Instant? delivered = After(instants[5]) is { } d && shipped is { } s && d < s ? s : After(instants[5]);
                Instant? cancelled = After(instants[6]);
                MarketplaceId? marketplace = (mask & 1) != 0 ? new MarketplaceId("ATVPDKIKX0DER") : (mask & 2) != 0 ? default(MarketplaceId) : null;
                BuyerId? buyer = (mask & 4) != 0 ? new BuyerId("BUYER-1") : null;
                Money? shipping = (mask & 8) != 0 ? new Money(4.50m, "USD") : (mask & 16) != 0 ? new Money(-0.000m, "USD") : null;
                CancelledBy? by = cancelled is null ? null : (mask & 32) != 0 ? CancelledBy.System : CancelledBy.Buyer;

                var order = new Order(Id, (mask & 64) != 0 ? FulfillmentChannel.Afn : FulfillmentChannel.Mfn, purchased, OneLine, marketplace, buyer,
                    "US", shipping, instants[1], shipped, "TRACK-1", After(instants[3]), (mask & 128) != 0, instants[4], delivered, cancelled, by);

                bool same = order.PurchasedAt == purchased && order.LatestShipDate == instants[1] && order.ShippedAt == shipped
                    && order.FirstCarrierScanAt == After(instants[3]) && order.LatestDeliveryDate == instants[4] && order.DeliveredAt == delivered
                    && order.CancelledAt == cancelled && order.CancelledBy == by && order.MarketplaceId == marketplace && order.BuyerId == buyer
                    && Nullable.Equals(order.ShippingPrice, shipping) && order.ShippingPrice?.ToString() == shipping?.ToString()
                    && order.BuyShippingClaimsProtected == ((mask & 128) != 0)
                    && order.Channel == ((mask & 64) != 0 ? FulfillmentChannel.Afn : FulfillmentChannel.Mfn);
                return same.Label($"order {order} with mask {mask}");
            });

    [Fact]
    public void Properties_OneInstantBeyondThePackableRange_KeepEveryInstantExact()
    {
        Instant purchased = Instant.FromUtc(2026, 1, 5, 10, 0) + Duration.FromNanoseconds(1);
        Instant far = Instant.MaxValue;

        var order = new Order(Id, FulfillmentChannel.Mfn, purchased, OneLine, latestShipDate: purchased + Duration.FromNanoseconds(7),
            shippedAt: purchased + Duration.FromHours(3), latestDeliveryDate: far);

        Assert.Equal(purchased, order.PurchasedAt);
        Assert.Equal(purchased + Duration.FromNanoseconds(7), order.LatestShipDate);
        Assert.Equal(purchased + Duration.FromHours(3), order.ShippedAt);
        Assert.Equal(far, order.LatestDeliveryDate);
        Assert.Null(order.DeliveredAt);
        Assert.Null(order.FirstCarrierScanAt);
        Assert.Equal(order, order.WithDelivery(far, null));
    }

    [Fact]
    public void ShippingPrice_KeepsItsScaleAndTheOrderCurrency()
    {
        var order = new Order(Id, FulfillmentChannel.Mfn, Purchased, [new OrderLine(new Sku("MUG-01"), 1, new Money(9.99m, "EUR"))], shippingPrice: new Money(3.500m, "EUR"));

        Assert.Equal("3.500 EUR", order.ShippingPrice.ToString());
        Assert.Equal(new Money(3.5m, "EUR"), order.ShippingPrice);
    }
}
