using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// Reads Amazon's FBA customer returns report (GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA): one row per returned unit
/// group of an Amazon-fulfilled order, received at an Amazon fulfilment centre on <c>return-date</c>.
/// </summary>
/// <remarks>
/// Amazon handles FBA returns itself: each row is a return request received (and answered) at its return-date, with
/// the license plate number as its id when the row has one. An order that is seller-fulfilled in the orders report is
/// a conflict (the seller-fulfilled returns are in the returns report).
/// </remarks>
internal sealed class FbaReturnsReport(ImportContext context)
{
    internal const string ReturnDate = "return-date";
    internal const string OrderIdColumn = "order-id";
    internal const string Sku = "sku";
    internal const string Quantity = "quantity";
    internal const string Reason = "reason";
    internal const string Status = "status";
    internal const string Disposition = "detailed-disposition";
    internal const string LicensePlate = "license-plate-number";

    /// <summary>Gets the return requests read.</summary>
    public List<(ReturnRequest Request, SourceLocation At, FileCounter File)> Items { get; } = [];

    /// <summary>Reads one FBA customer returns file.</summary>
    public void Read(AmazonSourceFile source)
        => context.ReadRows(source, AmazonFileKind.FbaCustomerReturns, ReportLayouts.FbaCustomerReturns, ReadRow);

    private void ReadRow(TabularRow row, FileCounter file)
    {
        Instant? returned = row.Instant(ReturnDate, context.Options.DateZone, required: true);
        string? orderId = row.Required(OrderIdColumn);
        string? sku = row.Required(Sku);
        int? quantity = row.Int(Quantity, 1);
        string? reason = row.Required(Reason);
        string? plate = row.Text(LicensePlate);
        if (row.IsBad || returned is null || orderId is null || sku is null || quantity is null || reason is null)
        {
            file.RowsLeftOut++;
            return;
        }

        RuleViolation? violation = (plate is null ? null : ReturnId.FindViolation(plate)) ?? OrderId.FindViolation(orderId) ?? Ledger.Sku.FindViolation(sku);
        ReturnId? returnId = violation is null && plate is not null ? new ReturnId(plate) : null;
        violation ??= ReturnRequest.FindViolation(
            returnId, new OrderId(orderId), new Ledger.Sku(sku), quantity.Value, returned.Value, reason, ReturnStatus.Received, respondedAt: returned.Value, receivedAt: returned.Value);
        if (violation is not null)
        {
            row.Problem(LedgerProblemKind.InvalidValue, null, violation.Rule);
            file.RowsLeftOut++;
            return;
        }

        var request = new ReturnRequest(
            returnId, new OrderId(orderId), new Ledger.Sku(sku), quantity.Value, returned.Value, reason, ReturnStatus.Received, inPolicy: true,
            respondedAt: returned.Value, receivedAt: returned.Value);
        Items.Add((request, row.At, file));
    }
}
