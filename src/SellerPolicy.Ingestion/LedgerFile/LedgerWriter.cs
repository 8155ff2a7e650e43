using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// Writes a ledger in the JSON Lines format (docs/ledger-format.md). Reading the output back with
/// <see cref="LedgerReader"/> gives an equal ledger.
/// </summary>
/// <remarks>
/// Instants are written in UTC (<c>2026-01-05T10:00:00Z</c>); amounts as JSON numbers with their decimal
/// scale kept; absent optional fields are left out. Records are written order by order: each order followed
/// by its feedback, claims, chargebacks, returns and contacts.
/// </remarks>
public static class LedgerWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, SkipValidation = false };

    /// <summary>Writes every record of <paramref name="ledger"/> to <paramref name="stream"/>.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void Write(SellerLedger ledger, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        Write(ledger.Orders.Select(o => ledger.GetHistory(o.OrderId)), stream);
    }

    /// <summary>Writes orders with their records as they come (for streams too large to hold, such as a generator's).</summary>
    /// <param name="histories">The orders with their records.</param>
    /// <param name="stream">The destination; left open.</param>
    /// <returns>The number of records written.</returns>
    public static long Write(IEnumerable<OrderHistory> histories, Stream stream) => Write(histories, stream, LedgerWriteStyle.Compact);

    /// <summary>Writes orders with their records as they come, in the given style (the same records in every style).</summary>
    /// <param name="histories">The orders with their records.</param>
    /// <param name="stream">The destination; left open.</param>
    /// <param name="style">How the JSON is laid out.</param>
    /// <returns>The number of records written.</returns>
    public static long Write(IEnumerable<OrderHistory> histories, Stream stream, LedgerWriteStyle style)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(stream);
        if (!Enum.IsDefined(style))
        {
            throw new ArgumentOutOfRangeException(nameof(style), $"style has no value {style}; expected one of {string.Join(", ", Enum.GetNames<LedgerWriteStyle>())}.");
        }

        long records = 0;
        // Not disposed: disposing a BufferedStream would close the caller's stream.
        var buffered = new BufferedStream(stream, 1 << 16);
        var record = new System.Buffers.ArrayBufferWriter<byte>(1024); // a record before it is laid out again (Spaced)
        using var writer = style == LedgerWriteStyle.Compact ? new Utf8JsonWriter(buffered, Options) : new Utf8JsonWriter(record, Options);
        void End()
        {
            writer.Flush();
            if (style == LedgerWriteStyle.Spaced)
            {
                using JsonDocument document = JsonDocument.Parse(record.WrittenMemory);
                SpacedJson.Write(document.RootElement, buffered);
                record.ResetWrittenCount();
            }

            buffered.WriteByte((byte)'\n');
            writer.Reset();
            records++;
        }

        foreach (OrderHistory history in histories)
        {
            WriteOrder(writer, history.Order);
            End();
            foreach (Feedback f in history.Feedback)
            {
                WriteFeedback(writer, f);
                End();
            }

            foreach (AtoZClaim c in history.Claims)
            {
                WriteClaim(writer, c);
                End();
            }

            foreach (Chargeback c in history.Chargebacks)
            {
                WriteChargeback(writer, c);
                End();
            }

            foreach (ReturnRequest r in history.Returns)
            {
                WriteReturn(writer, r);
                End();
            }

            foreach (BuyerContact c in history.Contacts)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", "contact");
                writer.WriteString("orderId", c.OrderId.Value);
                Instant(writer, "buyerContactedAt", c.BuyerContactedAt);
                writer.WriteEndObject();
                End();
            }
        }

        writer.Flush();
        buffered.Flush();
        return records;
    }

    /// <summary>Writes a ledger to a file, replacing it.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="path">The file path.</param>
    public static void WriteFile(SellerLedger ledger, string path)
    {
        using FileStream stream = File.Create(path);
        Write(ledger, stream);
    }

    private static void WriteOrder(Utf8JsonWriter w, Order o)
    {
        w.WriteStartObject();
        w.WriteString("kind", "order");
        w.WriteString("orderId", o.OrderId.Value);
        w.WriteString("channel", o.Channel == FulfillmentChannel.Mfn ? "MFN" : "AFN");
        Instant(w, "purchasedAt", o.PurchasedAt);
        OptionalString(w, "marketplaceId", o.MarketplaceId?.Value);
        OptionalString(w, "buyerId", o.BuyerId?.Value);
        OptionalString(w, "shipToCountry", o.ShipToCountry);
        w.WriteStartArray("lines");
        foreach (OrderLine line in o.Lines)
        {
            w.WriteStartObject();
            w.WriteString("sku", line.Sku.Value);
            OptionalString(w, "asin", line.Asin?.Value);
            OptionalString(w, "category", line.Category);
            w.WriteNumber("quantity", line.Quantity);
            Money(w, "unitPrice", line.UnitPrice);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        OptionalMoney(w, "shippingPrice", o.ShippingPrice);
        OptionalInstant(w, "latestShipDate", o.LatestShipDate);
        OptionalInstant(w, "shippedAt", o.ShippedAt);
        OptionalString(w, "trackingId", o.TrackingId);
        OptionalInstant(w, "firstCarrierScanAt", o.FirstCarrierScanAt);
        if (o.BuyShippingClaimsProtected)
        {
            w.WriteBoolean("buyShippingClaimsProtected", true);
        }

        OptionalInstant(w, "latestDeliveryDate", o.LatestDeliveryDate);
        OptionalInstant(w, "deliveredAt", o.DeliveredAt);
        OptionalInstant(w, "cancelledAt", o.CancelledAt);
        OptionalString(w, "cancelledBy", o.CancelledBy?.ToString());
        if (o.CancelledByAssumed)
        {
            w.WriteBoolean("cancelledByAssumed", true);
        }

        w.WriteEndObject();
    }

    private static void WriteFeedback(Utf8JsonWriter w, Feedback f)
    {
        w.WriteStartObject();
        w.WriteString("kind", "feedback");
        w.WriteString("orderId", f.OrderId.Value);
        Instant(w, "receivedAt", f.ReceivedAt);
        w.WriteNumber("rating", f.Rating);
        OptionalInstant(w, "removedAt", f.RemovedAt);
        OptionalString(w, "removal", f.Removal?.ToString());
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, AtoZClaim c)
    {
        w.WriteStartObject();
        w.WriteString("kind", "claim");
        w.WriteString("claimId", c.ClaimId.Value);
        w.WriteString("orderId", c.OrderId.Value);
        Instant(w, "filedAt", c.FiledAt);
        w.WriteString("reason", c.Reason.ToString());
        OptionalString(w, "outcome", c.Outcome?.ToString());
        OptionalInstant(w, "decidedAt", c.DecidedAt);
        OptionalInstant(w, "reversedAt", c.ReversedAt);
        w.WriteEndObject();
    }

    private static void WriteChargeback(Utf8JsonWriter w, Chargeback c)
    {
        w.WriteStartObject();
        w.WriteString("kind", "chargeback");
        w.WriteString("chargebackId", c.ChargebackId.Value);
        w.WriteString("orderId", c.OrderId.Value);
        Instant(w, "receivedAt", c.ReceivedAt);
        w.WriteString("type", c.Type.ToString());
        OptionalString(w, "outcome", c.Outcome?.ToString());
        OptionalInstant(w, "decidedAt", c.DecidedAt);
        w.WriteEndObject();
    }

    private static void WriteReturn(Utf8JsonWriter w, ReturnRequest r)
    {
        w.WriteStartObject();
        w.WriteString("kind", "return");
        OptionalString(w, "returnId", r.ReturnId?.Value);
        w.WriteString("orderId", r.OrderId.Value);
        w.WriteString("sku", r.Sku.Value);
        w.WriteNumber("quantity", r.Quantity);
        Instant(w, "requestedAt", r.RequestedAt);
        w.WriteString("reason", r.Reason);
        if (r.InPolicy is { } inPolicy)
        {
            w.WriteBoolean("inPolicy", inPolicy);
        }

        OptionalInstant(w, "respondedAt", r.RespondedAt);
        w.WriteString("status", r.Status.ToString());
        w.WriteBoolean("rejectedIncorrectly", r.RejectedIncorrectly);
        w.WriteBoolean("negativeReturnFeedback", r.NegativeReturnFeedback);
        OptionalInstant(w, "shippedAt", r.ShippedAt);
        OptionalInstant(w, "receivedAt", r.ReceivedAt);
        OptionalInstant(w, "refundedAt", r.RefundedAt);
        OptionalMoney(w, "refundAmount", r.RefundAmount);
        w.WriteBoolean("returnless", r.Returnless);
        w.WriteEndObject();
    }

    private static void Instant(Utf8JsonWriter w, string name, Instant value) => w.WriteString(name, InstantPattern.ExtendedIso.Format(value));

    private static void OptionalInstant(Utf8JsonWriter w, string name, Instant? value)
    {
        if (value is { } v)
        {
            Instant(w, name, v);
        }
    }

    private static void OptionalString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Money(Utf8JsonWriter w, string name, Money value)
    {
        w.WriteStartObject(name);
        w.WriteNumber("amount", value.Amount);
        w.WriteString("currency", value.Currency);
        w.WriteEndObject();
    }

    private static void OptionalMoney(Utf8JsonWriter w, string name, Money? value)
    {
        if (value is { } v)
        {
            Money(w, name, v);
        }
    }
}
