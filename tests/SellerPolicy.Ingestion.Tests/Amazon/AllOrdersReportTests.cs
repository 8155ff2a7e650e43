using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Tests.Amazon;

/// <summary>Rows of the All Orders report become orders; a cancelled item is no sale whatever the order's status.</summary>
public class AllOrdersReportTests
{
    [Fact]
    public void ACancelledItemInsideAShippedOrder_IsLeftOffTheOrder()
    {
        SellerLedger ledger = LayoutFixtures.Orders("all-orders-cancelled-item-in-shipped-order.txt").Ledger!;

        Order order = ledger.GetOrder(new OrderId("111-7000001-7000001"));
        Assert.Equal([new Sku("MUG-01")], order.Lines.Select(l => l.Sku));
        Assert.Null(order.CancelledAt);
    }

    [Fact]
    public void AShippedOrderWhoseEveryItemIsCancelled_IsACancelledOrder()
    {
        Order order = LayoutFixtures.Orders("all-orders-cancelled-item-in-shipped-order.txt").Ledger!.GetOrder(new OrderId("111-7000002-7000002"));

        Assert.NotNull(order.CancelledAt);
        Assert.Equal(0m, order.Lines.Sum(l => l.UnitPrice.Amount * l.Quantity));
    }
}
