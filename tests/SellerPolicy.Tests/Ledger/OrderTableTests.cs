using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

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
}
