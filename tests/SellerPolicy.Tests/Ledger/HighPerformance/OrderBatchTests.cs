using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Ledger.HighPerformance;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger.HighPerformance;

/// <summary>
/// A batch is the fast way in: the orders it accepts are the orders their constructor makes, and the ones it refuses carry
/// the constructor's rule, located, and make the records that refer to them say so.
/// </summary>
public sealed class OrderBatchTests
{
    private static readonly Instant Purchased = Instant.FromUtc(2026, 1, 5, 10, 0);
    private static readonly OrderLine Mug = new(new Sku("MUG-01"), 1, new Money(9.99m, "USD"));

    /// <summary>Adds <paramref name="order"/> to <paramref name="batch"/> field by field, its ids as UTF-8.</summary>
    private static LedgerProblem? AddFields(OrderBatch batch, Order order, SourceLocation? at = null)
        => batch.Add(
            Encoding.UTF8.GetBytes(order.OrderId.Value), order.Channel, order.PurchasedAt, order.Lines, at, order.MarketplaceId?.Value,
            order.BuyerId is { } buyer ? Encoding.UTF8.GetBytes(buyer.Value) : default, order.ShipToCountry, order.ShippingPrice,
            order.LatestShipDate, order.ShippedAt, order.TrackingId is { } tracking ? Encoding.UTF8.GetBytes(tracking) : default,
            order.FirstCarrierScanAt, order.BuyShippingClaimsProtected, order.LatestDeliveryDate, order.DeliveredAt, order.CancelledAt, order.CancelledBy);

    [Property(MaxTest = 100)]
    public Property A_batch_accepts_every_valid_order_and_the_ledger_holds_it_unchanged()
        => Prop.ForAll(Gen.ListOf(DomainArbitraries.Orders).Select(l => l.DistinctBy(o => o.OrderId).ToList()).ToArbitrary(), orders =>
        {
            var batch = new OrderBatch();
            bool accepted = orders.All(o => AddFields(batch, o) is null);
            SellerLedger ledger = SellerLedger.CreateBuilder().Add(batch).ToImmutable();
            return accepted && batch.Count == orders.Count
                && ledger.Orders.OrderBy(o => o.OrderId).SequenceEqual(orders.OrderBy(o => o.OrderId));
        });

    [Fact]
    public void A_refused_order_gets_the_constructors_rule_with_its_field_and_location()
    {
        var batch = new OrderBatch();
        Instant before = Purchased - Duration.FromHours(1);
        LedgerProblem? problem = batch.Add("111-0000001-0000001"u8, FulfillmentChannel.Mfn, Purchased, [Mug], new SourceLocation("orders.tsv", 7), shippedAt: before);
        var thrown = Assert.Throws<ArgumentException>(
            () => new Order(new OrderId("111-0000001-0000001"), FulfillmentChannel.Mfn, Purchased, [Mug], shippedAt: before));

        Assert.NotNull(problem);
        Assert.Equal(LedgerProblemKind.InvalidValue, problem.Kind);
        Assert.Equal("shippedAt", problem.Field);
        Assert.Equal(new SourceLocation("orders.tsv", 7), problem.Location);
        RuleViolation? rule = Order.FindViolation(new OrderId("111-0000001-0000001"), FulfillmentChannel.Mfn, Purchased, [Mug], shippedAt: before);
        Assert.NotNull(rule);
        Assert.Equal(rule.Field, thrown.ParamName);
        Assert.StartsWith(rule.Rule, thrown.Message, StringComparison.Ordinal);
        Assert.Equal($"order 111-0000001-0000001: {rule.Rule}", problem.Message);
        Assert.Equal(0, batch.Count);
        Assert.Equal([problem], batch.Problems);
    }

    [Fact]
    public void A_record_on_a_refused_order_says_where_it_was_refused()
    {
        var batch = new OrderBatch();
        _ = batch.Add("111-0000001-0000001"u8, FulfillmentChannel.Mfn, Purchased, [], new SourceLocation("orders.tsv", 3));
        LedgerBuildResult result = SellerLedger.CreateBuilder()
            .Add(batch)
            .Add(new BuyerContact(new OrderId("111-0000001-0000001"), Purchased + Duration.FromDays(1)), new SourceLocation("orders.tsv", 9))
            .Build(LedgerBuildMode.Lenient);

        Assert.Equal(
            ["orders.tsv:3: order 111-0000001-0000001: order 111-0000001-0000001 must have at least one line.",
             "orders.tsv:9: contact on order 111-0000001-0000001 refers to order 111-0000001-0000001, refused at line 3."],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal(LedgerProblemKind.RefusedOrder, result.Problems[1].Kind);
    }

    [Theory]
    [InlineData(" ", "orderId")]
    [InlineData("", "orderId")]
    public void A_blank_order_id_is_refused_naming_the_field(string id, string field)
    {
        LedgerProblem? problem = new OrderBatch().Add(Encoding.UTF8.GetBytes(id), FulfillmentChannel.Mfn, Purchased, [Mug]);

        Assert.Equal(field, problem?.Field);
        Assert.Contains("orderId must not be empty or white space", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_buyer_id_is_refused_and_an_empty_one_means_none()
    {
        var batch = new OrderBatch();

        Assert.Equal("buyerId", batch.Add("111-0000001-0000001"u8, FulfillmentChannel.Mfn, Purchased, [Mug], buyerId: "  "u8)?.Field);
        Assert.Null(batch.Add("111-0000001-0000002"u8, FulfillmentChannel.Mfn, Purchased, [Mug], buyerId: default));
        Assert.Null(SellerLedger.CreateBuilder().Add(batch).Build(LedgerBuildMode.Lenient).Ledger!.Orders[0].BuyerId);
    }

    [Fact]
    public void A_batch_given_to_a_builder_is_read_only()
    {
        var batch = new OrderBatch();
        Assert.Null(batch.Add("111-0000001-0000001"u8, FulfillmentChannel.Mfn, Purchased, [Mug]));
        SellerLedger.Builder builder = SellerLedger.CreateBuilder().Add(batch);

        Assert.True(batch.IsAdded);
        Assert.Throws<InvalidOperationException>(() => batch.Add("111-0000001-0000002"u8, FulfillmentChannel.Mfn, Purchased, [Mug]));
        Assert.Throws<InvalidOperationException>(() => builder.Add(batch));
    }

    [Fact]
    public void Duplicate_ids_across_batches_keep_the_first_and_report_the_second()
    {
        var first = new OrderBatch();
        var second = new OrderBatch();
        Assert.Null(first.Add("111-0000001-0000001"u8, FulfillmentChannel.Mfn, Purchased, [Mug], new SourceLocation("a", 1)));
        Assert.Null(second.Add("111-0000001-0000001"u8, FulfillmentChannel.Afn, Purchased, [Mug], new SourceLocation("a", 2)));
        LedgerBuildResult result = SellerLedger.CreateBuilder().Add(first).Add(second).Build(LedgerBuildMode.Lenient);

        Assert.Equal(FulfillmentChannel.Mfn, Assert.Single(result.Ledger!.Orders).Channel);
        Assert.Equal(LedgerProblemKind.DuplicateId, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void OrderBatch_NegativeShippingPrice_IsRefused_ByTheSameRule()
    {
        var batch = new SellerPolicy.Ledger.HighPerformance.OrderBatch();
        LedgerProblem? problem = batch.Add(
            System.Text.Encoding.UTF8.GetBytes("111-0000001-0000001"), FulfillmentChannel.Mfn, NodaTime.Instant.FromUtc(2026, 1, 5, 10, 0), [new OrderLine(new Sku("MUG-01"), 2, new Money(9.99m, "USD"))], shippingPrice: new Money(-3.99m, "USD"));

        Assert.NotNull(problem);
        Assert.Equal("shippingPrice", problem.Field);
        Assert.Contains("shippingPrice must not be negative, was -3.99 USD.", problem.Message, StringComparison.Ordinal);
    }
}
