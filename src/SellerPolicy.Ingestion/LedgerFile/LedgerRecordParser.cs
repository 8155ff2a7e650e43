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
    public static readonly FrozenDictionary<string, FulfillmentChannel> Channels =
        new Dictionary<string, FulfillmentChannel> { ["MFN"] = FulfillmentChannel.Mfn, ["AFN"] = FulfillmentChannel.Afn }.ToFrozenDictionary();

    private static readonly string[] Kinds = ["order", "feedback", "claim", "chargeback", "return", "contact"];

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

            if (!root.TryGetProperty("kind", out JsonElement kindElement) || kindElement.ValueKind != JsonValueKind.String)
            {
                output.Add(new ParsedLine(new LedgerProblem(LedgerProblemKind.Syntax, "kind is required: one of order, feedback, claim, chargeback, return, contact.", at, "kind"), at));
                return;
            }

            string kind = kindElement.GetString()!;
            var record = new JsonRecord(root, symbols);
            string what = kind;
            string? orderId = null; // of an order record, to say where it was refused
            switch (kind)
            {
                case "order":
                    orderId = record.String("orderId", required: false);
                    what = $"order {orderId}";
                    ReadOrder(record, orders, at);

                    break;
                case "feedback":
                    what = $"feedback on order {record.String("orderId", required: false)}";
                    if (ReadFeedback(record) is { } feedback && record.Errors.Count == 0)
                    {
                        output.Add(new ParsedLine(feedback, at));
                    }

                    break;
                case "claim":
                    what = $"claim {record.String("claimId", required: false)}";
                    if (ReadClaim(record) is { } claim && record.Errors.Count == 0)
                    {
                        output.Add(new ParsedLine(claim, at));
                    }

                    break;
                case "chargeback":
                    what = $"chargeback {record.String("chargebackId", required: false)}";
                    if (ReadChargeback(record) is { } chargeback && record.Errors.Count == 0)
                    {
                        output.Add(new ParsedLine(chargeback, at));
                    }

                    break;
                case "return":
                    what = $"return {record.String("returnId", required: false) ?? "(no RMA)"}";
                    if (ReadReturn(record) is { } request && record.Errors.Count == 0)
                    {
                        output.Add(new ParsedLine(request, at));
                    }

                    break;
                case "contact":
                    what = $"contact on order {record.String("orderId", required: false)}";
                    if (ReadContact(record) is { } contact && record.Errors.Count == 0)
                    {
                        output.Add(new ParsedLine(contact, at));
                    }

                    break;
                default:
                    output.Add(new ParsedLine(
                        new LedgerProblem(LedgerProblemKind.Syntax, $"unknown kind '{kind}'; expected one of {string.Join(", ", Kinds)}.", at, "kind"), at));
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
        string? orderId = r.String("orderId", required: true);
        FulfillmentChannel? channel = r.Enum("channel", required: true, Channels);
        Instant? purchasedAt = r.Instant("purchasedAt", required: true);
        string? marketplaceId = r.Symbol("marketplaceId", required: false);
        string? buyerId = r.String("buyerId", required: false);
        string? shipToCountry = r.Symbol("shipToCountry", required: false);
        Money? shippingPrice = r.Money("shippingPrice", required: false);
        Instant? latestShipDate = r.Instant("latestShipDate", required: false);
        Instant? shippedAt = r.Instant("shippedAt", required: false);
        string? trackingId = r.String("trackingId", required: false);
        Instant? firstScan = r.Instant("firstCarrierScanAt", required: false);
        bool protectedLabel = r.Bool("buyShippingClaimsProtected") ?? false;
        Instant? latestDeliveryDate = r.Instant("latestDeliveryDate", required: false);
        Instant? deliveredAt = r.Instant("deliveredAt", required: false);
        Instant? cancelledAt = r.Instant("cancelledAt", required: false);
        CancelledBy? cancelledBy = r.Enum<CancelledBy>("cancelledBy", required: false);
        bool cancelledByAssumed = r.Bool("cancelledByAssumed") ?? false;
        if (cancelledByAssumed && cancelledBy is null)
        {
            r.Add("cancelledByAssumed", "needs a cancelledBy (the canceller that was assumed)");
        }

        var lines = new List<OrderLine>();
        if (!r.TryGet("lines", out JsonElement linesElement))
        {
            r.Add("lines", "is required (at least one line)");
        }
        else if (linesElement.ValueKind != JsonValueKind.Array)
        {
            r.Add("lines", "must be an array of order lines");
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
                string? sku = line.Symbol("sku", required: true);
                string? asin = line.Symbol("asin", required: false);
                string? category = line.Symbol("category", required: false);
                int? quantity = line.Int("quantity", required: true);
                Money? unitPrice = line.Money("unitPrice", required: true);
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
        string? orderId = r.String("orderId", required: true);
        Instant? receivedAt = r.Instant("receivedAt", required: true);
        int? rating = r.Int("rating", required: true);
        Instant? removedAt = r.Instant("removedAt", required: false);
        FeedbackRemoval? removal = r.Enum<FeedbackRemoval>("removal", required: false);
        return r.Errors.Count > 0 || !r.Refuse(Feedback.FindViolation(new OrderId(orderId!), receivedAt!.Value, rating!.Value, removedAt, removal))
            ? null
            : new Feedback(new OrderId(orderId!), receivedAt!.Value, rating!.Value, removedAt, removal);
    }

    private static AtoZClaim? ReadClaim(JsonRecord r)
    {
        string? claimId = r.String("claimId", required: true);
        string? orderId = r.String("orderId", required: true);
        Instant? filedAt = r.Instant("filedAt", required: true);
        ClaimReason? reason = r.Enum<ClaimReason>("reason", required: true);
        ClaimOutcome? outcome = r.Enum<ClaimOutcome>("outcome", required: false);
        Instant? decidedAt = r.Instant("decidedAt", required: false);
        Instant? reversedAt = r.Instant("reversedAt", required: false);
        return r.Errors.Count > 0 || !r.Refuse(AtoZClaim.FindViolation(new ClaimId(claimId!), new OrderId(orderId!), filedAt!.Value, reason!.Value, outcome, decidedAt, reversedAt))
            ? null
            : new AtoZClaim(new ClaimId(claimId!), new OrderId(orderId!), filedAt!.Value, reason!.Value, outcome, decidedAt, reversedAt);
    }

    private static Chargeback? ReadChargeback(JsonRecord r)
    {
        string? id = r.String("chargebackId", required: true);
        string? orderId = r.String("orderId", required: true);
        Instant? receivedAt = r.Instant("receivedAt", required: true);
        ChargebackType? type = r.Enum<ChargebackType>("type", required: true);
        ChargebackOutcome? outcome = r.Enum<ChargebackOutcome>("outcome", required: false);
        Instant? decidedAt = r.Instant("decidedAt", required: false);
        return r.Errors.Count > 0 || !r.Refuse(Chargeback.FindViolation(new ChargebackId(id!), new OrderId(orderId!), receivedAt!.Value, type!.Value, outcome, decidedAt))
            ? null
            : new Chargeback(new ChargebackId(id!), new OrderId(orderId!), receivedAt!.Value, type!.Value, outcome, decidedAt);
    }

    private static ReturnRequest? ReadReturn(JsonRecord r)
    {
        string? returnId = r.String("returnId", required: false);
        string? orderId = r.String("orderId", required: true);
        string? sku = r.Symbol("sku", required: true);
        int? quantity = r.Int("quantity", required: true);
        Instant? requestedAt = r.Instant("requestedAt", required: true);
        string? reason = r.Symbol("reason", required: true);
        bool? inPolicy = r.Bool("inPolicy");
        Instant? respondedAt = r.Instant("respondedAt", required: false);
        ReturnStatus? status = r.Enum<ReturnStatus>("status", required: false);
        bool rejectedIncorrectly = r.Bool("rejectedIncorrectly") ?? false;
        bool negativeFeedback = r.Bool("negativeReturnFeedback") ?? false;
        Instant? shippedAt = r.Instant("shippedAt", required: false);
        Instant? receivedAt = r.Instant("receivedAt", required: false);
        Instant? refundedAt = r.Instant("refundedAt", required: false);
        Money? refundAmount = r.Money("refundAmount", required: false);
        bool returnless = r.Bool("returnless") ?? false;
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
        string? orderId = r.String("orderId", required: true);
        Instant? at = r.Instant("buyerContactedAt", required: true);
        return r.Errors.Count > 0 || !r.Refuse(BuyerContact.FindViolation(new OrderId(orderId!), at!.Value)) ? null : new BuyerContact(new OrderId(orderId!), at!.Value);
    }
}
