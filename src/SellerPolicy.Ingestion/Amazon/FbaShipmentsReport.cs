using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// Reads Amazon's FBA shipments report (GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL): one row per shipped item of an
/// Amazon-fulfilled order. It gives each order its ship time (the earliest <c>shipment-date</c>) and a tracking number.
/// </summary>
/// <remarks>
/// A row for an order the orders report does not have, shows cancelled or seller-fulfilled is a conflict (a problem),
/// as with our shipments file.
/// </remarks>
internal sealed class FbaShipmentsReport(ImportContext context)
{
    internal const string OrderIdColumn = "amazon-order-id";
    internal const string ShipmentDate = "shipment-date";
    internal const string Sku = "sku";
    internal const string QuantityShipped = "quantity-shipped";
    internal const string Carrier = "carrier";
    internal const string TrackingNumber = "tracking-number";
    internal const string FulfillmentChannel = "fulfillment-channel";

    /// <summary>Gets the shipments read, by order.</summary>
    public Dictionary<OrderId, Shipment> ByOrder { get; } = [];

    /// <summary>Reads one FBA shipments file.</summary>
    public void Read(AmazonSourceFile source)
        => context.ReadRows(source, AmazonFileKind.FbaShipments, ReportLayouts.FbaShipments, ReadRow);

    private void ReadRow(TabularRow row, FileCounter file)
    {
        string? id = row.Required(OrderIdColumn);
        Instant? shipped = row.Instant(ShipmentDate, context.Options.DateZone, required: true);
        row.Required(Sku);
        row.Int(QuantityShipped, 1);
        string? tracking = row.Text(TrackingNumber);
        if (id is null || shipped is null || row.IsBad)
        {
            file.RowsLeftOut++;
            return;
        }

        var orderId = new OrderId(id);
        if (ByOrder.TryGetValue(orderId, out Shipment? earlier))
        {
            ByOrder[orderId] = earlier with
            {
                ShippedAt = shipped.Value < earlier.ShippedAt ? shipped.Value : earlier.ShippedAt,
                TrackingId = earlier.TrackingId ?? tracking,
                Rows = [.. earlier.Rows, file],
            };
        }
        else
        {
            ByOrder[orderId] = new Shipment(row.At, shipped.Value, tracking, [file]);
        }
    }

    /// <summary>One order's shipments: where first read, the earliest ship time, a tracking number, and the files of its rows.</summary>
    internal sealed record Shipment(SourceLocation At, Instant ShippedAt, string? TrackingId, FileCounter[] Rows);
}
