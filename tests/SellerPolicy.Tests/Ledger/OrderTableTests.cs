using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger;

/// <summary>
/// The ledger keeps its orders as rows (ids as UTF-8, instants as numbers) and makes <see cref="Order"/> objects when asked:
/// what comes out must equal what went in, and ids must sort and match as their strings do.
/// </summary>
public sealed class OrderTableTests
{
    private static readonly Instant Purchased = Instant.FromUtc(2026, 1, 5, 10, 0);
    private static readonly Sku Mug = new("MUG-01");

    private static Order OrderOf(string id, Instant? purchased = null, string? buyer = null, string? tracking = null)
        => new(new OrderId(id), FulfillmentChannel.Mfn, purchased ?? Purchased, [new OrderLine(Mug, 1, new Money(9.99m, "USD"))],
            buyerId: buyer is null ? null : new BuyerId(buyer), trackingId: tracking,
            shippedAt: tracking is null ? null : (purchased ?? Purchased) + Duration.FromHours(3));

    /// <summary>Text from ASCII, the top of the basic plane (U+E000-U+FFFF) and surrogate pairs: the cases where UTF-8 byte
    /// order and UTF-16 ordinal order differ.</summary>
    private static Gen<string> TrickyText()
        => Gen.ListOf(Gen.OneOf(
                Gen.Elements("a", "b", "1", "-", "é", "\uE000", "\uFFFD", "\uFF21", "\U0001F600", "\U00010000", "中")))
            .Select(parts => "X" + string.Concat(parts));

    /// <summary>Amazon-shaped order ids (kept packed as a number) and ids of almost that shape (kept as text).</summary>
    private static Gen<string> AmazonLikeId()
        => from digits in Gen.ArrayOf(Gen.Choose(0, 9), 17)
           from variant in Gen.Choose(0, 5)
           let id = $"{string.Concat(digits[..3])}-{string.Concat(digits[3..10])}-{string.Concat(digits[10..])}"
           select variant switch
           {
               0 => id[..18],                      // one digit short
               1 => id + "0",                      // one digit long
               2 => id.Replace('-', '_'),          // other separators
               3 => "1" + id[1..4] + "a" + id[5..], // a letter
               _ => id,                            // packed
           };

    [Property(MaxTest = 300)]
    public Property AmazonLikeIds_AtOneInstant_ComeBackEqual_InOrdinalOrder_AndAreFoundById()
        => Prop.ForAll(Arb.From(Gen.ListOf(AmazonLikeId()).Select(ids => ids.Distinct(StringComparer.Ordinal).ToArray())), ids =>
        {
            SellerLedger.Builder builder = SellerLedger.CreateBuilder();
            foreach (string id in ids.Reverse())
            {
                builder.Add(OrderOf(id, tracking: "1Z" + id));
            }

            SellerLedger ledger = builder.ToImmutable();
            string[] expected = [.. ids.Order(StringComparer.Ordinal)];
            return ledger.Orders.Select(o => o.OrderId.Value).SequenceEqual(expected)
                && ids.All(id => ledger.TryGetOrder(new OrderId(id), out Order? o) && o.OrderId.Value == id && o.TrackingId == "1Z" + id);
        });

    [Fact]
    public void AnAmazonOrderId_IsKeptAsANumber_AndReadBackAsItsText()
    {
        Span<byte> scratch = stackalloc byte[Utf8Ids.PackedOrderIdLength];
        Span<byte> text = stackalloc byte[19];

        ReadOnlySpan<byte> key = Utf8Ids.KeyOf("999-9999999-9999999"u8, scratch);

        Assert.Equal(Utf8Ids.PackedOrderIdLength, key.Length);
        Assert.Equal("999-9999999-9999999", System.Text.Encoding.UTF8.GetString(Utf8Ids.TextOf(key, text)));
        Assert.Equal(19, Utf8Ids.KeyOf("999-9999999-999999x"u8, scratch).Length);
    }

    [Property(MaxTest = 500)]
    public Property CompareOrdinal_OfUtf8_HasTheSignOfStringCompareOrdinal()
        => Prop.ForAll(Arb.From(TrickyText()), Arb.From(TrickyText()), (a, b) =>
            Math.Sign(Utf8Ids.CompareOrdinal(System.Text.Encoding.UTF8.GetBytes(a), System.Text.Encoding.UTF8.GetBytes(b)))
                == Math.Sign(string.CompareOrdinal(a, b)));

    [Property(MaxTest = 200)]
    public Property Orders_WithTrickyIdsAtOneInstant_ComeBackEqual_InOrdinalOrder_AndAreFoundById()
        => Prop.ForAll(Arb.From(Gen.ListOf(TrickyText()).Select(ids => ids.Distinct(StringComparer.Ordinal).ToArray())), ids =>
        {
            Order[] orders = [.. ids.Select((id, i) => OrderOf(id, buyer: i % 2 == 0 ? "B" + id : null, tracking: i % 3 == 0 ? "T" + id : null))];
            SellerLedger.Builder builder = SellerLedger.CreateBuilder();
            foreach (Order o in orders.Reverse())
            {
                builder.Add(o);
            }

            SellerLedger ledger = builder.ToImmutable();
            Order[] expected = [.. orders.OrderBy(o => o.OrderId.Value, StringComparer.Ordinal)];
            return ledger.Orders.SequenceEqual(expected)
                && expected.Select((o, i) => ledger.Orders.IdAt(i) == o.OrderId).All(x => x)
                && orders.All(o => ledger.TryGetOrder(o.OrderId, out Order? found) && found == o && found.BuyerId == o.BuyerId && found.TrackingId == o.TrackingId)
                && !ledger.ContainsOrder(new OrderId("not " + ids.FirstOrDefault()));
        });

    /// <summary>Offsets from the purchase around the limits of the row (whole milliseconds within about 24 days).</summary>
    private static Gen<Duration?> OffsetFromPurchase()
        => Gen.OneOf(
            Gen.Constant<Duration?>(null),
            Gen.Choose(-30, 30).Select(d => (Duration?)Duration.FromDays(d)),
            Gen.Elements(int.MaxValue, int.MinValue, int.MaxValue + 1L, int.MinValue - 1L, 1L, -1L).Select(ms => (Duration?)Duration.FromMilliseconds(ms)),
            Gen.Choose(0, 999_999).Select(ns => (Duration?)(Duration.FromHours(5) + Duration.FromNanoseconds(ns))),
            Gen.Choose(1, 1000).Select(t => (Duration?)Duration.FromTicks(t)));

    private static Gen<decimal?> ShippingAmount()
        // Not negative: an order refuses a negative shipping price.
        => Gen.Elements<decimal?>(null, 0m, 4.99m, 4.990m, 0.00m, 0.0000000000000000000000000001m, 79228162514264337593543950335m,
            9223372036854775807m, 9223372036854775808m, 18446744073709551615m, 12345678.12345678m);

    [Property(MaxTest = 500)]
    public Property Orders_WithInstantsAndAmountsAtTheLimitsOfARow_ComeBackEqual()
        => Prop.ForAll(
            Arb.From(
                from offsets in Gen.ArrayOf(OffsetFromPurchase(), 6)
                from shipping in ShippingAmount()
                from purchased in Gen.Elements(Purchased, Purchased + Duration.FromNanoseconds(7), Instant.FromUtc(1, 1, 1, 0, 0))
                select (offsets, shipping, purchased)),
            input =>
            {
                (Duration?[] offsets, decimal? shipping, Instant purchased) = input;
                Instant? At(int k) => offsets[k] is { } d && d >= Duration.Zero ? purchased + d : null;
                Instant? Promise(int k) => offsets[k] is { } d ? purchased + d : null; // promised dates may be before the purchase
                Instant? shipped = At(2);
                Instant? delivered = At(5) is { } v && shipped is { } s && v < s ? null : At(5);
                var order = new Order(
                    new OrderId("111-1"), FulfillmentChannel.Afn, purchased, [new OrderLine(Mug, 1, new Money(9.99m, "USD"))],
                    shippingPrice: shipping is { } a ? new Money(a, "USD") : null, latestShipDate: Promise(0), shippedAt: shipped,
                    firstCarrierScanAt: At(1), latestDeliveryDate: Promise(3), deliveredAt: delivered,
                    cancelledAt: At(4), cancelledBy: At(4) is null ? null : CancelledBy.System, buyShippingClaimsProtected: offsets[0] is null);

                Order back = SellerLedger.CreateBuilder().Add(order).ToImmutable().Orders[0];

                return (back == order && back.ShippingPrice?.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        == order.ShippingPrice?.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Label($"{back.LatestShipDate} {back.ShippedAt} {back.ShippingPrice} vs {order.LatestShipDate} {order.ShippedAt} {order.ShippingPrice}");
            });

    [Fact]
    public void Orders_OutsideWhatALongHolds_ComeBackExactly_AndCount()
    {
        Order ancient = OrderOf("111-0000001-0000001", Instant.FromUtc(1, 1, 1, 0, 0), tracking: "1Z1");
        Order future = OrderOf("111-0000002-0000002", Instant.FromUtc(9999, 12, 31, 0, 0));
        Order now = OrderOf("111-0000003-0000003", tracking: "1Z3");

        SellerLedger ledger = SellerLedger.CreateBuilder().Add(future).Add(now).Add(ancient).ToImmutable();

        Assert.Equal(new[] { ancient, now, future }, ledger.Orders.ToArray());
        Assert.Equal(ancient.ShippedAt, ledger.GetOrder(ancient.OrderId).ShippedAt);
        Assert.Equal(future.PurchasedAt, ledger.LatestInstant());
        AccountHealthEngine engine = AccountHealthEngine.Create(ledger, AmazonPolicies.Current);
        Assert.Equal(3, engine.OrderCount);
        Assert.Equal(1, engine.CountsOn(new LocalDate(2026, 1, 20)).MfnOrderCount);
    }

    [Fact]
    public void AnOrder_WithHalfASurrogatePairInAnId_IsRejected_AndLookingItUpFindsNothing()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => OrderOf("111-\uD800"));
        Assert.Equal("orderId", ex.ParamName);
        Assert.Throws<ArgumentException>(() => OrderOf("111-1", tracking: "1Z\uDC00"));

        SellerLedger ledger = SellerLedger.CreateBuilder().Add(OrderOf("111-\uFFFD")).ToImmutable();

        Assert.False(ledger.ContainsOrder(new OrderId("111-\uD800")));
        Assert.True(ledger.ContainsOrder(new OrderId("111-\uFFFD")));
    }

    [Fact]
    public void ALargeLedger_AddedShuffled_IsInCanonicalOrder_WithEveryRecordAttached()
    {
        // Above 20,000 orders the builder sorts and copies the orders on another core while it attaches the records, and
        // above 2,000 other records it puts their kinds in canonical order on several cores.
        SellerLedger sample = SellerPolicy.Sample.SampleLedgerGenerator.Generate(new SellerPolicy.Sample.SampleLedgerOptions { Orders = 25_000, Seed = 11 });
        var random = new Random(5);
        OrderHistory[] histories = [.. sample.Orders.Select(o => sample.GetHistory(o.OrderId)).OrderBy(_ => random.Next())];
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        foreach (OrderHistory history in histories)
        {
            builder.Add(history);
        }

        builder.Add(histories[0].Order.WithCancellation(null, null).WithIdAndPurchase(histories[0].Order.OrderId, histories[0].Order.PurchasedAt + Duration.FromSeconds(1)));
        LedgerBuildResult result = builder.Build(LedgerBuildMode.Lenient);

        Assert.Equal(LedgerProblemKind.DuplicateId, Assert.Single(result.Problems).Kind);
        SellerLedger ledger = result.Ledger!;
        Assert.Equal(sample, ledger);
        Assert.Equal(sample.Orders.Select(o => o.OrderId), ledger.Orders.Select(o => o.OrderId));
        Assert.True(sample.RecordCount - sample.Orders.Length >= 2_000, "enough other records to put their kinds in order on several cores");
        Assert.All(histories, h =>
        {
            OrderHistory got = ledger.GetHistory(h.Order.OrderId);
            Assert.True(
                h.Feedback.SequenceEqual(got.Feedback) && h.Claims.SequenceEqual(got.Claims) && h.Chargebacks.SequenceEqual(got.Chargebacks)
                && h.Returns.SequenceEqual(got.Returns) && h.Contacts.SequenceEqual(got.Contacts),
                h.Order.OrderId.Value);
        });
        Assert.Equal(histories[0].Order, ledger.GetOrder(histories[0].Order.OrderId));
    }

    [Fact]
    public void ABuilder_BuiltAgainAfterMoreOrders_ChecksTheNewOnesAgainstAllBefore()
    {
        // The builder keeps its index of order ids between builds and extends it as orders are added.
        SellerLedger.Builder builder = SellerLedger.CreateBuilder().Add(OrderOf("A")).Add(OrderOf("B"));
        SellerLedger first = builder.ToImmutable();

        builder.Add(OrderOf("A", Purchased + Duration.FromHours(1))).AddRange(first).Add(OrderOf("C"));
        LedgerBuildResult second = builder.Build(LedgerBuildMode.Lenient);
        LedgerBuildResult again = builder.Build(LedgerBuildMode.Lenient);

        Assert.Equal(["A", "B"], first.Orders.Select(o => o.OrderId.Value));
        Assert.Equal(3, second.Problems.Length); // the second A, then A and B again from the first ledger
        Assert.All(second.Problems, p => Assert.Equal(LedgerProblemKind.DuplicateId, p.Kind));
        Assert.Equal(["A", "B", "C"], second.Ledger!.Orders.Select(o => o.OrderId.Value));
        Assert.Equal(Purchased, second.Ledger.GetOrder(new OrderId("A")).PurchasedAt);
        Assert.Equal(second.Ledger, again.Ledger);
        Assert.True(second.Problems.SequenceEqual(again.Problems));

        Assert.Equal(3, builder.RemoveOrders(o => o.OrderId.Value == "A")); // every A added
        Assert.Equal(["B", "C"], builder.Build(LedgerBuildMode.Lenient).Ledger!.Orders.Select(o => o.OrderId.Value));
    }

    [Fact]
    public void RemovingOrders_FromABuilderOfALedger_LeavesTheLedgerAsItWas()
    {
        SellerLedger ledger = SellerLedger.CreateBuilder().Add(OrderOf("A")).Add(OrderOf("B")).ToImmutable();

        SellerLedger.Builder builder = ledger.ToBuilder();
        Assert.Equal(1, builder.RemoveOrders(o => o.OrderId.Value == "A"));
        builder.Add(OrderOf("C"));
        SellerLedger changed = builder.ToImmutable();

        Assert.Equal(["A", "B"], ledger.Orders.Select(o => o.OrderId.Value));
        Assert.Equal(["B", "C"], changed.Orders.Select(o => o.OrderId.Value));
    }

    [Fact]
    public void Orders_AreNewObjectsEachTime_EqualByValue()
    {
        SellerLedger ledger = SellerLedger.CreateBuilder().Add(OrderOf("A")).ToImmutable();

        Order first = ledger.Orders[0];
        Order again = ledger.Orders[0];

        Assert.NotSame(first, again);
        Assert.True(first == again);
        Assert.Equal(first.GetHashCode(), again.GetHashCode());
        Assert.Throws<ArgumentOutOfRangeException>(() => ledger.Orders[1]);
        Assert.Empty(default(OrderList));
    }

    [Property(MaxTest = 50)]
    public Property OrderList_Count_IsTheNumberOfOrders_AsLengthAndTheInterfaceSay()
        => Prop.ForAll(Arb.From(DomainArbitraries.HistoriesUpTo(12)), histories =>
        {
            OrderList orders = DomainArbitraries.ToLedger(histories).Orders;
            IReadOnlyCollection<Order> collection = orders;
            return orders.Count == histories.Count && orders.Length == orders.Count && collection.Count == orders.Count
                   && orders.Count(_ => true) == orders.Count && default(OrderList).Count == 0;
        });

    [Fact]
    public void OrderList_IndexBeyondCount_SaysHowManyOrdersItHolds()
    {
        OrderList orders = SellerLedger.CreateBuilder().Add(OrderOf("A")).Add(OrderOf("B")).ToImmutable().Orders;

        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => orders[orders.Count]);

        Assert.Contains($"holds {orders.Count} orders", error.Message, StringComparison.Ordinal);
    }
}
