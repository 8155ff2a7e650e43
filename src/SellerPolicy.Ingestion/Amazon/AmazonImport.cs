using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// Turns a seller's Amazon downloads (orders, returns and feedback reports, plus our claims and shipments CSV files)
/// into one validated <see cref="SellerLedger"/>, reporting every problem with its file, line and column.
/// </summary>
/// <remarks>
/// <para>Files are read row by row, by header name (unknown columns are ignored; a missing required column is a
/// problem naming it). The orders are read first, then shipments facts are laid onto them, then returns, feedback,
/// claims and chargebacks are attached; the ledger builder then checks what spans records (unknown orders,
/// duplicate ids, returned quantities...).</para>
/// <para>Conflicts between files are problems: the same order with two fulfilment channels, a return of an
/// Amazon-fulfilled order (the returns report lists seller-fulfilled returns only), a return whose order date is
/// not the order's, shipments facts for an unknown order, a cancellation in the shipments file for an order the
/// report does not show cancelled.</para>
/// <para>Strict mode (default) produces no ledger when there is any problem; lenient mode leaves the bad records out
/// and counts them. Either way every problem is listed and the summary says what was read and left out.</para>
/// </remarks>
public static class AmazonImport
{
    /// <summary>Reads every source and builds the ledger.</summary>
    /// <param name="sources">The files; at least one orders report.</param>
    /// <param name="options">Strictness and assumptions; <see cref="AmazonImportOptions.Default"/> when null.</param>
    /// <param name="progress">Told every 1000 rows and at the end of each file, when given.</param>
    /// <returns>The ledger build (ledger and every problem) and a summary.</returns>
    /// <exception cref="ArgumentException"><paramref name="sources"/> has no orders report.</exception>
    /// <exception cref="IOException">A file cannot be opened or read.</exception>
    public static AmazonImportResult Run(AmazonImportSources sources, AmazonImportOptions? options = null, IProgress<AmazonImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Orders.IsDefaultOrEmpty)
        {
            throw new ArgumentException("at least one All Orders report is required: every other record refers to an order.", nameof(sources));
        }

        options ??= AmazonImportOptions.Default;
        var context = new ImportContext(options, progress);
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();

        var orders = new AllOrdersReport(context);
        foreach (AmazonSourceFile file in sources.Orders)
        {
            orders.Read(file);
        }

        if (context.Marketplace is null && orders.MarketplacesSeen.ToArray() is [AmazonMarketplace named])
        {
            context.Marketplace = named;
        }

        var shipments = new ShipmentsFile(context);
        foreach (AmazonSourceFile file in Of(sources.Shipments))
        {
            shipments.Read(file);
        }

        var fbaShipments = new FbaShipmentsReport(context);
        foreach (AmazonSourceFile file in Of(sources.FbaShipments))
        {
            fbaShipments.Read(file);
        }

        List<(Order Order, SourceLocation At, bool Cancelled)> made = orders.Finish();
        var byId = new Dictionary<OrderId, Order>(made.Count);
        int assumedCancellations = 0;
        foreach ((Order reportOrder, SourceLocation at, bool cancelled) in made)
        {
            Order order = reportOrder;
            if (shipments.ByOrder.Remove(order.OrderId, out ShipmentsFile.Facts? facts))
            {
                order = Apply(order, cancelled, facts, context, builder);
            }

            if (fbaShipments.ByOrder.Remove(order.OrderId, out FbaShipmentsReport.Shipment? shipment))
            {
                order = ApplyFba(order, cancelled, shipment, context);
            }

            if (order.CancelledAt is not null && cancelled && (facts?.CancelledBy is null))
            {
                assumedCancellations++;

                // Carried into the ledger, so the figures that count the cancellation say they rest on it (issue 17 item 15).
                order = order.CancelledBy == options.AssumedCancelledBy ? order.WithCancelledByAssumed(true) : order;
            }

            byId[order.OrderId] = order;
            builder.Add(order, at);
        }

        foreach ((OrderId id, ShipmentsFile.Facts facts) in shipments.ByOrder)
        {
            string why = orders.IsLeftOut(id) ? $"order {id}, which was left out because of its problems" : $"unknown order {id}";
            context.Problems.Add(new LedgerProblem(LedgerProblemKind.UnknownOrder, $"shipments row refers to {why}.", facts.At, ShipmentsFile.OrderIdColumn));
            facts.File.RowsLeftOut++;
        }

        foreach ((OrderId id, FbaShipmentsReport.Shipment shipment) in fbaShipments.ByOrder)
        {
            string why = orders.IsLeftOut(id) ? $"order {id}, which was left out because of its problems" : $"unknown order {id}";
            context.Problems.Add(new LedgerProblem(LedgerProblemKind.UnknownOrder, $"FBA shipments row refers to {why}.", shipment.At, FbaShipmentsReport.OrderIdColumn));
            foreach (FileCounter file in shipment.Rows)
            {
                file.RowsLeftOut++;
            }
        }

        if (assumedCancellations > 0)
        {
            context.Notes.Add($"{ImportContext.Count(assumedCancellations, "cancelled order has", "cancelled orders have")} no cancelledBy in a shipments file: taken as cancelled by {options.AssumedCancelledBy} at their last-updated-date (the orders report does not say who cancelled).");
        }

        var claims = new ClaimsFile(context);
        foreach (AmazonSourceFile file in Of(sources.Claims))
        {
            claims.Read(file);
        }

        var claimedOrders = claims.Claims.Select(c => c.Claim.OrderId).ToHashSet();
        var pending = new List<(SourceLocation At, FileCounter File)>();

        var returns = new ReturnsReport(context);
        foreach (AmazonSourceFile file in Of(sources.Returns))
        {
            returns.Read(file);
        }

        int flaggedWithoutClaim = 0;
        foreach (ReturnsReport.Item item in returns.Items)
        {
            if (Attachable(item.Request.OrderId, "return", item.At, item.File, ReturnsReport.OrderIdColumn, orders, context) is false)
            {
                continue;
            }

            if (byId.TryGetValue(item.Request.OrderId, out Order? order))
            {
                if (order.Channel == FulfillmentChannel.Afn)
                {
                    context.Problems.Add(new LedgerProblem(LedgerProblemKind.InvalidValue,
                        $"conflict: the returns report lists seller-fulfilled returns, but order {order.OrderId} is Amazon-fulfilled (AFN) in the orders report.",
                        item.At, ReturnsReport.OrderIdColumn));
                    item.File.RowsLeftOut++;
                    continue;
                }

                if (item.OrderDate is { } orderDate && Math.Abs((orderDate - order.PurchasedAt).TotalHours) >= 48)
                {
                    context.Problems.Add(new LedgerProblem(LedgerProblemKind.InvalidValue,
                        $"column '{ReturnsReport.OrderDate}': conflict: {Day(orderDate, options)} is not the purchase date of order {order.OrderId} ({Day(order.PurchasedAt, options)}) in the orders report.",
                        item.At, ReturnsReport.OrderDate));
                    item.File.RowsLeftOut++;
                    continue;
                }

                if (item.AtoZClaimFlagged && !claimedOrders.Contains(order.OrderId))
                {
                    flaggedWithoutClaim++;
                }
            }

            builder.Add(item.Request, item.At);
            pending.Add((item.At, item.File));
        }

        var fbaReturns = new FbaReturnsReport(context);
        foreach (AmazonSourceFile file in Of(sources.FbaReturns))
        {
            fbaReturns.Read(file);
        }

        int fbaReturnsAdded = 0;
        foreach ((ReturnRequest request, SourceLocation at, FileCounter file) in fbaReturns.Items)
        {
            if (Attachable(request.OrderId, "FBA return", at, file, FbaReturnsReport.OrderIdColumn, orders, context) is false)
            {
                continue;
            }

            if (byId.TryGetValue(request.OrderId, out Order? order) && order.Channel == FulfillmentChannel.Mfn)
            {
                context.Problems.Add(new LedgerProblem(LedgerProblemKind.InvalidValue,
                    $"conflict: the FBA customer returns report lists returns of Amazon-fulfilled orders, but order {order.OrderId} is seller-fulfilled (MFN) in the orders report.",
                    at, FbaReturnsReport.OrderIdColumn));
                file.RowsLeftOut++;
                continue;
            }

            builder.Add(request, at);
            pending.Add((at, file));
            fbaReturnsAdded++;
        }

        if (fbaReturnsAdded > 0)
        {
            context.Notes.Add($"{ImportContext.Count(fbaReturnsAdded, "FBA customer return was", "FBA customer returns were")} read as received and answered at {(fbaReturnsAdded == 1 ? "its" : "their")} return-date (Amazon handles FBA returns).");
        }

        if (flaggedWithoutClaim > 0)
        {
            context.Notes.Add($"{ImportContext.Count(flaggedWithoutClaim, "return is", "returns are")} flagged 'A-to-Z Claim' in the returns report but {(flaggedWithoutClaim == 1 ? "its order has" : "their orders have")} no claim in a claims file: add the claims (docs/importing.md) or the ODR will miss them.");
        }

        (string? format, string origin) = FeedbackFormat(options, orders);
        var feedback = new FeedbackReport(context);
        foreach (AmazonSourceFile file in Of(sources.Feedback))
        {
            feedback.Read(file, format, origin);
        }

        if (!sources.Feedback.IsDefaultOrEmpty && format is not null)
        {
            context.Notes.Add($"feedback dates read as {format} ({origin}), each at the start of its day in {options.DateZone.Id}.");
        }

        foreach ((Feedback f, SourceLocation at, FileCounter file) in feedback.Items)
        {
            if (Attachable(f.OrderId, "feedback", at, file, FeedbackReport.OrderIdColumn, orders, context) is not false)
            {
                builder.Add(f, at);
                pending.Add((at, file));
            }
        }

        foreach ((AtoZClaim c, SourceLocation at, FileCounter file) in claims.Claims)
        {
            if (Attachable(c.OrderId, $"claim {c.ClaimId}", at, file, ClaimsFile.OrderIdColumn, orders, context) is not false)
            {
                builder.Add(c, at);
                pending.Add((at, file));
            }
        }

        foreach ((Chargeback c, SourceLocation at, FileCounter file) in claims.Chargebacks)
        {
            if (Attachable(c.OrderId, $"chargeback {c.ChargebackId}", at, file, ClaimsFile.OrderIdColumn, orders, context) is not false)
            {
                builder.Add(c, at);
                pending.Add((at, file));
            }
        }

        foreach (LedgerProblem problem in context.Problems)
        {
            builder.AddProblem(problem);
        }

        // Records (not rows, not problems) left out before the builder: each order once, each other record once.
        int leftOutBefore = orders.LeftOutOrders + context.Files
            .Where(f => f.Kind is AmazonFileKind.Returns or AmazonFileKind.Feedback or AmazonFileKind.ClaimsAndChargebacks or AmazonFileKind.FbaCustomerReturns)
            .Sum(f => f.RowsLeftOut);
        LedgerBuildResult build = builder.Build(options.Mode);
        var rejected = build.Problems.Select(p => p.Location).OfType<SourceLocation>().ToHashSet();
        foreach ((SourceLocation at, FileCounter file) in pending)
        {
            if (rejected.Contains(at))
            {
                file.RowsLeftOut++;
            }
            else
            {
                file.RowsUsed++;
            }
        }

        SellerLedger? ledger = build.Ledger;
        var summary = new AmazonImportSummary(
            [.. context.Files.Select(f => f.ToSummary())],
            ledger?.Orders.Length ?? 0,
            ledger?.Feedback.Length ?? 0,
            ledger?.Claims.Length ?? 0,
            ledger?.Chargebacks.Length ?? 0,
            ledger?.Returns.Length ?? 0,
            ledger?.Contacts.Length ?? 0,
            build.Problems.Length,
            leftOutBefore + (build.RecordsLeftOut - context.Problems.Count),
            [.. context.Notes]);
        return new AmazonImportResult(build, summary);
    }

    private static ImmutableArray<AmazonSourceFile> Of(ImmutableArray<AmazonSourceFile> files) => files.IsDefault ? [] : files;

    private static string Day(Instant instant, AmazonImportOptions options) => instant.InZone(options.DateZone).Date.ToString("uuuu-MM-dd", null);

    /// <summary>Returns false (after reporting it) when the record's order was read but left out; else true or null.</summary>
    private static bool? Attachable(OrderId id, string what, SourceLocation at, FileCounter file, string column, AllOrdersReport orders, ImportContext context)
    {
        if (!orders.IsLeftOut(id))
        {
            return null;
        }

        context.Problems.Add(new LedgerProblem(LedgerProblemKind.UnknownOrder, $"{what} refers to order {id}, which was left out because of its problems.", at, column));
        file.RowsLeftOut++;
        return false;
    }

    private static (string? Format, string Origin) FeedbackFormat(AmazonImportOptions options, AllOrdersReport orders)
    {
        if (options.FeedbackDateFormat is { } explicitFormat)
        {
            return (explicitFormat, "the format given");
        }

        if (options.Marketplace is { } marketplace)
        {
            return (marketplace.FeedbackDateFormat, $"marketplace {marketplace.SalesChannel}");
        }

        AmazonMarketplace[] seen = [.. orders.MarketplacesSeen];
        return seen.Length == 1
            ? (seen[0].FeedbackDateFormat, $"marketplace {seen[0].SalesChannel}, named by the orders report")
            : (null, seen.Length == 0 ? "no marketplace known" : "the orders report names several marketplaces");
    }

    /// <summary>Lays an FBA shipment onto its order: ship time and tracking, unless our shipments file gave them; conflicts are problems.</summary>
    private static Order ApplyFba(Order order, bool cancelled, FbaShipmentsReport.Shipment shipment, ImportContext context)
    {
        string? conflict = cancelled
            ? $"conflict: order {order.OrderId} is shipped here but cancelled in the orders report."
            : order.Channel == FulfillmentChannel.Mfn
                ? $"conflict: the FBA shipments report lists Amazon-fulfilled orders, but order {order.OrderId} is seller-fulfilled (MFN) in the orders report."
                : null;
        Instant? shippedAt = order.ShippedAt ?? shipment.ShippedAt;
        string? trackingId = order.TrackingId ?? shipment.TrackingId;
        if (conflict is null
            && Order.FindViolation(
                order.OrderId, order.Channel, order.PurchasedAt, order.Lines, order.MarketplaceId, order.BuyerId, order.ShipToCountry, order.ShippingPrice,
                order.LatestShipDate, shippedAt, trackingId, order.FirstCarrierScanAt, order.BuyShippingClaimsProtected, order.LatestDeliveryDate,
                order.DeliveredAt, order.CancelledAt, order.CancelledBy) is { } violation)
        {
            conflict = $"column '{FbaShipmentsReport.ShipmentDate}': {violation.Rule}";
        }

        if (conflict is null)
        {
            Order shipped = order.WithShipment(shippedAt, trackingId, order.FirstCarrierScanAt);
            foreach (FileCounter file in shipment.Rows)
            {
                file.RowsUsed++;
            }

            return shipped;
        }

        context.Problems.Add(new LedgerProblem(LedgerProblemKind.InvalidValue, conflict, shipment.At, FbaShipmentsReport.OrderIdColumn));
        foreach (FileCounter file in shipment.Rows)
        {
            file.RowsLeftOut++;
        }

        return order;
    }

    private static Order Apply(Order order, bool cancelled, ShipmentsFile.Facts facts, ImportContext context, SellerLedger.Builder builder)
    {
        if (!cancelled && (facts.CancelledAt is not null || facts.CancelledBy is not null))
        {
            string column = facts.CancelledAt is not null ? ShipmentsFile.CancelledAt : ShipmentsFile.CancelledByColumn;
            context.Problems.Add(new LedgerProblem(LedgerProblemKind.InvalidValue,
                $"column '{column}': conflict: order {order.OrderId} is not cancelled in the orders report.", facts.At, column));
            facts.File.RowsLeftOut++;
            return order;
        }

        if (facts.BuyerContactedAt is { } contacted && contacted < order.PurchasedAt)
        {
            context.Problems.Add(new LedgerProblem(LedgerProblemKind.EventBeforePurchase,
                $"column '{ShipmentsFile.BuyerContactedAt}': the buyer's message is before order {order.OrderId} was placed.", facts.At, ShipmentsFile.BuyerContactedAt));
            facts.File.RowsLeftOut++;
            return order;
        }

        Instant? cancelledAt = cancelled ? facts.CancelledAt ?? order.CancelledAt : null;
        CancelledBy? cancelledBy = cancelled ? facts.CancelledBy ?? order.CancelledBy : null;
        if (Order.FindViolation(
                order.OrderId, order.Channel, order.PurchasedAt, order.Lines, order.MarketplaceId, order.BuyerId, order.ShipToCountry, order.ShippingPrice,
                facts.LatestShipDate, facts.ShippedAt, facts.TrackingId, facts.FirstCarrierScanAt, facts.BuyShippingClaimsProtected ?? false,
                facts.LatestDeliveryDate, facts.DeliveredAt, cancelledAt, cancelledBy) is { } violation)
        {
            string? column = violation.Field != "purchasedAt" ? violation.Field : null;
            context.Problems.Add(new LedgerProblem(LedgerProblemKind.InvalidValue, column is null ? violation.Rule : $"column '{column}': {violation.Rule}", facts.At, column));
            facts.File.RowsLeftOut++;
            return order;
        }

        var withFacts = new Order(
            order.OrderId, order.Channel, order.PurchasedAt, order.Lines, order.MarketplaceId, order.BuyerId, order.ShipToCountry, order.ShippingPrice,
            facts.LatestShipDate, facts.ShippedAt, facts.TrackingId, facts.FirstCarrierScanAt, facts.BuyShippingClaimsProtected ?? false,
            facts.LatestDeliveryDate, facts.DeliveredAt, cancelledAt, cancelledBy);
        if (facts.BuyerContactedAt is { } at)
        {
            builder.Add(new BuyerContact(order.OrderId, at), facts.At);
        }

        facts.File.RowsUsed++;
        return withFacts;
    }
}
