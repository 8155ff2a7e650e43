using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>One column of a report: the name we use, whether a row needs it, and the other names Amazon's documentation gives it.</summary>
/// <param name="Name">The name as in Amazon's documented layout (or ours, for our CSV files).</param>
/// <param name="Required">Whether a file without it cannot be read.</param>
/// <param name="Variants">Other documented header names of the same column (spellings of other marketplaces, older report types).</param>
internal sealed record ReportColumn(string Name, bool Required, params string[] Variants);

/// <summary>
/// A report's columns and its documented separator. Headers are matched ignoring case and the separators Amazon's
/// layouts use between words (<c>-</c>, <c>_</c>, space, dot): <c>item price</c>, <c>Item-Price</c> and
/// <c>item_price</c> are all <c>item-price</c>.
/// </summary>
internal sealed class ReportLayout
{
    private readonly FrozenDictionary<string, ReportColumn> _byKey;

    public ReportLayout(string title, char separator, params ReportColumn[] columns)
    {
        Title = title;
        Separator = separator;
        Columns = [.. columns];
        var byKey = new Dictionary<string, ReportColumn>(StringComparer.Ordinal);
        foreach (ReportColumn column in columns)
        {
            foreach (string name in column.Variants.Prepend(column.Name))
            {
                byKey.Add(KeyOf(name), column);
            }
        }

        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets what the report is called in messages, such as "All Orders report".</summary>
    public string Title { get; }

    /// <summary>Gets the separator of the documented layout (a spreadsheet may have re-saved the file with another).</summary>
    public char Separator { get; }

    /// <summary>Gets the columns read.</summary>
    public ImmutableArray<ReportColumn> Columns { get; }

    /// <summary>Finds the column a header names, when it is one of ours.</summary>
    public ReportColumn? Find(string header) => _byKey.GetValueOrDefault(KeyOf(header));

    /// <summary>Returns the matching key of a header: lower case, without white space, byte order marks, quotes or word separators.</summary>
    public static string KeyOf(string header)
    {
        var key = new StringBuilder(header.Length);
        foreach (char c in header)
        {
            if (!(char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '"' or '\uFEFF'))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}

/// <summary>
/// Every report the importer reads, with the header names it accepts: one table per report, in one place. The
/// sources are given per layout (docs/importing.md lists them for sellers).
/// </summary>
internal static class ReportLayouts
{
    /// <summary>
    /// The All Orders report, GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL and _BY_LAST_UPDATE_GENERAL
    /// (SP-API "Report Type Values: Order reports"; column list in shared/reference/amazon-sp-api/README.md).
    /// Variants: <c>order-id</c> and <c>quantity-purchased</c> are the names of the same columns in the order report
    /// GET_FLAT_FILE_ORDERS_DATA and in Amazon.es/.nl's All Orders help pages; <c>fulfilment-channel</c> is the
    /// spelling of Amazon.com.au and Amazon.co.uk's help.
    /// </summary>
    public static ReportLayout AllOrders { get; } = new(
        "All Orders report",
        '\t',
        new(AllOrdersReport.OrderIdColumn, true, "order-id"),
        new(AllOrdersReport.PurchaseDate, true),
        new(AllOrdersReport.LastUpdated, true),
        new(AllOrdersReport.Status, true),
        new(AllOrdersReport.Channel, true, "fulfilment-channel"),
        new(AllOrdersReport.Sku, true),
        new(AllOrdersReport.Quantity, true, "quantity-purchased"),
        new(AllOrdersReport.CurrencyColumn, true),
        new(AllOrdersReport.ItemPrice, true),
        new(AllOrdersReport.SalesChannel, false),
        new(AllOrdersReport.Asin, false),
        new(AllOrdersReport.ItemStatus, false),
        new(AllOrdersReport.ShippingPrice, false),
        new(AllOrdersReport.ShipCountry, false));

    /// <summary>The returns report GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE (SP-API "Report Type Values: Returns reports"; columns in shared/reference).</summary>
    public static ReportLayout Returns { get; } = new(
        "returns report",
        '\t',
        new(ReturnsReport.OrderIdColumn, true),
        new(ReturnsReport.RequestDate, true),
        new(ReturnsReport.Sku, true),
        new(ReturnsReport.Quantity, true),
        new(ReturnsReport.Reason, true),
        new(ReturnsReport.OrderDate, false),
        new(ReturnsReport.RequestStatus, false),
        new(ReturnsReport.Rma, false),
        new(ReturnsReport.AtoZ, false),
        new(ReturnsReport.InPolicy, false),
        new(ReturnsReport.ReturnType, false),
        new(ReturnsReport.Resolution, false),
        new(ReturnsReport.DeliveryDate, false),
        new(ReturnsReport.RefundedAmount, false),
        new(ReturnsReport.CurrencyCode, false));

    /// <summary>The seller feedback report GET_SELLER_FEEDBACK_DATA (SP-API "Report Type Values: Performance reports").</summary>
    public static ReportLayout Feedback { get; } = new(
        "seller feedback report",
        '\t',
        new(FeedbackReport.DateColumn, true),
        new(FeedbackReport.RatingColumn, true),
        new(FeedbackReport.OrderIdColumn, true),
        new("Comments", false),
        new("Your Response", false),
        new("Rater Email", false));

    /// <summary>Our claims and chargebacks CSV (docs/importing.md, section 3).</summary>
    public static ReportLayout Claims { get; } = new(
        "claims file",
        ',',
        new(ClaimsFile.KindColumn, true),
        new(ClaimsFile.IdColumn, true),
        new(ClaimsFile.OrderIdColumn, true),
        new(ClaimsFile.FiledAt, true),
        new(ClaimsFile.ReasonColumn, true),
        new(ClaimsFile.OutcomeColumn, false),
        new(ClaimsFile.DecidedAt, false),
        new(ClaimsFile.ReversedAt, false));

    /// <summary>Our shipments CSV (docs/importing.md, section 4).</summary>
    public static ReportLayout Shipments { get; } = new(
        "shipments file",
        ',',
        new(ShipmentsFile.OrderIdColumn, true),
        new(ShipmentsFile.LatestShipDate, false),
        new(ShipmentsFile.ShippedAt, false),
        new(ShipmentsFile.TrackingId, false),
        new(ShipmentsFile.Carrier, false),
        new(ShipmentsFile.FirstCarrierScanAt, false),
        new(ShipmentsFile.BuyShippingClaimsProtected, false),
        new(ShipmentsFile.LatestDeliveryDate, false),
        new(ShipmentsFile.DeliveredAt, false),
        new(ShipmentsFile.CancelledAt, false),
        new(ShipmentsFile.CancelledByColumn, false),
        new(ShipmentsFile.BuyerContactedAt, false));

    /// <summary>
    /// The FBA shipments report GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL (SP-API "Report Type Values: Fulfillment by
    /// Amazon reports", "FBA Amazon Fulfilled Shipments Report"; Seller Central: Reports > Fulfillment > Sales > Amazon
    /// Fulfilled Shipments). Its other columns (shipment-id, addresses, prices, estimated-arrival-date...) are ignored.
    /// </summary>
    public static ReportLayout FbaShipments { get; } = new(
        "FBA shipments report",
        '\t',
        new(FbaShipmentsReport.OrderIdColumn, true, "order-id"),
        new(FbaShipmentsReport.ShipmentDate, true),
        new(FbaShipmentsReport.Sku, true),
        new(FbaShipmentsReport.QuantityShipped, true),
        new(FbaShipmentsReport.Carrier, false),
        new(FbaShipmentsReport.TrackingNumber, false),
        new(FbaShipmentsReport.FulfillmentChannel, false, "fulfilment-channel"));

    /// <summary>
    /// The FBA customer returns report GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA (SP-API "Report Type Values: Fulfillment
    /// by Amazon reports", "FBA Customer Returns Report"; Seller Central: Reports > Fulfillment > Customer Concessions >
    /// Returns).
    /// </summary>
    public static ReportLayout FbaCustomerReturns { get; } = new(
        "FBA customer returns report",
        '\t',
        new(FbaReturnsReport.ReturnDate, true),
        new(FbaReturnsReport.OrderIdColumn, true, "amazon-order-id"),
        new(FbaReturnsReport.Sku, true),
        new(FbaReturnsReport.Quantity, true),
        new(FbaReturnsReport.Reason, true),
        new(FbaReturnsReport.Status, false),
        new(FbaReturnsReport.Disposition, false),
        new(FbaReturnsReport.LicensePlate, false));
}
