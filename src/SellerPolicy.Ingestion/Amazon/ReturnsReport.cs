using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// Reads Amazon's returns flat file (GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE): one return request per row.
/// </summary>
/// <remarks>
/// A row without <c>Amazon RMA ID</c> is a returnless refund, identified by order id + SKU + request date. A row
/// whose <c>Return type</c> or <c>Resolution</c> says "returnless" is returnless too, and keeps its RMA id.
/// The report has no response time, no incorrect-rejection flag and no return feedback: see
/// <see cref="AmazonImportOptions.AssumeDecidedReturnsAnsweredOnTime"/>; the two flags are false.
/// </remarks>
internal sealed class ReturnsReport(ImportContext context)
{
    internal const string OrderIdColumn = "Order ID";
    internal const string OrderDate = "Order date";
    internal const string RequestDate = "Return request date";
    internal const string RequestStatus = "Return request status";
    internal const string Rma = "Amazon RMA ID";
    internal const string AtoZ = "A-to-Z Claim";
    internal const string Sku = "Merchant SKU";
    internal const string Quantity = "Return quantity";
    internal const string Reason = "Return Reason";
    internal const string InPolicy = "In policy";
    internal const string ReturnType = "Return type";
    internal const string Resolution = "Resolution";
    internal const string DeliveryDate = "Return delivery date";
    internal const string RefundedAmount = "Refunded Amount";
    internal const string CurrencyCode = "Currency code";


    /// <summary>Gets the return requests read.</summary>
    public List<Item> Items { get; } = [];

    /// <summary>Reads one returns file.</summary>
    public void Read(AmazonSourceFile source)
        => context.ReadRows(source, AmazonFileKind.Returns, ReportLayouts.Returns, ReadRow);

    private void ReadRow(TabularRow row, FileCounter file)
    {
        DateTimeZone zone = context.Options.DateZone;
        string? orderId = row.Required(OrderIdColumn);
        Instant? orderDate = row.Instant(OrderDate, zone, false);
        Instant? requested = row.Instant(RequestDate, zone, true);
        ReturnStatus? status = ParseStatus(row);
        string? rma = row.Text(Rma);
        bool? atoz = row.Flag(AtoZ);
        string? sku = row.Required(Sku);
        int? quantity = row.Int(Quantity, 1);
        string? reason = row.Required(Reason);
        bool? inPolicy = row.Flag(InPolicy);
        bool returnless = rma is null || Says(row.Text(ReturnType), "returnless") || Says(row.Text(Resolution), "returnless");
        Instant? received = row.Instant(DeliveryDate, zone, false);
        decimal? refunded = row.Amount(RefundedAmount);
        string? currency = row.Text(CurrencyCode);
        if (refunded is > 0 && currency is null)
        {
            row.Problem(LedgerProblemKind.InvalidValue, CurrencyCode, $"is empty; it is required with a '{RefundedAmount}' of {refunded}.");
        }

        if (row.IsBad || orderId is null || requested is null || sku is null || quantity is null || reason is null)
        {
            file.RowsLeftOut++;
            return;
        }

        ReturnStatus decided = status ?? ReturnStatus.Requested;
        Instant? responded = context.Options.AssumeDecidedReturnsAnsweredOnTime && decided != ReturnStatus.Requested ? requested : null;
        RuleViolation? violation = (rma is null ? null : ReturnId.FindViolation(rma)) ?? OrderId.FindViolation(orderId) ?? Ledger.Sku.FindViolation(sku)
            ?? (refunded is > 0 ? Money.FindViolation(refunded.Value, currency) : null);
        ReturnId? returnId = violation is null && rma is not null ? new ReturnId(rma) : null;
        Money? refund = violation is null && refunded is > 0 ? new Money(refunded.Value, currency!) : null;
        violation ??= ReturnRequest.FindViolation(
            returnId, new OrderId(orderId), new Ledger.Sku(sku), quantity.Value, requested.Value, reason, decided, respondedAt: responded, receivedAt: received, refundAmount: refund);
        if (violation is not null)
        {
            string? column = violation.Field switch
            {
                "receivedAt" => DeliveryDate,
                "refundAmount" or "currency" => CurrencyCode,
                "returnId" => Rma,
                _ => null,
            };
            row.Problem(LedgerProblemKind.InvalidValue, column, violation.Rule);
            file.RowsLeftOut++;
            return;
        }

        var request = new ReturnRequest(
            returnId, new OrderId(orderId), new Ledger.Sku(sku), quantity.Value, requested.Value, reason, decided, inPolicy, respondedAt: responded, receivedAt: received,
            refundAmount: refund, returnless: returnless);
        Items.Add(new Item(request, row.At, file, atoz == true, orderDate));
    }

    private static bool Says(string? text, string word) => text is not null && text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static ReturnStatus? ParseStatus(TabularRow row)
    {
        string? text = row.Text(RequestStatus);
        if (text is null)
        {
            return null;
        }

        switch (text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
        {
            case "PENDING" or "PENDINGACTION" or "REQUESTED" or "UNRESPONDED":
                return ReturnStatus.Requested;
            case "APPROVED" or "AUTHORIZED" or "AUTHORISED":
                return ReturnStatus.Authorized;
            case "REJECTED" or "DENIED" or "DECLINED":
                return ReturnStatus.Rejected;
            case "RECEIVED":
                return ReturnStatus.Received;
            case "REFUNDED":
                return ReturnStatus.Refunded;
            case "CLOSED" or "COMPLETED":
                return ReturnStatus.Closed;
            default:
                row.Problem(LedgerProblemKind.InvalidValue, RequestStatus,
                    $"'{text}' is not a return request status; expected Pending, Approved, Authorized, Rejected, Received, Refunded or Closed.");
                return null;
        }
    }

    /// <summary>One return request with where it was read and the report's facts the ledger does not keep.</summary>
    internal sealed record Item(ReturnRequest Request, SourceLocation At, FileCounter File, bool AtoZClaimFlagged, Instant? OrderDate);
}
