using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Ledger.HighPerformance;
using SellerPolicy.Tests.Generators;
using SellerPolicy.Tests.Ledger.Storage;

namespace SellerPolicy.Tests.Ledger;

public sealed class SellerLedgerBuilderTests
{
    private const string File = "ledger.jsonl";
    private static readonly Instant Purchased = Instant.FromUtc(2026, 1, 5, 10, 0);
    private static readonly OrderId A = new("111-0000001-0000001");
    private static readonly OrderId B = new("111-0000002-0000002");
    private static readonly OrderId Unknown = new("111-9999999-9999999");
    private static readonly Sku Mug = new("MUG-01");

    private static Order OrderOf(OrderId id, int quantity = 2)
        => new(id, FulfillmentChannel.Mfn, Purchased, [new OrderLine(Mug, quantity, new Money(9.99m, "USD"))]);

    private static SourceLocation At(int line) => new(File, line);

    private static LedgerProblem SingleProblem(SellerLedger.Builder builder)
    {
        LedgerBuildResult result = builder.Build();
        Assert.False(result.Succeeded);
        return Assert.Single(result.Problems);
    }

    private static OrderLine[] FreshLines(decimal price)
        => [new OrderLine(new Sku(new string("MUG-01".AsSpan())), 2, new Money(price, new string("USD".AsSpan())), new Asin(new string("B000000001".AsSpan())), new string("Kitchen".AsSpan()))];

    [Fact]
    public void Build_OrdersWithIdenticalLinesOfTheirOwn_KeepsOneList()
    {
        var a = new Order(A, FulfillmentChannel.Mfn, Purchased, FreshLines(9.99m));
        var b = new Order(B, FulfillmentChannel.Mfn, Purchased, FreshLines(9.99m));
        Assert.NotSame(a.Lines[0], b.Lines[0]);

        SellerLedger ledger = SellerLedger.CreateBuilder().Add(a).Add(new OrderHistory(b, [], [], [], [], [])).ToImmutable();

        ImmutableArray<OrderLine> first = ledger.GetOrder(A).Lines;
        ImmutableArray<OrderLine> second = ledger.GetOrder(B).Lines;
        Assert.Same(ImmutableCollectionsMarshal.AsArray(first), ImmutableCollectionsMarshal.AsArray(second));
        Assert.Equal(a, ledger.GetOrder(A));
        Assert.Equal(b, ledger.GetOrder(B));
    }

    [Fact]
    public void Build_LinesThatDifferOnlyInHowAPriceIsWritten_AreKeptApart()
    {
        var a = new Order(A, FulfillmentChannel.Mfn, Purchased, FreshLines(18.50m));
        var b = new Order(B, FulfillmentChannel.Mfn, Purchased, FreshLines(18.5m));

        SellerLedger ledger = SellerLedger.CreateBuilder().Add(a).Add(b).ToImmutable();

        Assert.Equal("18.50 USD", ledger.GetOrder(A).Lines[0].UnitPrice.ToString());
        Assert.Equal("18.5 USD", ledger.GetOrder(B).Lines[0].UnitPrice.ToString());
    }

    // A small catalogue: three lists, the mug line shared by two of them, as a reader that shares lists and lines makes them.
    private static readonly OrderLine CatalogueMug = new(new Sku("MUG-01"), 2, new Money(9.99m, "USD"), new Asin("B000000001"), "Kitchen");
    private static readonly ImmutableArray<OrderLine>[] Catalogue =
    [
        [CatalogueMug],
        [CatalogueMug, new OrderLine(new Sku("TEA-02"), 1, new Money(4.50m, "USD"), null, "Grocery")],
        [new OrderLine(new Sku("TEA-02"), 3, new Money(4.50m, "USD"), null, "Grocery")],
    ];

    /// <summary>Order <paramref name="i"/> of a ledger, purchased later the smaller i is (so the build sorts them), as a caller makes it: every line and string its own.</summary>
    private static Order CatalogueOrder(int i)
    {
        static string Fresh(string text) => new(text.AsSpan());
        OrderLine[] lines = [.. Catalogue[i % Catalogue.Length].Select(l => new OrderLine(
            new Sku(Fresh(l.Sku.Value)), l.Quantity, new Money(l.UnitPrice.Amount, Fresh(l.UnitPrice.Currency)),
            l.Asin is { } asin ? new Asin(Fresh(asin.Value)) : null, l.Category is { } category ? Fresh(category) : null))];
        return new Order(
            new OrderId($"111-{i:D7}-0000001"), FulfillmentChannel.Mfn, Purchased - Duration.FromHours(i), lines,
            i % 2 == 0 ? new MarketplaceId(Fresh("ATVPDKIKX0DER")) : null, new BuyerId(Fresh($"BUYER{i % 5}")), Fresh("US"),
            trackingId: i % 3 == 0 ? Fresh($"1Z{i}") : null, shippedAt: Purchased - Duration.FromHours(i) + Duration.FromDays(1));
    }

    private static SellerLedger BuiltInCode(int orders)
    {
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        for (int i = 0; i < orders; i++)
        {
            builder.Add(CatalogueOrder(i));
        }

        return builder.ToImmutable();
    }

    [Fact]
    public void Build_OrdersAddedInCode_TheLedgerKeepsNoTableOrCollectionOfTheBuilder()
    {
        SellerLedger ledger = BuiltInCode(60);

        ReachableObjects reachable = ReachableObjects.From(ledger);

        Assert.Same(ledger.OrderTable, Assert.Single(reachable.OfType<OrderRows>()));
        Assert.Empty(reachable.OfType<SharedLineLists>());
        Assert.Empty(reachable.OfType<OrderIdIndex>());
        Assert.Empty(reachable.OfType<SellerLedger.Builder>());
    }

    [Fact]
    public void ToBuilder_Build_TheDerivedLedgerDoesNotKeepTheOriginalsTable()
    {
        SellerLedger original = BuiltInCode(60);

        SellerLedger derived = original.ToBuilder().ToImmutable();

        Assert.Equal(original, derived);
        Assert.Same(derived.OrderTable, Assert.Single(ReachableObjects.From(derived).OfType<OrderRows>()));
    }

    [Fact]
    public void Build_OrdersAddedInCode_KeepsTheShapeOfTheSameOrdersAddedAsTheReaderAddsThem()
    {
        // The readers add a batch of UTF-8 ids and values, their identical line lists already shared (the catalogue's).
        var batch = new OrderBatch();
        for (int i = 0; i < 60; i++)
        {
            Order o = CatalogueOrder(i);
            Assert.Null(batch.Add(
                System.Text.Encoding.UTF8.GetBytes(o.OrderId.Value), o.Channel, o.PurchasedAt, Catalogue[i % Catalogue.Length], null,
                o.MarketplaceId?.Value, System.Text.Encoding.UTF8.GetBytes(o.BuyerId!.Value.Value), o.ShipToCountry, o.ShippingPrice, o.LatestShipDate,
                o.ShippedAt, o.TrackingId is { } t ? System.Text.Encoding.UTF8.GetBytes(t) : default));
        }

        SellerLedger read = SellerLedger.CreateBuilder().Add(batch).ToImmutable();
        SellerLedger built = BuiltInCode(60);

        Assert.Equal(read, built);
        IReadOnlyDictionary<string, int> builtShape = ReachableObjects.From(built).CountsByType();
        Assert.Equal(ReachableObjects.From(read).CountsByType().OrderBy(c => c.Key), builtShape.OrderBy(c => c.Key));
        Assert.Equal(Catalogue.Length, builtShape[typeof(OrderLine[]).FullName!]);
        Assert.Equal(3, builtShape[typeof(OrderLine).FullName!]); // the mug line once, in two lists
    }

    [Fact]
    public void Build_ADuplicateOrderAddedInCode_SaysItWasAdded_NotRead()
    {
        LedgerProblem inCode = SingleProblem(SellerLedger.CreateBuilder().Add(OrderOf(A)).Add(OrderOf(A, quantity: 3)));
        LedgerProblem fromFile = SingleProblem(SellerLedger.CreateBuilder().Add(OrderOf(A), At(1)).Add(OrderOf(A, quantity: 3), At(2)));

        Assert.Equal($"duplicate order id {A}: an order with this id was already added.", inCode.Message);
        Assert.Equal($"duplicate order id {A}: an order with this id was already read.", fromFile.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Build_WithABoundedDegreeOfParallelism_GivesTheSameLedger(int cores)
    {
        // Large enough that the default build arranges the orders and orders the record kinds on several cores.
        SellerLedger sample = SellerPolicy.Sample.SampleLedgerGenerator.Generate(new SellerPolicy.Sample.SampleLedgerOptions { Orders = 25_000, Seed = 9 });
        SellerLedger.Builder builder = sample.ToBuilder();
        builder.MaxDegreeOfParallelism = cores;

        SellerLedger built = builder.ToImmutable();

        Assert.Equal(cores, builder.MaxDegreeOfParallelism);
        Assert.Equal(sample, built);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void MaxDegreeOfParallelism_OfNoCore_IsRefused_NamingTheValueOnce(int cores)
    {
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();

        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => builder.MaxDegreeOfParallelism = cores);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ex.Message, $"{cores}\\b"));
        Assert.Equal(-1, builder.MaxDegreeOfParallelism);
    }

    [Fact]
    public void Build_RecordOfRefusedOrder_SaysWhereTheOrderWasRefused()
    {
        LedgerBuildResult result = SellerLedger.CreateBuilder().Add(OrderOf(A), At(1))
            .AddRefusedOrder(Unknown, new LedgerProblem(LedgerProblemKind.InvalidValue, $"order {Unknown}: lines is required.", At(4), "lines"))
            .Add(new AtoZClaim(new ClaimId("C-9"), Unknown, Purchased, ClaimReason.NotReceived), At(17))
            .Build(LedgerBuildMode.Lenient);

        Assert.Equal(2, result.RecordsLeftOut);
        Assert.Equal(2, result.Problems.Length);
        Assert.Equal(LedgerProblemKind.RefusedOrder, result.Problems[1].Kind);
        Assert.Equal($"ledger.jsonl:17: claim C-9 refers to order {Unknown}, refused at line 4.", result.Problems[1].ToString());
    }

    [Fact]
    public void Build_UnknownOrder_ReportsTheRecordLineAndField()
    {
        SellerLedger.Builder builder = SellerLedger.CreateBuilder().Add(OrderOf(A), At(1))
            .Add(new AtoZClaim(new ClaimId("C-9"), Unknown, Purchased, ClaimReason.NotReceived), At(17));

        LedgerProblem problem = SingleProblem(builder);

        Assert.Equal(LedgerProblemKind.UnknownOrder, problem.Kind);
        Assert.Equal("claim C-9 refers to unknown order 111-9999999-9999999.", problem.Message);
        Assert.Equal(At(17), problem.Location);
        Assert.Equal("orderId", problem.Field);
        Assert.Equal("ledger.jsonl:17: claim C-9 refers to unknown order 111-9999999-9999999.", problem.ToString());
    }

    [Fact]
    public void Build_DuplicateOrderId_ReportsTheSecondRecord()
    {
        LedgerProblem problem = SingleProblem(SellerLedger.CreateBuilder().Add(OrderOf(A), At(1)).Add(OrderOf(A, 3), At(4)));

        Assert.Equal(LedgerProblemKind.DuplicateId, problem.Kind);
        Assert.Equal("duplicate order id 111-0000001-0000001: an order with this id was already read.", problem.Message);
        Assert.Equal(At(4), problem.Location);
        Assert.Equal("orderId", problem.Field);
    }

    [Fact]
    public void Build_DuplicateClaimId_ReportsTheSecondClaim()
    {
        var claim = new AtoZClaim(new ClaimId("C-1"), A, Purchased, ClaimReason.NotReceived);

        LedgerProblem problem = SingleProblem(SellerLedger.CreateBuilder().Add(OrderOf(A), At(1)).Add(claim, At(2)).Add(claim, At(3)));

        Assert.Equal(LedgerProblemKind.DuplicateId, problem.Kind);
        Assert.Equal("duplicate claim id C-1.", problem.Message);
        Assert.Equal(At(3), problem.Location);
        Assert.Equal("claimId", problem.Field);
    }

    [Fact]
    public void Build_DuplicateChargebackId_ReportsTheSecondChargeback()
    {
        var chargeback = new Chargeback(new ChargebackId("CB-1"), A, Purchased, ChargebackType.Service);

        LedgerProblem problem = SingleProblem(SellerLedger.CreateBuilder().Add(OrderOf(A), At(1)).Add(chargeback, At(2)).Add(chargeback, At(3)));

        Assert.Equal(LedgerProblemKind.DuplicateId, problem.Kind);
        Assert.Equal("duplicate chargeback id CB-1.", problem.Message);
        Assert.Equal(At(3), problem.Location);
        Assert.Equal("chargebackId", problem.Field);
    }

    [Fact]
    public void Build_DuplicateReturnId_ReportsTheLaterRequest()
    {
        var first = new ReturnRequest(new ReturnId("RMA-1"), A, Mug, 1, Purchased + Duration.FromDays(3), "DEFECTIVE");
        var second = new ReturnRequest(new ReturnId("RMA-1"), A, Mug, 1, Purchased + Duration.FromDays(4), "DEFECTIVE");

        LedgerProblem problem = SingleProblem(SellerLedger.CreateBuilder().Add(OrderOf(A), At(1)).Add(second, At(3)).Add(first, At(2)));

        Assert.Equal(LedgerProblemKind.DuplicateId, problem.Kind);
        Assert.Equal("duplicate return id RMA-1.", problem.Message);
        Assert.Equal(At(3), problem.Location);
        Assert.Equal("returnId", problem.Field);
    }

    [Fact]
    public void Build_SecondFeedbackOnAnOrder_IsDuplicateFeedback()
    {
        LedgerProblem problem = SingleProblem(SellerLedger.CreateBuilder().Add(OrderOf(A), At(1))
            .Add(new Feedback(A, Purchased + Duration.FromDays(9), 5), At(2))
            .Add(new Feedback(A, Purchased + Duration.FromDays(10), 1), At(3)));

        Assert.Equal(LedgerProblemKind.DuplicateFeedback, problem.Kind);
        Assert.Equal("order 111-0000001-0000001 already has a feedback: an order has at most one.", problem.Message);
        Assert.Equal(At(3), problem.Location);
        Assert.Equal("orderId", problem.Field);
    }

    [Fact]
    public void Build_ReturnOfASkuNotOnTheOrder_IsUnknownSku()
    {
        var request = new ReturnRequest(new ReturnId("RMA-1"), A, new Sku("LAMP"), 1, Purchased + Duration.FromDays(3), "DEFECTIVE");

        LedgerProblem problem = SingleProblem(SellerLedger.CreateBuilder().Add(OrderOf(A), At(1)).Add(request, At(5)));

        Assert.Equal(LedgerProblemKind.UnknownSku, problem.Kind);
        Assert.Equal("return RMA-1 names SKU LAMP, which order 111-0000001-0000001 does not have.", problem.Message);
        Assert.Equal(At(5), problem.Location);
        Assert.Equal("sku", problem.Field);
    }

    [Fact]
    public void Build_ReturnAboveTheOrderedQuantity_IsQuantityExceeded()
    {
        var request = new ReturnRequest(new ReturnId("RMA-1"), A, Mug, 3, Purchased + Duration.FromDays(3), "DEFECTIVE");

        LedgerProblem problem = SingleProblem(SellerLedger.CreateBuilder().Add(OrderOf(A, 2), At(1)).Add(request, At(6)));

        Assert.Equal(LedgerProblemKind.QuantityExceeded, problem.Kind);
        Assert.Equal("return RMA-1 returns 3 of SKU MUG-01, but order 111-0000001-0000001 has 2.", problem.Message);
        Assert.Equal(At(6), problem.Location);
        Assert.Equal("quantity", problem.Field);
    }

    [Fact]
    public void Build_TwoReturnsAboveTheOrderedQuantityTogether_ReportsTheLaterOne()
    {
        var first = new ReturnRequest(new ReturnId("RMA-1"), A, Mug, 2, Purchased + Duration.FromDays(3), "DEFECTIVE");
        var second = new ReturnRequest(null, A, Mug, 1, Purchased + Duration.FromDays(5), "NO_LONGER_NEEDED", returnless: true);

        LedgerProblem problem = SingleProblem(SellerLedger.CreateBuilder().Add(OrderOf(A, 2), At(1)).Add(second, At(7)).Add(first, At(8)));

        Assert.Equal(LedgerProblemKind.QuantityExceeded, problem.Kind);
        Assert.Equal("returnless refund 111-0000001-0000001/MUG-01/2026-01-10T10:00:00Z returns 1 of SKU MUG-01, but order 111-0000001-0000001 has 2 and 2 already returned.", problem.Message);
        Assert.Equal(At(7), problem.Location);
    }

    [Fact]
    public void Build_EventBeforeThePurchase_IsEventBeforePurchase()
    {
        LedgerProblem problem = SingleProblem(SellerLedger.CreateBuilder().Add(OrderOf(A), At(1))
            .Add(new BuyerContact(A, Purchased - Duration.FromHours(1)), At(9)));

        Assert.Equal(LedgerProblemKind.EventBeforePurchase, problem.Kind);
        Assert.Equal("contact on order 111-0000001-0000001: buyerContactedAt (2026-01-05T09:00:00Z) is before order 111-0000001-0000001 was placed (2026-01-05T10:00:00Z).", problem.Message);
        Assert.Equal(At(9), problem.Location);
        Assert.Equal("buyerContactedAt", problem.Field);
    }

    [Fact]
    public void Build_RefundInAnotherCurrency_IsCurrencyMismatch()
    {
        var request = new ReturnRequest(new ReturnId("RMA-1"), A, Mug, 1, Purchased + Duration.FromDays(3), "DEFECTIVE", refundAmount: new Money(9.99m, "EUR"));

        LedgerProblem problem = SingleProblem(SellerLedger.CreateBuilder().Add(OrderOf(A), At(1)).Add(request, At(10)));

        Assert.Equal(LedgerProblemKind.CurrencyMismatch, problem.Kind);
        Assert.Equal("return RMA-1: refundAmount is in EUR, order 111-0000001-0000001 is in USD.", problem.Message);
        Assert.Equal(At(10), problem.Location);
        Assert.Equal("refundAmount", problem.Field);
    }

    [Theory]
    [InlineData(LedgerProblemKind.Syntax, "line is not JSON")]
    [InlineData(LedgerProblemKind.InvalidValue, "rating must be 1-5, was 7")]
    public void Build_ProblemsFoundWhileReading_FailStrictAndCountAsLeftOut(LedgerProblemKind kind, string message)
    {
        var readProblem = new LedgerProblem(kind, message, At(4), "rating");
        SellerLedger.Builder builder = SellerLedger.CreateBuilder().Add(OrderOf(A), At(1)).AddProblem(readProblem);

        LedgerBuildResult strict = builder.Build();
        LedgerBuildResult lenient = builder.Build(LedgerBuildMode.Lenient);

        Assert.Equal(readProblem, Assert.Single(strict.Problems));
        Assert.Null(strict.Ledger);
        Assert.Equal(1, lenient.RecordsLeftOut);
        Assert.Single(lenient.Ledger!.Orders);
        Assert.Equal("ledger.jsonl:4: " + message, readProblem.ToString());
    }

    [Fact]
    public void Build_Strict_ListsEveryProblemInLineOrderAndGivesNoLedger()
    {
        SellerLedger.Builder builder = BadBuilder();

        LedgerBuildResult result = builder.Build(LedgerBuildMode.Strict);

        Assert.False(result.Succeeded);
        Assert.Null(result.Ledger);
        Assert.Equal(LedgerBuildMode.Strict, result.Mode);
        Assert.Equal([3, 5, 6, 8], result.Problems.Select(p => p.Location!.Value.Line));
        Assert.Equal(
            [LedgerProblemKind.DuplicateId, LedgerProblemKind.UnknownOrder, LedgerProblemKind.DuplicateFeedback, LedgerProblemKind.QuantityExceeded],
            result.Problems.Select(p => p.Kind));
        Assert.Equal(4, result.RecordsLeftOut);
        Assert.Equal(9, result.RecordsRead);
        LedgerValidationException ex = Assert.Throws<LedgerValidationException>(() => result.GetLedgerOrThrow());
        Assert.StartsWith("The ledger has 4 problems:", ex.Message, StringComparison.Ordinal);
        Assert.Throws<LedgerValidationException>(() => builder.ToImmutable());
    }

    [Fact]
    public void Build_Lenient_LeavesOutTheBadRecordsAndKeepsTheGoodOnes()
    {
        LedgerBuildResult result = BadBuilder().Build(LedgerBuildMode.Lenient);

        Assert.True(result.Succeeded);
        Assert.Equal(4, result.Problems.Length);
        Assert.Equal(4, result.RecordsLeftOut);
        SellerLedger ledger = result.Ledger;
        Assert.Equal([A, B], ledger.Orders.Select(o => o.OrderId));
        Assert.Equal(2, ledger.GetOrder(A).Lines[0].Quantity); // the first order with the id wins
        Assert.Equal(5, Assert.Single(ledger.Feedback).Rating);
        Assert.Single(ledger.Returns);
        Assert.Single(ledger.Claims);
        Assert.Equal(5, ledger.RecordCount);
    }

    [Fact]
    public void Build_SameRecordsInAnotherOrder_GivesAnEqualLedger()
    {
        object[] records = GoodRecords();

        SellerLedger forward = Build(records);
        SellerLedger backward = Build(records.Reverse());
        SellerLedger shuffled = Build(records.OrderBy(r => r.GetHashCode()));

        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
        Assert.Equal(forward.GetHashCode(), backward.GetHashCode());
    }

    [Fact]
    public void GetHistory_GathersEveryRecordOfTheOrderInTimeOrder()
    {
        SellerLedger ledger = Build(GoodRecords());

        OrderHistory history = ledger.GetHistory(A);

        Assert.Equal(A, history.Order.OrderId);
        Assert.Single(history.Feedback);
        Assert.Equal(["C-2", "C-1"], history.Claims.Select(c => c.ClaimId.Value));
        Assert.Single(history.Chargebacks);
        Assert.Single(history.Returns);
        Assert.Equal(Purchased + Duration.FromDays(1), history.FirstContactAt);
        Assert.Empty(ledger.GetHistory(B).Claims);
        Assert.Empty(ledger.ClaimsOf(Unknown));
        Assert.False(ledger.TryGetOrder(Unknown, out _));
        Assert.Throws<KeyNotFoundException>(() => ledger.GetHistory(Unknown));
    }

    [Fact]
    public void AddHistory_AddsTheOrderWithEveryAttachedRecord()
    {
        SellerLedger original = Build(GoodRecords());
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();

        foreach (Order order in original.Orders)
        {
            builder.Add(original.GetHistory(order.OrderId));
        }

        SellerLedger rebuilt = builder.ToImmutable();
        Assert.Equal(original, rebuilt);
        Assert.Equal(original.RecordCount, rebuilt.RecordCount);
    }

    [Property(MaxTest = 100)]
    public Property RemoveOrders_AlsoRemovesTheirRecords_AndTheLedgerBuildsAsIfTheyWereNeverAdded()
        => Prop.ForAll(Arb.From(DomainArbitraries.HistoriesUpTo(15)), Arb.From(Gen.Choose(0, 7)), (histories, mask) =>
        {
            bool Removed(OrderId id) => ((id.Value[^1] + id.Value[^2]) & 7 & mask) != 0;
            SellerLedger.Builder builder = DomainArbitraries.ToLedger(histories).ToBuilder();

            int removed = builder.RemoveOrders(o => Removed(o.OrderId));
            LedgerBuildResult result = builder.Build();

            SellerLedger expected = DomainArbitraries.ToLedger(histories.Where(h => !Removed(h.Order.OrderId)));
            return (result.Succeeded && expected.Equals(result.Ledger) && removed == histories.Count(h => Removed(h.Order.OrderId))).Label(
                string.Join("; ", result.Problems.Select(p => p.Message)));
        });

    [Fact]
    public void RemoveOrders_OfAnOrderWithAChargeback_BuildsWithoutAnUnknownOrder()
    {
        // The issue's case: the chargeback of a removed order stayed behind and failed the build ("refers to unknown order").
        var chargeback = new Chargeback(new ChargebackId("CB-80"), A, Purchased + Duration.FromDays(10), ChargebackType.Service);
        var contact = new BuyerContact(A, Purchased + Duration.FromDays(1));
        SellerLedger ledger = SellerLedger.CreateBuilder().Add(OrderOf(A)).Add(OrderOf(B)).Add(chargeback).Add(contact).ToImmutable();

        SellerLedger.Builder builder = ledger.ToBuilder();
        Assert.Equal(1, builder.RemoveOrders(o => o.OrderId == A));
        LedgerBuildResult result = builder.Build();

        Assert.Empty(result.Problems);
        Assert.Equal([B], result.Ledger!.Orders.Select(o => o.OrderId));
        Assert.Empty(result.Ledger.Chargebacks);
        Assert.Empty(result.Ledger.Contacts);
        Assert.Single(ledger.Chargebacks); // the ledger the builder came from keeps its records
    }

    [Fact]
    public void RemoveOrders_OfOneOfTwoOrdersWithTheSameId_KeepsTheRecordsOfTheOneLeft()
    {
        var contact = new BuyerContact(A, Purchased + Duration.FromDays(1));
        SellerLedger.Builder builder = SellerLedger.CreateBuilder().Add(OrderOf(A, quantity: 1)).Add(OrderOf(A, quantity: 3)).Add(contact);

        Assert.Equal(1, builder.RemoveOrders(o => o.Lines[0].Quantity == 1));
        LedgerBuildResult result = builder.Build();

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Ledger!.GetOrder(A).Lines[0].Quantity);
        Assert.Equal(contact, Assert.Single(result.Ledger.Contacts));
    }

    [Fact]
    public void RemoveOrders_ThenAddingTheOrdersHistory_ReplacesTheOrderAndKeepsItsRecords()
    {
        var contact = new BuyerContact(A, Purchased + Duration.FromDays(1));
        SellerLedger ledger = SellerLedger.CreateBuilder().Add(OrderOf(A)).Add(contact).ToImmutable();
        OrderHistory history = ledger.GetHistory(A);
        Order shipped = history.Order.WithShipment(Purchased + Duration.FromHours(5), "1ZTRACK", Purchased + Duration.FromHours(8));

        SellerLedger.Builder builder = ledger.ToBuilder();
        builder.RemoveOrders(o => o.OrderId == A);
        builder.Add(new OrderHistory(shipped, history.Feedback, history.Claims, history.Chargebacks, history.Returns, history.Contacts));
        SellerLedger replaced = builder.Build().GetLedgerOrThrow();

        Assert.Equal(shipped, replaced.GetOrder(A));
        Assert.Equal(contact, Assert.Single(replaced.Contacts));
    }

    private static SellerLedger Build(IEnumerable<object> records)
    {
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        foreach (object record in records)
        {
            _ = record switch
            {
                Order o => builder.Add(o),
                Feedback f => builder.Add(f),
                AtoZClaim c => builder.Add(c),
                Chargeback c => builder.Add(c),
                ReturnRequest r => builder.Add(r),
                BuyerContact c => builder.Add(c),
                _ => throw new InvalidOperationException(),
            };
        }

        return builder.ToImmutable();
    }

    private static object[] GoodRecords() =>
    [
        OrderOf(A),
        OrderOf(B),
        new Feedback(A, Purchased + Duration.FromDays(8), 1),
        new AtoZClaim(new ClaimId("C-1"), A, Purchased + Duration.FromDays(12), ClaimReason.NotReceived),
        new AtoZClaim(new ClaimId("C-2"), A, Purchased + Duration.FromDays(11), ClaimReason.Other, ClaimOutcome.Denied, Purchased + Duration.FromDays(13)),
        new Chargeback(new ChargebackId("CB-1"), A, Purchased + Duration.FromDays(20), ChargebackType.Fraud),
        new ReturnRequest(new ReturnId("RMA-1"), A, Mug, 1, Purchased + Duration.FromDays(6), "DEFECTIVE"),
        new BuyerContact(A, Purchased + Duration.FromDays(3)),
        new BuyerContact(A, Purchased + Duration.FromDays(1)),
        new BuyerContact(B, Purchased + Duration.FromDays(2)),
    ];

    private static SellerLedger.Builder BadBuilder()
        => SellerLedger.CreateBuilder()
            .Add(OrderOf(A, 2), At(1))
            .Add(OrderOf(B), At(2))
            .Add(OrderOf(A, 5), At(3))                                                                              // duplicate id
            .Add(new Feedback(A, Purchased + Duration.FromDays(9), 5), At(4))
            .Add(new Chargeback(new ChargebackId("CB-1"), Unknown, Purchased, ChargebackType.Service), At(5))      // unknown order
            .Add(new Feedback(A, Purchased + Duration.FromDays(10), 1), At(6))                                     // second feedback
            .Add(new ReturnRequest(new ReturnId("RMA-1"), A, Mug, 2, Purchased + Duration.FromDays(3), "DEFECTIVE"), At(7))
            .Add(new ReturnRequest(new ReturnId("RMA-2"), A, Mug, 1, Purchased + Duration.FromDays(4), "DEFECTIVE"), At(8)) // above ordered
            .Add(new AtoZClaim(new ClaimId("C-1"), B, Purchased, ClaimReason.NotReceived), At(9));

    [Property(MaxTest = 150)]
    public Property Build_RecordsAddedInAnyOrder_ListsEveryKindInLinqOrderAndGroupsItByOrder()
        => Prop.ForAll(Arb.From(DomainArbitraries.HistoriesUpTo(25).SelectMany(h => Gen.Choose(0, int.MaxValue).Select(seed => (h, seed)))), input =>
        {
            (IReadOnlyList<OrderHistory> histories, int seed) = input;
            var random = new Random(seed);
            T[] Shuffled<T>(IEnumerable<T> items) => [.. items.OrderBy(_ => random.Next())];
            SellerLedger.Builder builder = SellerLedger.CreateBuilder();
            foreach (Order o in Shuffled(histories.Select(h => h.Order)))
            {
                builder.Add(o);
            }

            foreach (Feedback f in Shuffled(histories.SelectMany(h => h.Feedback)))
            {
                builder.Add(f);
            }

            foreach (AtoZClaim c in Shuffled(histories.SelectMany(h => h.Claims)))
            {
                builder.Add(c);
            }

            foreach (Chargeback c in Shuffled(histories.SelectMany(h => h.Chargebacks)))
            {
                builder.Add(c);
            }

            foreach (ReturnRequest r in Shuffled(histories.SelectMany(h => h.Returns)))
            {
                builder.Add(r);
            }

            foreach (BuyerContact c in Shuffled(histories.SelectMany(h => h.Contacts)))
            {
                builder.Add(c);
            }

            SellerLedger ledger = builder.ToImmutable();
            bool ordered =
                ledger.Orders.SequenceEqual(histories.Select(h => h.Order).OrderBy(o => o.PurchasedAt).ThenBy(o => o.OrderId))
                && ledger.Feedback.SequenceEqual(histories.SelectMany(h => h.Feedback).OrderBy(f => f.ReceivedAt).ThenBy(f => f.OrderId))
                && ledger.Claims.SequenceEqual(histories.SelectMany(h => h.Claims).OrderBy(c => c.FiledAt).ThenBy(c => c.ClaimId))
                && ledger.Chargebacks.SequenceEqual(histories.SelectMany(h => h.Chargebacks).OrderBy(c => c.ReceivedAt).ThenBy(c => c.ChargebackId))
                && ledger.Returns.SequenceEqual(histories.SelectMany(h => h.Returns).OrderBy(r => r.RequestedAt).ThenBy(r => r.Key, StringComparer.Ordinal))
                && ledger.Contacts.SequenceEqual(histories.SelectMany(h => h.Contacts).OrderBy(c => c.BuyerContactedAt).ThenBy(c => c.OrderId));
            bool grouped = ledger.Orders.Select((o, i) => (o, i)).All(x =>
            {
                OrderId id = x.o.OrderId;
                OrderHistory history = ledger.GetHistory(id);
                return ledger.TryGetOrder(id, out Order? found) && found.Equals(x.o) && history.Order.Equals(x.o)
                    && history.Feedback.SequenceEqual(ledger.Feedback.Where(f => f.OrderId == id)) && ledger.FeedbackOf(id).SequenceEqual(history.Feedback)
                    && ledger.ClaimsOf(id).SequenceEqual(ledger.Claims.Where(c => c.OrderId == id)) && history.Claims.SequenceEqual(ledger.ClaimsOf(id))
                    && ledger.ChargebacksOf(id).SequenceEqual(ledger.Chargebacks.Where(c => c.OrderId == id)) && history.Chargebacks.SequenceEqual(ledger.ChargebacksOf(id))
                    && ledger.ReturnsOf(id).SequenceEqual(ledger.Returns.Where(r => r.OrderId == id)) && history.Returns.SequenceEqual(ledger.ReturnsOf(id))
                    && ledger.ContactsOf(id).SequenceEqual(ledger.Contacts.Where(c => c.OrderId == id)) && history.Contacts.SequenceEqual(ledger.ContactsOf(id));
            });
            return (ordered && grouped).Label($"ordered {ordered}, grouped {grouped}");
        });

    [Property(MaxTest = 150)]
    public Property Build_OrdersPurchasedAtTheSameInstant_AreOrderedById()
        => Prop.ForAll(Arb.From(DomainArbitraries.HistoriesUpTo(25)), histories =>
        {
            // Purchases snapped to 20-day steps: many orders share their purchase instant.
            Order[] orders = [.. histories.Select(h => h.Order.WithIdAndPurchase(h.Order.OrderId,
                DomainArbitraries.Epoch + Duration.FromDays((h.Order.PurchasedAt - DomainArbitraries.Epoch).Days / 20 * 20)))];
            SellerLedger.Builder builder = SellerLedger.CreateBuilder();
            foreach (Order o in orders.Reverse())
            {
                builder.Add(o);
            }

            SellerLedger ledger = builder.ToImmutable();
            return ledger.Orders.SequenceEqual(orders.OrderBy(o => o.PurchasedAt).ThenBy(o => o.OrderId))
                && orders.All(o => ledger.GetOrder(o.OrderId) == o && ledger.ClaimsOf(o.OrderId).IsEmpty);
        });

    [Property(MaxTest = 200)]
    public Property SortCanonically_WithManyTies_IsTheStableLinqOrder()
        => Prop.ForAll(Arb.From(Gen.ListOf(Gen.Choose(0, 4).SelectMany(t => Gen.Choose(0, 3).Select(k => (t, k))))), pairs =>
        {
            (Instant Time, int Key, int Tag)[] items = [.. pairs.Select((p, i) => (DomainArbitraries.Epoch + Duration.FromHours(p.t), p.k, i))];
            (Instant Time, int Key, int Tag)[] expected = [.. items.OrderBy(x => x.Time).ThenBy(x => x.Key)];
            (Instant Time, int Key, int Tag)[] sorted = [.. items];

            int[]? moved = SellerLedger.Builder.SortCanonically(sorted, static x => x.Time, static (a, b) => a.Key.CompareTo(b.Key));

            bool movedRight = moved is null ? items.SequenceEqual(expected) : moved.Select(i => items[i]).SequenceEqual(sorted);
            return (sorted.SequenceEqual(expected) && movedRight).Label($"sorted {string.Join(",", sorted.Select(x => x.Tag))}");
        });

    [Fact]
    public void LookUps_OrderNotInTheLedger_AreEmptyOrThrow()
    {
        SellerLedger ledger = SellerLedger.CreateBuilder().Add(OrderOf(A))
            .Add(new AtoZClaim(new ClaimId("C-1"), A, Purchased, ClaimReason.NotReceived)).ToImmutable();

        Assert.Single(ledger.ClaimsOf(A));
        Assert.Empty(ledger.ClaimsOf(Unknown));
        Assert.Empty(ledger.FeedbackOf(Unknown));
        Assert.Empty(ledger.ReturnsOf(Unknown));
        Assert.False(ledger.ContainsOrder(Unknown));
        Assert.False(ledger.TryGetOrder(Unknown, out _));
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => ledger.GetHistory(Unknown));
        Assert.Equal("The ledger has no order 111-9999999-9999999.", e.Message);
        Assert.Empty(SellerLedger.Empty.ClaimsOf(A));
    }

    [Fact]
    public void Build_LenientWithDuplicateOrdersOutOfOrder_KeepsTheFirstOfEachAndAttachesRecordsToIt()
    {
        var early = new Order(B, FulfillmentChannel.Mfn, Purchased - Duration.FromDays(2), [new OrderLine(Mug, 1, new Money(1m, "USD"))]);
        var first = new Order(A, FulfillmentChannel.Mfn, Purchased, [new OrderLine(Mug, 3, new Money(2m, "USD"))]);
        var second = new Order(A, FulfillmentChannel.Afn, Purchased - Duration.FromDays(5), [new OrderLine(Mug, 1, new Money(2m, "USD"))]);
        var claim = new AtoZClaim(new ClaimId("C-1"), A, Purchased + Duration.FromDays(1), ClaimReason.NotReceived);
        var ret = new ReturnRequest(new ReturnId("RMA-1"), A, Mug, 3, Purchased + Duration.FromDays(2), "DEFECTIVE");

        LedgerBuildResult result = SellerLedger.CreateBuilder().Add(first, At(1)).Add(second, At(2)).Add(early, At(3)).Add(claim, At(4)).Add(ret, At(5))
            .Build(LedgerBuildMode.Lenient);

        LedgerProblem problem = Assert.Single(result.Problems);
        Assert.Equal(At(2), problem.Location);
        SellerLedger ledger = result.Ledger!;
        Assert.Equal(new[] { early, first }, ledger.Orders.ToArray());
        Assert.Equal(first, ledger.GetOrder(A));
        Assert.Equal(early, ledger.GetOrder(B));
        Assert.Equal(claim, Assert.Single(ledger.ClaimsOf(A)));
        Assert.Equal(ret, Assert.Single(ledger.ReturnsOf(A)));
        Assert.Empty(ledger.ClaimsOf(B));
        Assert.Equal(1, result.RecordsLeftOut);
    }

    [Property(MaxTest = 200)]
    public Property Build_MessyRecords_GivesTheReferenceProblemsInOrderAndTheReferenceLedger()
        => Prop.ForAll(Arb.From(DomainArbitraries.HistoriesUpTo(12).SelectMany(h => Gen.Choose(0, int.MaxValue).Select(seed => (h, seed)))), input =>
        {
            ReferenceLedgerBuilder.Input records = Messy(input.Item1, input.Item2);
            ReferenceLedgerBuilder.Output expected = ReferenceLedgerBuilder.Build(records);
            SellerLedger.Builder builder = SellerLedger.CreateBuilder();
            records.Orders.ForEach(r => builder.Add(r.Record, r.At));
            records.Feedback.ForEach(r => builder.Add(r.Record, r.At));
            records.Claims.ForEach(r => builder.Add(r.Record, r.At));
            records.Chargebacks.ForEach(r => builder.Add(r.Record, r.At));
            records.Returns.ForEach(r => builder.Add(r.Record, r.At));
            records.Contacts.ForEach(r => builder.Add(r.Record, r.At));

            LedgerBuildResult lenient = builder.Build(LedgerBuildMode.Lenient);
            LedgerBuildResult strict = builder.Build();

            SellerLedger ledger = lenient.Ledger!;
            bool sameProblems = lenient.Problems.SequenceEqual(expected.Problems) && strict.Problems.SequenceEqual(expected.Problems)
                && lenient.RecordsLeftOut == expected.LeftOut && strict.Succeeded == expected.Problems.IsEmpty;
            bool sameLedger = ledger.Orders.SequenceEqual(expected.Orders) && ledger.Feedback.SequenceEqual(expected.Feedback)
                && ledger.Claims.SequenceEqual(expected.Claims) && ledger.Chargebacks.SequenceEqual(expected.Chargebacks)
                && ledger.Returns.SequenceEqual(expected.Returns) && ledger.Contacts.SequenceEqual(expected.Contacts)
                && ledger.Orders.All(o => ledger.GetHistory(o.OrderId).Claims.SequenceEqual(expected.Claims.Where(c => c.OrderId == o.OrderId))
                    && ledger.ReturnsOf(o.OrderId).SequenceEqual(expected.Returns.Where(r => r.OrderId == o.OrderId)));
            return (sameProblems && sameLedger).Label($"problems {sameProblems} ({lenient.Problems.Length} vs {expected.Problems.Length}), ledger {sameLedger}");
        });

    /// <summary>
    /// Returns the records of <paramref name="histories"/> made messy: dropped orders, duplicate orders (some purchased
    /// later, so records come before the purchase), second feedback, duplicate ids, returns above the ordered quantity
    /// and at tied instants, unknown SKUs, locations in two files and none; each kind shuffled.
    /// </summary>
    private static ReferenceLedgerBuilder.Input Messy(IReadOnlyList<OrderHistory> histories, int seed)
    {
        var random = new Random(seed);
        SourceLocation? Where() => random.Next(4) switch
        {
            0 => null,
            1 => new SourceLocation(null, random.Next(1, 30)),
            2 => new SourceLocation("a.jsonl", random.Next(1, 30)),
            _ => new SourceLocation("b.jsonl", random.Next(1, 30)),
        };
        List<(T Record, SourceLocation? At)> Shuffled<T>(IEnumerable<T> items) => [.. items.Select(r => (r, Where())).OrderBy(_ => random.Next())];

        var orders = new List<Order>();
        var feedback = new List<Feedback>();
        var claims = new List<AtoZClaim>();
        var chargebacks = new List<Chargeback>();
        var returns = new List<ReturnRequest>();
        var contacts = new List<BuyerContact>();
        Instant shared = histories[0].Order.PurchasedAt;
        foreach (OrderHistory h in histories)
        {
            Order o = h.Order;
            switch (random.Next(8))
            {
                case 0: // dropped: its records refer to an unknown order
                    break;
                case 1: // a later duplicate comes first and wins
                    orders.Add(o.WithIdAndPurchase(o.OrderId, o.PurchasedAt + Duration.FromDays(random.Next(1, 20))));
                    orders.Add(o);
                    break;
                case 2: // an earlier duplicate comes second and is left out
                    orders.Add(o);
                    orders.Add(o.WithIdAndPurchase(o.OrderId, o.PurchasedAt - Duration.FromHours(1)));
                    break;
                case 3: // purchased at the same instant as another order
                    orders.Add(o.WithIdAndPurchase(o.OrderId, shared));
                    break;
                default:
                    orders.Add(o);
                    break;
            }

            feedback.AddRange(h.Feedback);
            if (h.Feedback.Length > 0 && random.Next(3) == 0)
            {
                feedback.Add(new Feedback(o.OrderId, h.Feedback[0].ReceivedAt + Duration.FromHours(1), 3));
            }

            claims.AddRange(h.Claims);
            if (h.Claims.Length > 0 && random.Next(3) == 0)
            {
                claims.Add(new AtoZClaim(h.Claims[0].ClaimId, o.OrderId, o.PurchasedAt + Duration.FromDays(3), ClaimReason.NotReceived));
            }

            chargebacks.AddRange(h.Chargebacks);
            if (h.Chargebacks.Length > 0 && random.Next(3) == 0)
            {
                chargebacks.Add(h.Chargebacks[0]);
            }

            returns.AddRange(h.Returns);
            OrderLine line = o.Lines[0];
            Instant requested = h.Returns.Length > 0 ? h.Returns[0].RequestedAt : o.PurchasedAt + Duration.FromDays(5);
            switch (random.Next(6))
            {
                case 0: // the whole line again, at the same instant as another return: over the quantity, in add order
                    returns.Add(new ReturnRequest(new ReturnId($"X-{o.OrderId}"), o.OrderId, line.Sku, line.Quantity, requested, "DEFECTIVE"));
                    returns.Add(new ReturnRequest(new ReturnId($"W-{o.OrderId}"), o.OrderId, line.Sku, 1, requested, "DEFECTIVE"));
                    break;
                case 1: // two returnless refunds without RMA at one instant: the same key
                    returns.Add(new ReturnRequest(null, o.OrderId, line.Sku, 1, requested, "DEFECTIVE", returnless: true));
                    returns.Add(new ReturnRequest(null, o.OrderId, line.Sku, 1, requested, "DAMAGED_BY_CARRIER", returnless: true));
                    break;
                case 2:
                    returns.Add(new ReturnRequest(new ReturnId($"U-{o.OrderId}"), o.OrderId, new Sku("NOT-ON-ORDER"), 1, requested, "DEFECTIVE"));
                    break;
                case 3:
                    returns.Add(new ReturnRequest(new ReturnId($"C-{o.OrderId}"), o.OrderId, line.Sku, 1, requested, "DEFECTIVE", refundAmount: new Money(1m, "EUR")));
                    break;
                default:
                    break;
            }

            contacts.AddRange(h.Contacts);
            contacts.AddRange(h.Contacts.Take(random.Next(2)));
        }

        return new ReferenceLedgerBuilder.Input(
            Shuffled(orders), Shuffled(feedback), Shuffled(claims), Shuffled(chargebacks), Shuffled(returns), Shuffled(contacts));
    }
}
