using NodaTime;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Tests.Amazon;

public class AmazonImportTests
{
    private static readonly AmazonImportOptions Lenient = new() { Mode = LedgerBuildMode.Lenient };

    private static AmazonImportSources CrossFileBroken => new()
    {
        Orders = AmazonTestFiles.Files("orders-2026-01.txt"),
        Returns = AmazonTestFiles.Files("broken/returns-conflicts.txt"),
        Feedback = AmazonTestFiles.Files("broken/feedback-bad.txt"),
        Claims = AmazonTestFiles.Files("broken/claims-bad.csv"),
        Shipments = AmazonTestFiles.Files("broken/shipments-bad.csv"),
    };

    [Fact]
    public void Samples_ImportWithoutProblems_IntoTheExpectedLedger()
    {
        AmazonImportResult result = AmazonImport.Run(AmazonTestFiles.Samples);

        Assert.Empty(result.Problems);
        Assert.True(result.Succeeded);
        Assert.Equal("SellerLedger: 25 orders, 4 feedback, 3 claims, 2 chargebacks, 6 returns, 2 contacts", result.Ledger.ToString());
        Assert.Equal(25, result.Summary.Orders);
        Assert.Equal(0, result.Summary.RecordsLeftOut);
    }

    [Fact]
    public void Samples_Summary_AccountsForEveryRowOfEveryFile()
    {
        AmazonImportSummary summary = AmazonImport.Run(AmazonTestFiles.Samples).Summary;

        Assert.Equal(
            [
                new AmazonFileSummary("orders-2026-01.txt", AmazonFileKind.AllOrders, 31, 27, 0, 3, 1),
                new AmazonFileSummary("orders-2026-02-by-last-update.txt", AmazonFileKind.AllOrders, 5, 5, 0, 0, 0),
                new AmazonFileSummary("shipments.csv", AmazonFileKind.Shipments, 18, 18, 0, 0, 0),
                new AmazonFileSummary("claims.csv", AmazonFileKind.ClaimsAndChargebacks, 5, 5, 0, 0, 0),
                new AmazonFileSummary("returns.txt", AmazonFileKind.Returns, 6, 6, 0, 0, 0),
                new AmazonFileSummary("returns-empty.txt", AmazonFileKind.Returns, 0, 0, 0, 0, 0),
                new AmazonFileSummary("feedback.txt", AmazonFileKind.Feedback, 4, 4, 0, 0, 0),
                new AmazonFileSummary("feedback-header-only.txt", AmazonFileKind.Feedback, 0, 0, 0, 0, 0),
            ],
            summary.Files.ToArray());
        Assert.All(summary.Files, f => Assert.Equal(f.RowsRead, f.RowsUsed + f.RowsLeftOut + f.RowsSuperseded + f.RowsSkipped));
        Assert.Contains("1 order row of sales channel Non-Amazon (Multi-Channel Fulfilment orders from other shops) was skipped: Amazon does not judge them.", summary.Notes);
        Assert.Contains("returns-empty.txt: the file is empty (an empty report: no rows).", summary.Notes);
    }

    [Fact]
    public void MultiItemOrder_RowsBecomeLines_WithItemPriceAsLineTotal()
    {
        SellerLedger ledger = AmazonImport.Run(AmazonTestFiles.Samples).Ledger!;

        Order order = ledger.GetOrder(new OrderId("111-0000002-0000002"));
        Assert.Equal(FulfillmentChannel.Mfn, order.Channel);
        Assert.Equal(Instant.FromUtc(2026, 1, 3, 22, 2, 11), order.PurchasedAt);
        Assert.Equal(2, order.Lines.Length);
        Assert.Equal(new OrderLine(new Sku("MUG-01"), 2, new Money(9.99m, "USD"), new Asin("B000000001")), order.Lines[0]);
        Assert.Equal(new Money(27.48m, "USD"), order.ItemTotal);
        Assert.Equal(new Money(3.99m, "USD"), order.ShippingPrice);
        Assert.Equal(new MarketplaceId("ATVPDKIKX0DER"), order.MarketplaceId);
        Assert.Equal("US", order.ShipToCountry);
    }

    [Fact]
    public void AmazonChannel_IsAfn()
        => Assert.Equal(FulfillmentChannel.Afn, AmazonImport.Run(AmazonTestFiles.Samples).Ledger!.GetOrder(new OrderId("111-0000003-0000003")).Channel);

    [Fact]
    public void OddWhitespace_AndNoBreakSpace_AreTrimmed()
    {
        Order order = AmazonImport.Run(AmazonTestFiles.Samples).Ledger!.GetOrder(new OrderId("111-0000011-0000011"));

        Assert.Equal(new Sku("MUG-01"), order.Lines[0].Sku);
        Assert.Equal(4, order.Lines[0].Quantity);
    }

    [Fact]
    public void CancelledOrder_WithoutShipmentsRow_IsCancelledBySellerAtLastUpdate()
    {
        Order order = AmazonImport.Run(AmazonTestFiles.Samples).Ledger!.GetOrder(new OrderId("111-0000009-0000009"));

        Assert.Equal(Instant.FromUtc(2026, 1, 15, 20, 0), order.CancelledAt);
        Assert.Equal(CancelledBy.Seller, order.CancelledBy);
        Assert.Equal(new OrderLine(new Sku("KETTLE-03"), 1, new Money(0m, "USD"), new Asin("B000000003")), Assert.Single(order.Lines));
    }

    [Fact]
    public void AssumedCancelledBy_IsAnOption()
    {
        var options = new AmazonImportOptions { AssumedCancelledBy = CancelledBy.Buyer };

        Order order = AmazonImport.Run(AmazonTestFiles.Samples, options).Ledger!.GetOrder(new OrderId("111-0000009-0000009"));

        Assert.Equal(CancelledBy.Buyer, order.CancelledBy);
    }

    [Fact]
    public void ShipmentsRow_SaysWhoCancelled()
    {
        SellerLedger ledger = AmazonImport.Run(AmazonTestFiles.Samples).Ledger!;

        Assert.Equal(CancelledBy.Buyer, ledger.GetOrder(new OrderId("111-0000004-0000004")).CancelledBy);
        Assert.Equal(CancelledBy.System, ledger.GetOrder(new OrderId("111-0000018-0000018")).CancelledBy);
    }

    [Fact]
    public void CancelledItemLine_IsLeftOff_AnOrderWhoseOtherItemsStand()
    {
        AmazonImportResult result = AmazonImport.Run(AmazonTestFiles.Samples);

        Order order = result.Ledger!.GetOrder(new OrderId("111-0000006-0000006"));
        Assert.Equal(new Sku("TOWEL-02"), Assert.Single(order.Lines).Sku);
        Assert.Null(order.CancelledAt);
        Assert.Contains("1 cancelled item line (item-status Cancelled, or quantity 0) was left off orders whose other items stand: a cancelled item is no sale.", result.Summary.Notes);
    }

    [Fact]
    public void LaterLastUpdatedDate_ReplacesTheEarlierState()
    {
        SellerLedger ledger = AmazonImport.Run(AmazonTestFiles.Samples).Ledger!;

        Order wasPending = ledger.GetOrder(new OrderId("111-0000015-0000015"));
        Assert.Equal(new Money(9.99m, "USD"), wasPending.ItemTotal);
        Order wasUnshipped = ledger.GetOrder(new OrderId("111-0000019-0000019"));
        Assert.Equal(Instant.FromUtc(2026, 2, 13, 8, 0), wasUnshipped.CancelledAt);
        Assert.Equal(CancelledBy.Seller, wasUnshipped.CancelledBy);
    }

    [Fact]
    public void ShipmentsFacts_AreLaidOntoTheOrder()
    {
        SellerLedger ledger = AmazonImport.Run(AmazonTestFiles.Samples).Ledger!;

        Order order = ledger.GetOrder(new OrderId("111-0000008-0000008"));
        Assert.Equal(Instant.FromUtc(2026, 1, 14, 7, 59, 59), order.LatestShipDate);
        Assert.Equal(Instant.FromUtc(2026, 1, 13, 10, 0), order.ShippedAt);
        Assert.Equal("1Z0008", order.TrackingId);
        Assert.Equal(Instant.FromUtc(2026, 1, 13, 18, 0), order.FirstCarrierScanAt);
        Assert.True(order.BuyShippingClaimsProtected);
        Assert.Equal(Instant.FromUtc(2026, 1, 19, 7, 59, 59), order.LatestDeliveryDate);
        Assert.Equal(Instant.FromUtc(2026, 1, 18, 11, 0), order.DeliveredAt);
        Assert.Equal(Instant.FromUtc(2026, 1, 8, 9, 0), ledger.GetHistory(new OrderId("111-0000002-0000002")).FirstContactAt);
    }

    [Fact]
    public void Returns_KeepRmaReasonPolicyAndRefund_AndReturnlessRefundHasNoRma()
    {
        SellerLedger ledger = AmazonImport.Run(AmazonTestFiles.Samples).Ledger!;

        ReturnRequest standard = Assert.Single(ledger.ReturnsOf(new OrderId("111-0000002-0000002")));
        Assert.Equal(new ReturnId("DXq1AbC9RMA"), standard.ReturnId);
        Assert.Equal("DEFECTIVE", standard.Reason);
        Assert.True(standard.InPolicy);
        Assert.Equal(ReturnStatus.Authorized, standard.Status);
        Assert.Equal(standard.RequestedAt, standard.RespondedAt);
        Assert.Equal(new Money(9.99m, "USD"), standard.RefundAmount);
        Assert.Equal(Instant.FromUtc(2026, 1, 22, 0, 0), standard.ReceivedAt);

        ReturnRequest returnless = Assert.Single(ledger.ReturnsOf(new OrderId("111-0000008-0000008")));
        Assert.Null(returnless.ReturnId);
        Assert.True(returnless.Returnless);
        Assert.Equal("111-0000008-0000008/TOWEL-02/2026-01-25T00:00:00Z", returnless.Key);

        ReturnRequest spelledDate = Assert.Single(ledger.ReturnsOf(new OrderId("111-0000005-0000005")));
        Assert.Equal(Instant.FromUtc(2026, 1, 20, 0, 0), spelledDate.RequestedAt);
        Assert.Equal(ReturnStatus.Closed, spelledDate.Status);

        ReturnRequest pending = Assert.Single(ledger.ReturnsOf(new OrderId("111-0000011-0000011")));
        Assert.Null(pending.RespondedAt);
    }

    [Fact]
    public void ReturnResponseAssumption_CanBeTurnedOff()
    {
        var options = new AmazonImportOptions { AssumeDecidedReturnsAnsweredOnTime = false };

        SellerLedger ledger = AmazonImport.Run(AmazonTestFiles.Samples, options).Ledger!;

        Assert.All(ledger.Returns, r => Assert.Null(r.RespondedAt));
    }

    [Fact]
    public void Feedback_DatesFollowTheMarketplaceNamedByTheOrders()
    {
        AmazonImportResult result = AmazonImport.Run(AmazonTestFiles.Samples);

        Feedback feedback = Assert.Single(result.Ledger!.FeedbackOf(new OrderId("111-0000010-0000010")));
        Assert.Equal(Instant.FromUtc(2026, 1, 28, 0, 0), feedback.ReceivedAt);
        Assert.Equal(3, feedback.Rating);
        Assert.Contains("feedback dates read as M/d/yy (marketplace Amazon.com, named by the orders report), each at the start of its day in UTC.", result.Summary.Notes);
    }

    [Fact]
    public void Feedback_ExplicitDayFirstFormat_IsUsed_AndMonthFirstDatesFailOrMoveMonths()
    {
        var options = new AmazonImportOptions { FeedbackDateFormat = "dd/MM/yy", Mode = LedgerBuildMode.Lenient };

        AmazonImportResult result = AmazonImport.Run(AmazonTestFiles.Samples, options);

        Assert.Equal(
            [
                "feedback.txt:3: column 'Date': '01/19/26' is not a date in the format dd/MM/yy (the format given).",
                "feedback.txt:4: column 'Date': '1/28/26' is not a date in the format dd/MM/yy (the format given).",
            ],
            result.Problems.Select(p => p.ToString()));

        // Read day first, 01/09/26 is the 1st of September: why the format is never guessed.
        Assert.Equal(Instant.FromUtc(2026, 9, 1, 0, 0), Assert.Single(result.Ledger!.FeedbackOf(new OrderId("111-0000002-0000002"))).ReceivedAt);
    }

    [Fact]
    public void Feedback_WithoutAnyKnownMarketplace_IsAProblem_NotAGuess()
    {
        string orders = "amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsku\tquantity\tcurrency\titem-price\n"
                        + "111-1\t2026-01-02T09:00:00Z\t2026-01-02T09:00:00Z\tShipped\tMerchant\tA\t1\tUSD\t1.00\n";
        var sources = new AmazonImportSources
        {
            Orders = [AmazonSourceFile.FromText("o.txt", orders)],
            Feedback = [AmazonSourceFile.FromText("f.txt", "Date\tRating\tOrder ID\n01/05/26\t1\t111-1\n")],
        };

        AmazonImportResult result = AmazonImport.Run(sources, Lenient);

        Assert.Equal(
            ["f.txt:1: column 'Date': the date format is unknown (month or day first?); give the marketplace or a feedback date format such as MM/dd/yy."],
            result.Problems.Select(p => p.ToString()));
        Assert.Empty(result.Ledger!.Feedback);
        Assert.Equal(1, result.Summary.Files[1].RowsLeftOut);
    }

    [Fact]
    public void BrokenOrders_EveryProblemHasFileLineColumnAndMessage()
    {
        var sources = new AmazonImportSources { Orders = AmazonTestFiles.Files("broken/orders-bad-values.txt", "broken/orders-missing-quantity.txt") };

        AmazonImportResult result = AmazonImport.Run(sources);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "broken/orders-bad-values.txt:2: column 'quantity': must be a whole number of at least 0, was 'two'.",
                "broken/orders-bad-values.txt:3: column 'purchase-date': '2026-01-32T10:00:00+00:00' is not a date or time in a form Amazon's reports use; " + AmazonDates.Accepted(AmazonMarketplace.UnitedStates),
                "broken/orders-bad-values.txt:4: column 'order-status': 'Lost' is not an order status; expected Pending, PendingAvailability, Unshipped, PartiallyShipped, Shipped, InvoiceUnconfirmed, Canceled or Unfulfillable.",
                "broken/orders-bad-values.txt:6: column 'fulfillment-channel': conflict: order 111-0000004-0000004 is Amazon (AFN) here but Merchant (MFN) at broken/orders-bad-values.txt:5.",
                "broken/orders-bad-values.txt:7: column 'fulfillment-channel': 'Seller' is not a fulfilment channel; expected Amazon (AFN) or Merchant (MFN).",
                "broken/orders-bad-values.txt:8: column 'item-price': must be an amount such as 12.34 (a dot before the cents, no thousands separator), was '9,99'.",
                "broken/orders-bad-values.txt:9: the row cannot be read: text follows the closing quote of a quoted field.",
                "broken/orders-bad-values.txt:11: column 'quantity': is 0, but neither the item nor the order is cancelled; a quantity of at least 1 is required.",
                "broken/orders-bad-values.txt:12: the row has 3 fields, the header has 32: column 'last-updated-date' and those after it are missing.",
                "broken/orders-missing-quantity.txt:1: required column 'quantity' (or 'quantity-purchased') is missing from the header row.",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal(
            ["quantity", "purchase-date", "order-status", "fulfillment-channel", "fulfillment-channel", "item-price", null, "quantity", "last-updated-date", "quantity"],
            result.Problems.Select(p => p.Field));
    }

    [Fact]
    public void BrokenOrders_Lenient_KeepsTheGoodOrder_AndCountsEveryRowLeftOut()
    {
        var sources = new AmazonImportSources { Orders = AmazonTestFiles.Files("broken/orders-bad-values.txt", "broken/orders-missing-quantity.txt") };

        AmazonImportResult result = AmazonImport.Run(sources, Lenient);

        Assert.Equal(new OrderId("111-0000007-0000007"), Assert.Single(result.Ledger!.Orders).OrderId);
        Assert.Equal(10, result.Problems.Length);
        Assert.Equal(
            [
                new AmazonFileSummary("broken/orders-bad-values.txt", AmazonFileKind.AllOrders, 11, 1, 10, 0, 0),
                new AmazonFileSummary("broken/orders-missing-quantity.txt", AmazonFileKind.AllOrders, 1, 0, 1, 0, 0),
            ],
            result.Summary.Files.ToArray());
        // 11 + 1 rows and 10 problems, but 7 orders: a record is counted once however many of its rows or fields are bad
        // (the rows that cannot be read at all, and the file without its quantity column, count as rows only).
        Assert.Equal(7, result.Summary.RecordsLeftOut);
        Assert.Equal(11, result.Summary.RowsLeftOut);
    }

    [Fact]
    public void BrokenCompanionFiles_ConflictsAndBadValues_AreReportedExactly()
    {
        AmazonImportResult result = AmazonImport.Run(CrossFileBroken);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "broken/claims-bad.csv:2: column 'kind': 'complaint' is not a kind; expected claim or chargeback.",
                "broken/claims-bad.csv:3: column 'reason': 'Lost' is not one of NotReceived, DamagedOrDefective, MateriallyDifferent, ReturnNotRefunded, RefundPromiseNotKept, Other.",
                "broken/claims-bad.csv:4: column 'outcome': decidedAt requires outcome: give both or neither.",
                "broken/claims-bad.csv:5: claim AZ-3: filedAt (2026-01-01T10:00:00Z) is before order 111-0000005-0000005 was placed (2026-01-06T11:20:00Z).",
                "broken/claims-bad.csv:6: chargeback CB-1 refers to unknown order 111-0000404-0000404.",
                "broken/feedback-bad.txt:2: column 'Rating': must be 1-5, was 7.",
                "broken/feedback-bad.txt:3: column 'Date': '13/45/26' is not a date in the format M/d/yy (marketplace Amazon.com, named by the orders report).",
                "broken/feedback-bad.txt:4: column 'Order ID': is empty; a value is required.",
                "broken/returns-conflicts.txt:2: return RMA-UNKNOWN refers to unknown order 111-0000099-0000099.",
                "broken/returns-conflicts.txt:3: conflict: the returns report lists seller-fulfilled returns, but order 111-0000003-0000003 is Amazon-fulfilled (AFN) in the orders report.",
                "broken/returns-conflicts.txt:4: column 'Order date': conflict: 2025-12-20 is not the purchase date of order 111-0000002-0000002 (2026-01-03) in the orders report.",
                "broken/returns-conflicts.txt:5: column 'In policy': must be Y or N (or Yes, No, true, false), was 'maybe'.",
                "broken/returns-conflicts.txt:6: return RMA-TOO-MANY returns 2 of SKU MUG-01, but order 111-0000001-0000001 has 1.",
                "broken/returns-conflicts.txt:7: column 'Return request status': 'Shredded' is not a return request status; expected Pending, Approved, Authorized, Rejected, Received, Refunded or Closed.",
                "broken/shipments-bad.csv:2: column 'shippedAt': shippedAt (2026-01-01T09:00:00Z) must not be before purchasedAt (2026-01-02T09:15:00Z).",
                "broken/shipments-bad.csv:3: shipments row refers to unknown order 111-0000404-0000404.",
                "broken/shipments-bad.csv:5: column 'orderId': order 111-0000002-0000002 already has a shipments row at broken/shipments-bad.csv:4; give one row per order.",
                "broken/shipments-bad.csv:6: column 'cancelledBy': conflict: order 111-0000006-0000006 is not cancelled in the orders report.",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void BrokenCompanionFiles_Lenient_LeavesOutOnlyTheBadRows_AndSaysSo()
    {
        AmazonImportResult result = AmazonImport.Run(CrossFileBroken, Lenient);

        Assert.Equal(18, result.Problems.Length);
        Assert.Equal(24, result.Ledger!.Orders.Length);
        Assert.Equal(new OrderId("111-0000010-0000010"), Assert.Single(result.Ledger.Feedback).OrderId);
        Assert.Equal(Instant.FromUtc(2026, 1, 5, 9, 0), result.Ledger.GetOrder(new OrderId("111-0000002-0000002")).ShippedAt);
        Assert.Null(result.Ledger.GetOrder(new OrderId("111-0000001-0000001")).ShippedAt);
        Assert.Equal(
            [
                new AmazonFileSummary("orders-2026-01.txt", AmazonFileKind.AllOrders, 31, 30, 0, 0, 1),
                new AmazonFileSummary("broken/shipments-bad.csv", AmazonFileKind.Shipments, 5, 1, 4, 0, 0),
                new AmazonFileSummary("broken/claims-bad.csv", AmazonFileKind.ClaimsAndChargebacks, 5, 0, 5, 0, 0),
                new AmazonFileSummary("broken/returns-conflicts.txt", AmazonFileKind.Returns, 6, 0, 6, 0, 0),
                new AmazonFileSummary("broken/feedback-bad.txt", AmazonFileKind.Feedback, 4, 1, 3, 0, 0),
            ],
            result.Summary.Files.ToArray());
        // 18 problems; 14 records (5 claims and chargebacks, 6 returns, 3 feedback): the 4 shipments rows left out are facts, not records.
        Assert.Equal(14, result.Summary.RecordsLeftOut);
        Assert.Equal(18, result.Summary.RowsLeftOut);
    }

    [Fact]
    public void RecordOfAnOrderLeftOut_SaysWhy()
    {
        string orders = "amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsku\tquantity\tcurrency\titem-price\n"
                        + "111-1\t2026-01-02T09:00:00Z\t2026-01-02T09:00:00Z\tShipped\tMerchant\tA\tx\tUSD\t1.00\n";
        var sources = new AmazonImportSources
        {
            Orders = [AmazonSourceFile.FromText("o.txt", orders)],
            Claims = [AmazonSourceFile.FromText("c.csv", "kind,id,orderId,filedAt,reason\nclaim,C-1,111-1,2026-01-20,NotReceived\n")],
        };

        AmazonImportResult result = AmazonImport.Run(sources, Lenient);

        Assert.Equal(
            [
                "c.csv:2: claim C-1 refers to order 111-1, which was left out because of its problems.",
                "o.txt:2: column 'quantity': must be a whole number of at least 0, was 'x'.",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void UnknownColumns_AreIgnored_AndHeaderCaseAndSpacesDoNotMatter()
    {
        string orders = " Amazon-Order-ID \tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsku\tquantity\tcurrency\titem-price\tbrand-new-column\n"
                        + "111-1\t2026-01-02T09:00:00Z\t2026-01-02T09:00:00Z\tShipped\tMerchant\tA\t1\tEUR\t1.00\twhatever\n";

        AmazonImportResult result = AmazonImport.Run(new AmazonImportSources { Orders = [AmazonSourceFile.FromText("o.txt", orders)] });

        Assert.Empty(result.Problems);
        Assert.Equal("EUR", Assert.Single(result.Ledger!.Orders).Currency);
    }

    [Fact]
    public void Progress_IsReportedForEveryFile()
    {
        var seen = new List<AmazonImportProgress>();

        AmazonImport.Run(AmazonTestFiles.Samples, progress: new SyncProgress(seen.Add));

        Assert.Contains(new AmazonImportProgress("orders-2026-01.txt", AmazonFileKind.AllOrders, 31, true), seen);
        Assert.Equal(8, seen.Count(p => p.Finished));
    }

    [Fact]
    public void Run_WithoutOrders_Throws()
        => Assert.Throws<ArgumentException>(() => AmazonImport.Run(new AmazonImportSources()));

    private sealed class SyncProgress(Action<AmazonImportProgress> report) : IProgress<AmazonImportProgress>
    {
        public void Report(AmazonImportProgress value) => report(value);
    }
}
