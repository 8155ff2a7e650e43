using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// Reads our shipments CSV: per order, the shipping, tracking, delivery and cancellation facts the orders report
/// lacks. Column names are the ledger's field names (docs/importing.md); only <c>orderId</c> is required.
/// </summary>
internal sealed class ShipmentsFile(ImportContext context)
{
    internal const string OrderIdColumn = "orderId";
    internal const string LatestShipDate = "latestShipDate";
    internal const string ShippedAt = "shippedAt";
    internal const string TrackingId = "trackingId";
    internal const string Carrier = "carrier";
    internal const string FirstCarrierScanAt = "firstCarrierScanAt";
    internal const string BuyShippingClaimsProtected = "buyShippingClaimsProtected";
    internal const string LatestDeliveryDate = "latestDeliveryDate";
    internal const string DeliveredAt = "deliveredAt";
    internal const string CancelledAt = "cancelledAt";
    internal const string CancelledByColumn = "cancelledBy";
    internal const string BuyerContactedAt = "buyerContactedAt";


    /// <summary>Gets the facts read, by order (the first row of an order wins; later ones are problems).</summary>
    public Dictionary<OrderId, Facts> ByOrder { get; } = [];

    /// <summary>Reads one shipments file.</summary>
    public void Read(AmazonSourceFile source)
        => context.ReadRows(source, AmazonFileKind.Shipments, ReportLayouts.Shipments, ReadRow);

    private void ReadRow(TabularRow row, FileCounter file)
    {
        DateTimeZone zone = context.Options.DateZone;
        string? id = row.Required(OrderIdColumn);
        var facts = new Facts(
            file,
            row.At,
            row.Instant(LatestShipDate, zone, false),
            row.Instant(ShippedAt, zone, false),
            row.Text(TrackingId),
            row.Instant(FirstCarrierScanAt, zone, false),
            row.Flag(BuyShippingClaimsProtected),
            row.Instant(LatestDeliveryDate, zone, false),
            row.Instant(DeliveredAt, zone, false),
            row.Instant(CancelledAt, zone, false),
            row.Enum<CancelledBy>(CancelledByColumn, false),
            row.Instant(BuyerContactedAt, zone, false));
        if (id is null || row.IsBad)
        {
            file.RowsLeftOut++;
            return;
        }

        var orderId = new OrderId(id);
        if (ByOrder.TryGetValue(orderId, out Facts? first))
        {
            row.Problem(LedgerProblemKind.DuplicateId, OrderIdColumn, $"order {orderId} already has a shipments row at {first.At}; give one row per order.");
            file.RowsLeftOut++;
            return;
        }

        ByOrder[orderId] = facts;
    }

    /// <summary>One order's shipping facts, with where they were read.</summary>
    internal sealed record Facts(
        FileCounter File, SourceLocation At, Instant? LatestShipDate, Instant? ShippedAt, string? TrackingId, Instant? FirstCarrierScanAt,
        bool? BuyShippingClaimsProtected, Instant? LatestDeliveryDate, Instant? DeliveredAt, Instant? CancelledAt, CancelledBy? CancelledBy,
        Instant? BuyerContactedAt);
}
