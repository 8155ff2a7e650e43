using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger;

public sealed class OrderHistoryTests
{
    private static readonly Gen<OrderHistory> Histories = Gen.Choose(1, 500).SelectMany(DomainArbitraries.HistoryFor);

    [Property(MaxTest = 200)]
    public Property EqualityLaws_Hold()
        => EqualityLaws.Hold(Histories, Copy);

    [Property(MaxTest = 100)]
    public Property GetHistory_AskedTwice_GivesEqualHistories()
        => Prop.ForAll(Arb.From(DomainArbitraries.HistoriesUpTo(8)), histories =>
        {
            SellerLedger ledger = DomainArbitraries.ToLedger(histories);
            return histories.All(h =>
            {
                OrderHistory first = ledger.GetHistory(h.Order.OrderId);
                OrderHistory again = ledger.GetHistory(h.Order.OrderId);
                return !ReferenceEquals(first, again) && first == again && first.Equals(h) && first.GetHashCode() == again.GetHashCode();
            });
        });

    [Property(MaxTest = 100)]
    public Property AHistoryMissingOneRecord_IsNotEqual()
        => Prop.ForAll(Arb.From(Histories.Where(h => !h.Contacts.IsEmpty)), h =>
        {
            var fewer = new OrderHistory(h.Order, h.Feedback, h.Claims, h.Chargebacks, h.Returns, h.Contacts.RemoveAt(0));
            OrderHistory? none = null;
            return (fewer != h && !(fewer == h) && !fewer.Equals(h) && !h.Equals(fewer) && h != none && none != h).Label($"{h} vs {fewer}");
        });

    [Property(MaxTest = 100)]
    public Property AHistoryOfAnotherOrder_WithTheSameRecordLists_IsNotEqual()
        => Prop.ForAll(Arb.From(Histories), h =>
        {
            Order other = h.Order.WithIdAndPurchase(h.Order.OrderId, h.Order.PurchasedAt + Duration.FromMinutes(1));
            return OrderHistory.Of(other) != OrderHistory.Of(h.Order) && OrderHistory.Of(h.Order) == OrderHistory.Of(h.Order);
        });

    [Fact]
    public void ToString_NamesTheOrderAndCountsEachKindOfRecord()
    {
        var purchased = Instant.FromUtc(2026, 3, 1, 14, 5);
        var id = new OrderId("111-0000001-0000001");
        var order = new Order(id, FulfillmentChannel.Mfn, purchased, [new OrderLine(new Sku("MUG-01"), 1, new Money(9.99m, "EUR"))]);
        var feedback = new Feedback(id, purchased + Duration.FromDays(3), 1);
        var contact = new BuyerContact(id, purchased + Duration.FromDays(1));
        var history = new OrderHistory(order, [feedback], [], [], [], [contact, contact]);

        Assert.Equal($"{order}: 1 feedback, 0 claims, 0 chargebacks, 0 returns, 2 contacts", history.ToString());
        Assert.StartsWith("Order 111-0000001-0000001 (Mfn, 2026-03-01T14:05:00Z)", history.ToString(), StringComparison.Ordinal);
    }

    private static OrderHistory Copy(OrderHistory h)
        => new(
            h.Order.WithIdAndPurchase(new OrderId(new string(h.Order.OrderId.Value.AsSpan())), h.Order.PurchasedAt),
            [.. h.Feedback], [.. h.Claims], [.. h.Chargebacks], [.. h.Returns], [.. h.Contacts]);
}
