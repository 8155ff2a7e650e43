using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using NodaTime;
using SellerPolicy.Ingestion.Internal;
using SellerPolicy.Ledger;
using SellerPolicy.Ledger.HighPerformance;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>Turns one JSON Lines record into a domain record, or into problems naming the line and field.</summary>
internal static class LedgerRecordParser
{
    public static readonly FrozenDictionary<string, FulfillmentChannel> Channels = LedgerSchema.Channels.ToFrozenDictionary(c => c.Name, c => c.Value);

    /// <summary>
    /// Parses one line: an order is added to <paramref name="orders"/> (in file order with the fast path's; the batch refuses
    /// it, with its problem, when a rule of <see cref="Order"/> does not hold), any other record, or every problem the line
    /// has (each naming the line and field), to <paramref name="output"/>.
    /// </summary>
    public static void Parse(ReadOnlyMemory<byte> line, SourceLocation at, SymbolTable symbols, OrderBatch orders, List<ParsedLine> output)
    {
        if (Utf8Text.TryFindInvalid(line.Span, out int bad))
        {
            output.Add(new ParsedLine(
                new LedgerProblem(LedgerProblemKind.Syntax,
                    $"not valid UTF-8: byte 0x{line.Span[bad]:X2} at byte {bad + 1} of the line (a ledger file is UTF-8 text; was it saved in another encoding?).", at),
                at));
            return;
        }

        JsonDocument document;
        try
        {
            document = Utf8Text.ParseDocument(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            output.Add(new ParsedLine(new LedgerProblem(LedgerProblemKind.Syntax, $"not valid JSON: {ex.Message}", at), at));
            return;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                output.Add(new ParsedLine(new LedgerProblem(LedgerProblemKind.Syntax, "a ledger line must be a JSON object with a \"kind\".", at), at));
                return;
            }

            if (!root.TryGetProperty(LedgerSchema.Utf8(LedgerField.Kind), out JsonElement kindElement) || kindElement.ValueKind != JsonValueKind.String)
            {
                output.Add(new ParsedLine(new LedgerProblem(LedgerProblemKind.Syntax, $"kind is required: one of {LedgerSchema.KindList}.", at, LedgerSchema.Name(LedgerField.Kind)), at));
                return;
            }

            string kind = kindElement.GetString()!;
            var record = new JsonRecord(root, symbols);
            string what = kind;
            string? orderId = null; // of an order record, to say where it was refused
            switch (LedgerSchema.FindKind(kind))
            {
                case LedgerKind.Order:
                    orderId = record.String(LedgerField.OrderId, required: false);
                    what = $"order {orderId}";
                    ReadOrder(record, orders, at);

                    break;
                case LedgerKind.Feedback:
                    what = $"feedback on order {record.String(LedgerField.OrderId, required: false)}";
                    if (ReadFeedback(record) is { } feedback && record.Errors.Count == 0)
                    {
                        output.Add(new ParsedLine(feedback, at));
                    }

                    break;
                case LedgerKind.Claim:
                    what = $"claim {record.String(LedgerField.ClaimId, required: false)}";
                    if (ReadClaim(record) is { } claim && record.Errors.Count == 0)
                    {
                        output.Add(new ParsedLine(claim, at));
                    }

                    break;
                case LedgerKind.Chargeback:
                    what = $"chargeback {record.String(LedgerField.ChargebackId, required: false)}";
                    if (ReadChargeback(record) is { } chargeback && record.Errors.Count == 0)
                    {
                        output.Add(new ParsedLine(chargeback, at));
                    }

                    break;
                case LedgerKind.Return:
                    what = $"return {record.String(LedgerField.ReturnId, required: false) ?? "(no RMA)"}";
                    if (ReadReturn(record) is { } request && record.Errors.Count == 0)
                    {
                        output.Add(new ParsedLine(request, at));
                    }

                    break;
                case LedgerKind.Contact:
                    what = $"contact on order {record.String(LedgerField.OrderId, required: false)}";
                    if (ReadContact(record) is { } contact && record.Errors.Count == 0)
                    {
                        output.Add(new ParsedLine(contact, at));
                    }

                    break;
                default:
                    output.Add(new ParsedLine(
                        new LedgerProblem(LedgerProblemKind.Syntax, $"unknown kind '{kind}'; expected one of {LedgerSchema.KindList}.", at, LedgerSchema.Name(LedgerField.Kind)), at));
                    return;
            }

            if (record.Violation is { } violation)
            {
                // A rule that spans fields, checked by the record's own FindViolation (the one its constructor uses).
                output.Add(Refused(orderId, new LedgerProblem(LedgerProblemKind.InvalidValue, $"{what}: {violation.Rule}", at, violation.Field), at));
                return;
            }

            foreach ((string field, string message) in record.Errors)
            {
                // The first problem of a refused order carries its id, so the records referring to it can say where it was refused.
                output.Add(Refused(orderId, new LedgerProblem(LedgerProblemKind.InvalidValue, message, at, field), at));
                orderId = null;
            }
        }
    }

    /// <summary>The line of a problem: a refused order (when its id is known) or a plain problem.</summary>
    private static ParsedLine Refused(string? orderId, LedgerProblem problem, SourceLocation at)
        => string.IsNullOrWhiteSpace(orderId) ? new ParsedLine(problem, at) : new ParsedLine(new RefusedOrder(new OrderId(orderId), problem), at);

    /// <summary>Reads an order's fields and gives them to the batch (which checks the order's rules), unless a field is bad.</summary>
    private static void ReadOrder(JsonRecord r, OrderBatch orders, SourceLocation at)
    {
        string? orderId = r.String(LedgerField.OrderId, required: true);
        FulfillmentChannel? channel = r.Enum(LedgerField.Channel, required: true, Channels);
        Instant? purchasedAt = r.Instant(LedgerField.PurchasedAt, required: true);
        string? marketplaceId = r.Symbol(LedgerField.MarketplaceId, required: false);
        string? buyerId = r.String(LedgerField.BuyerId, required: false);
        string? shipToCountry = r.Symbol(LedgerField.ShipToCountry, required: false);
        Money? shippingPrice = r.Money(LedgerField.ShippingPrice, required: false);
        Instant? latestShipDate = r.Instant(LedgerField.LatestShipDate, required: false);
        Instant? shippedAt = r.Instant(LedgerField.ShippedAt, required: false);
        string? trackingId = r.String(LedgerField.TrackingId, required: false);
        Instant? firstScan = r.Instant(LedgerField.FirstCarrierScanAt, required: false);
        bool protectedLabel = r.Bool(LedgerField.BuyShippingClaimsProtected) ?? false;
        Instant? latestDeliveryDate = r.Instant(LedgerField.LatestDeliveryDate, required: false);
        Instant? deliveredAt = r.Instant(LedgerField.DeliveredAt, required: false);
        Instant? cancelledAt = r.Instant(LedgerField.CancelledAt, required: false);
        CancelledBy? cancelledBy = r.Enum<CancelledBy>(LedgerField.CancelledBy, required: false);
        bool cancelledByAssumed = r.Bool(LedgerField.CancelledByAssumed) ?? false;
        if (cancelledByAssumed && cancelledBy is null)
        {
            r.Add(LedgerField.CancelledByAssumed, "needs a cancelledBy (the canceller that was assumed)");
        }

        var lines = new List<OrderLine>();
        if (!r.TryGet(LedgerField.Lines, out JsonElement linesElement))
        {
            r.Add(LedgerField.Lines, "is required (at least one line)");
        }
        else if (linesElement.ValueKind != JsonValueKind.Array)
        {
            r.Add(LedgerField.Lines, "must be an array of order lines");
        }
        else
        {
            int i = 0;
            foreach (JsonElement lineElement in linesElement.EnumerateArray())
            {
                string prefix = $"lines[{i++}].";
                if (lineElement.ValueKind != JsonValueKind.Object)
                {
                    r.Add(prefix.TrimEnd('.'), "must be an object");
                    continue;
                }

                JsonRecord line = r.Child(lineElement, prefix);
                string? sku = line.Symbol(LedgerField.Sku, required: true);
                string? asin = line.Symbol(LedgerField.Asin, required: false);
                string? category = line.Symbol(LedgerField.Category, required: false);
                int? quantity = line.Int(LedgerField.Quantity, required: true);
                Money? unitPrice = line.Money(LedgerField.UnitPrice, required: true);
                if (asin is not null && Asin.FindViolation(asin) is { } badAsin)
                {
                    line.Add(badAsin.Field, badAsin);
                }
                else if (sku is not null && quantity is not null && unitPrice is not null)
                {
                    Asin? known = asin is null ? null : new Asin(asin);
                    if (OrderLine.FindViolation(new Sku(sku), quantity.Value, unitPrice.Value, known, category) is { } violation)
                    {
                        line.Add(violation.Field, violation);
                    }
                    else
                    {
                        lines.Add(new OrderLine(new Sku(sku), quantity.Value, unitPrice.Value, known, category));
                    }
                }
            }
        }

        if (r.Errors.Count > 0)
        {
            return;
        }

        // An empty buyer id is given as a blank one, which the batch refuses with the rule that names it.
        byte[] buyer = buyerId is null ? [] : buyerId.Length == 0 ? " "u8.ToArray() : Encoding.UTF8.GetBytes(buyerId);
        _ = orders.Add(
            Encoding.UTF8.GetBytes(orderId!), channel!.Value, purchasedAt!.Value, [.. lines], at, marketplaceId, buyer, shipToCountry, shippingPrice,
            latestShipDate, shippedAt, trackingId is null ? [] : Encoding.UTF8.GetBytes(trackingId), firstScan, protectedLabel, latestDeliveryDate,
            deliveredAt, cancelledAt, cancelledBy, cancelledByAssumed);
    }

    private static Feedback? ReadFeedback(JsonRecord r)
    {
        string? orderId = r.String(LedgerField.OrderId, required: true);
        Instant? receivedAt = r.Instant(LedgerField.ReceivedAt, required: true);
        int? rating = r.Int(LedgerField.Rating, required: true);
        Instant? removedAt = r.Instant(LedgerField.RemovedAt, required: false);
        FeedbackRemoval? removal = r.Enum<FeedbackRemoval>(LedgerField.Removal, required: false);
        return r.Errors.Count > 0 || !r.Refuse(Feedback.FindViolation(new OrderId(orderId!), receivedAt!.Value, rating!.Value, removedAt, removal))
            ? null
            : new Feedback(new OrderId(orderId!), receivedAt!.Value, rating!.Value, removedAt, removal);
    }

    private static AtoZClaim? ReadClaim(JsonRecord r)
    {
        string? claimId = r.String(LedgerField.ClaimId, required: true);
        string? orderId = r.String(LedgerField.OrderId, required: true);
        Instant? filedAt = r.Instant(LedgerField.FiledAt, required: true);
        ClaimReason? reason = r.Enum<ClaimReason>(LedgerField.Reason, required: true);
        ClaimOutcome? outcome = r.Enum<ClaimOutcome>(LedgerField.Outcome, required: false);
        Instant? decidedAt = r.Instant(LedgerField.DecidedAt, required: false);
        Instant? reversedAt = r.Instant(LedgerField.ReversedAt, required: false);
        return r.Errors.Count > 0 || !r.Refuse(AtoZClaim.FindViolation(new ClaimId(claimId!), new OrderId(orderId!), filedAt!.Value, reason!.Value, outcome, decidedAt, reversedAt))
            ? null
            : new AtoZClaim(new ClaimId(claimId!), new OrderId(orderId!), filedAt!.Value, reason!.Value, outcome, decidedAt, reversedAt);
    }

    private static Chargeback? ReadChargeback(JsonRecord r)
    {
        string? id = r.String(LedgerField.ChargebackId, required: true);
        string? orderId = r.String(LedgerField.OrderId, required: true);
        Instant? receivedAt = r.Instant(LedgerField.ReceivedAt, required: true);
        ChargebackType? type = r.Enum<ChargebackType>(LedgerField.Type, required: true);
        ChargebackOutcome? outcome = r.Enum<ChargebackOutcome>(LedgerField.Outcome, required: false);
        Instant? decidedAt = r.Instant(LedgerField.DecidedAt, required: false);
        return r.Errors.Count > 0 || !r.Refuse(Chargeback.FindViolation(new ChargebackId(id!), new OrderId(orderId!), receivedAt!.Value, type!.Value, outcome, decidedAt))
            ? null
            : new Chargeback(new ChargebackId(id!), new OrderId(orderId!), receivedAt!.Value, type!.Value, outcome, decidedAt);
    }

    private static ReturnRequest? ReadReturn(JsonRecord r)
    {
        string? returnId = r.String(LedgerField.ReturnId, required: false);
        string? orderId = r.String(LedgerField.OrderId, required: true);
        string? sku = r.Symbol(LedgerField.Sku, required: true);
        int? quantity = r.Int(LedgerField.Quantity, required: true);
        Instant? requestedAt = r.Instant(LedgerField.RequestedAt, required: true);
        string? reason = r.Symbol(LedgerField.Reason, required: true);
        bool? inPolicy = r.Bool(LedgerField.InPolicy);
        Instant? respondedAt = r.Instant(LedgerField.RespondedAt, required: false);
        ReturnStatus? status = r.Enum<ReturnStatus>(LedgerField.Status, required: false);
        bool rejectedIncorrectly = r.Bool(LedgerField.RejectedIncorrectly) ?? false;
        bool negativeFeedback = r.Bool(LedgerField.NegativeReturnFeedback) ?? false;
        Instant? shippedAt = r.Instant(LedgerField.ShippedAt, required: false);
        Instant? receivedAt = r.Instant(LedgerField.ReceivedAt, required: false);
        Instant? refundedAt = r.Instant(LedgerField.RefundedAt, required: false);
        Money? refundAmount = r.Money(LedgerField.RefundAmount, required: false);
        bool returnless = r.Bool(LedgerField.Returnless) ?? false;
        if (r.Errors.Count > 0 || (returnId is not null && !r.Refuse(ReturnId.FindViolation(returnId))))
        {
            return null;
        }

        ReturnId? rma = returnId is null ? null : new ReturnId(returnId);
        var order = new OrderId(orderId!);
        var returned = new Sku(sku!);
        ReturnStatus standing = status ?? ReturnStatus.Requested;
        return !r.Refuse(ReturnRequest.FindViolation(rma, order, returned, quantity!.Value, requestedAt!.Value, reason, standing, respondedAt, shippedAt, receivedAt, refundedAt, refundAmount))
            ? null
            : new ReturnRequest(
                rma, order, returned, quantity.Value, requestedAt.Value, reason!, standing, inPolicy, respondedAt, rejectedIncorrectly, negativeFeedback,
                shippedAt, receivedAt, refundedAt, refundAmount, returnless);
    }

    private static BuyerContact? ReadContact(JsonRecord r)
    {
        string? orderId = r.String(LedgerField.OrderId, required: true);
        Instant? at = r.Instant(LedgerField.BuyerContactedAt, required: true);
        return r.Errors.Count > 0 || !r.Refuse(BuyerContact.FindViolation(new OrderId(orderId!), at!.Value)) ? null : new BuyerContact(new OrderId(orderId!), at!.Value);
    }
}
