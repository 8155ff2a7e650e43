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
                WriteContact(writer, c);
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
        w.WriteString(LedgerSchema.Json(LedgerField.Kind), LedgerSchema.Json(LedgerKind.Order));
        w.WriteString(LedgerSchema.Json(LedgerField.OrderId), o.OrderId.Value);
        w.WriteString(LedgerSchema.Json(LedgerField.Channel), LedgerSchema.Name(o.Channel));
        Instant(w, LedgerField.PurchasedAt, o.PurchasedAt);
        OptionalString(w, LedgerField.MarketplaceId, o.MarketplaceId?.Value);
        OptionalString(w, LedgerField.BuyerId, o.BuyerId?.Value);
        OptionalString(w, LedgerField.ShipToCountry, o.ShipToCountry);
        w.WriteStartArray(LedgerSchema.Json(LedgerField.Lines));
        foreach (OrderLine line in o.Lines)
        {
            w.WriteStartObject();
            w.WriteString(LedgerSchema.Json(LedgerField.Sku), line.Sku.Value);
            OptionalString(w, LedgerField.Asin, line.Asin?.Value);
            OptionalString(w, LedgerField.Category, line.Category);
            w.WriteNumber(LedgerSchema.Json(LedgerField.Quantity), line.Quantity);
            Money(w, LedgerField.UnitPrice, line.UnitPrice);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        OptionalMoney(w, LedgerField.ShippingPrice, o.ShippingPrice);
        OptionalInstant(w, LedgerField.LatestShipDate, o.LatestShipDate);
        OptionalInstant(w, LedgerField.ShippedAt, o.ShippedAt);
        OptionalString(w, LedgerField.TrackingId, o.TrackingId);
        OptionalInstant(w, LedgerField.FirstCarrierScanAt, o.FirstCarrierScanAt);
        if (o.BuyShippingClaimsProtected)
        {
            w.WriteBoolean(LedgerSchema.Json(LedgerField.BuyShippingClaimsProtected), true);
        }

        OptionalInstant(w, LedgerField.LatestDeliveryDate, o.LatestDeliveryDate);
        OptionalInstant(w, LedgerField.DeliveredAt, o.DeliveredAt);
        OptionalInstant(w, LedgerField.CancelledAt, o.CancelledAt);
        OptionalString(w, LedgerField.CancelledBy, o.CancelledBy?.ToString());
        if (o.CancelledByAssumed)
        {
            w.WriteBoolean(LedgerSchema.Json(LedgerField.CancelledByAssumed), true);
        }

        w.WriteEndObject();
    }

    private static void WriteFeedback(Utf8JsonWriter w, Feedback f)
    {
        w.WriteStartObject();
        w.WriteString(LedgerSchema.Json(LedgerField.Kind), LedgerSchema.Json(LedgerKind.Feedback));
        w.WriteString(LedgerSchema.Json(LedgerField.OrderId), f.OrderId.Value);
        Instant(w, LedgerField.ReceivedAt, f.ReceivedAt);
        w.WriteNumber(LedgerSchema.Json(LedgerField.Rating), f.Rating);
        OptionalInstant(w, LedgerField.RemovedAt, f.RemovedAt);
        OptionalString(w, LedgerField.Removal, f.Removal?.ToString());
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, AtoZClaim c)
    {
        w.WriteStartObject();
        w.WriteString(LedgerSchema.Json(LedgerField.Kind), LedgerSchema.Json(LedgerKind.Claim));
        w.WriteString(LedgerSchema.Json(LedgerField.ClaimId), c.ClaimId.Value);
        w.WriteString(LedgerSchema.Json(LedgerField.OrderId), c.OrderId.Value);
        Instant(w, LedgerField.FiledAt, c.FiledAt);
        w.WriteString(LedgerSchema.Json(LedgerField.Reason), c.Reason.ToString());
        OptionalString(w, LedgerField.Outcome, c.Outcome?.ToString());
        OptionalInstant(w, LedgerField.DecidedAt, c.DecidedAt);
        OptionalInstant(w, LedgerField.ReversedAt, c.ReversedAt);
        w.WriteEndObject();
    }

    private static void WriteChargeback(Utf8JsonWriter w, Chargeback c)
    {
        w.WriteStartObject();
        w.WriteString(LedgerSchema.Json(LedgerField.Kind), LedgerSchema.Json(LedgerKind.Chargeback));
        w.WriteString(LedgerSchema.Json(LedgerField.ChargebackId), c.ChargebackId.Value);
        w.WriteString(LedgerSchema.Json(LedgerField.OrderId), c.OrderId.Value);
        Instant(w, LedgerField.ReceivedAt, c.ReceivedAt);
        w.WriteString(LedgerSchema.Json(LedgerField.Type), c.Type.ToString());
        OptionalString(w, LedgerField.Outcome, c.Outcome?.ToString());
        OptionalInstant(w, LedgerField.DecidedAt, c.DecidedAt);
        w.WriteEndObject();
    }

    private static void WriteReturn(Utf8JsonWriter w, ReturnRequest r)
    {
        w.WriteStartObject();
        w.WriteString(LedgerSchema.Json(LedgerField.Kind), LedgerSchema.Json(LedgerKind.Return));
        OptionalString(w, LedgerField.ReturnId, r.ReturnId?.Value);
        w.WriteString(LedgerSchema.Json(LedgerField.OrderId), r.OrderId.Value);
        w.WriteString(LedgerSchema.Json(LedgerField.Sku), r.Sku.Value);
        w.WriteNumber(LedgerSchema.Json(LedgerField.Quantity), r.Quantity);
        Instant(w, LedgerField.RequestedAt, r.RequestedAt);
        w.WriteString(LedgerSchema.Json(LedgerField.Reason), r.Reason);
        if (r.InPolicy is { } inPolicy)
        {
            w.WriteBoolean(LedgerSchema.Json(LedgerField.InPolicy), inPolicy);
        }

        OptionalInstant(w, LedgerField.RespondedAt, r.RespondedAt);
        w.WriteString(LedgerSchema.Json(LedgerField.Status), r.Status.ToString());
        w.WriteBoolean(LedgerSchema.Json(LedgerField.RejectedIncorrectly), r.RejectedIncorrectly);
        w.WriteBoolean(LedgerSchema.Json(LedgerField.NegativeReturnFeedback), r.NegativeReturnFeedback);
        OptionalInstant(w, LedgerField.ShippedAt, r.ShippedAt);
        OptionalInstant(w, LedgerField.ReceivedAt, r.ReceivedAt);
        OptionalInstant(w, LedgerField.RefundedAt, r.RefundedAt);
        OptionalMoney(w, LedgerField.RefundAmount, r.RefundAmount);
        w.WriteBoolean(LedgerSchema.Json(LedgerField.Returnless), r.Returnless);
        w.WriteEndObject();
    }

    private static void WriteContact(Utf8JsonWriter w, BuyerContact c)
    {
        w.WriteStartObject();
        w.WriteString(LedgerSchema.Json(LedgerField.Kind), LedgerSchema.Json(LedgerKind.Contact));
        w.WriteString(LedgerSchema.Json(LedgerField.OrderId), c.OrderId.Value);
        Instant(w, LedgerField.BuyerContactedAt, c.BuyerContactedAt);
        w.WriteEndObject();
    }

    private static void Instant(Utf8JsonWriter w, LedgerField name, Instant value) => w.WriteString(LedgerSchema.Json(name), InstantPattern.ExtendedIso.Format(value));

    private static void OptionalInstant(Utf8JsonWriter w, LedgerField name, Instant? value)
    {
        if (value is { } v)
        {
            Instant(w, name, v);
        }
    }

    private static void OptionalString(Utf8JsonWriter w, LedgerField name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(LedgerSchema.Json(name), value);
        }
    }

    private static void Money(Utf8JsonWriter w, LedgerField name, Money value)
    {
        w.WriteStartObject(LedgerSchema.Json(name));
        w.WriteNumber(LedgerSchema.Json(LedgerField.Amount), value.Amount);
        w.WriteString(LedgerSchema.Json(LedgerField.Currency), value.Currency);
        w.WriteEndObject();
    }

    private static void OptionalMoney(Utf8JsonWriter w, LedgerField name, Money? value)
    {
        if (value is { } v)
        {
            Money(w, name, v);
        }
    }
}
