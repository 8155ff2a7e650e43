using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// Reads Amazon's All Orders flat files (one row per order item) and groups the rows into orders.
/// </summary>
/// <remarks>
/// <para>Rows of an order are grouped by <c>amazon-order-id</c> over every file read, wherever they are. The rows
/// with the latest <c>last-updated-date</c> are the order's state; rows with an earlier one are superseded (an
/// order downloaded in January as Pending and in February as Shipped is the February state).</para>
/// <para><c>item-price</c> is the price of the row's whole quantity, so a line's unit price is
/// <c>item-price / quantity</c>. <c>fulfillment-channel</c> <c>Amazon</c> is AFN and <c>Merchant</c> MFN.
/// A row with a problem leaves its whole order out: an order without one of its lines would be wrong.</para>
/// </remarks>
internal sealed class AllOrdersReport(ImportContext context)
{
    internal const string OrderIdColumn = "amazon-order-id";
    internal const string PurchaseDate = "purchase-date";
    internal const string LastUpdated = "last-updated-date";
    internal const string Status = "order-status";
    internal const string Channel = "fulfillment-channel";
    internal const string SalesChannel = "sales-channel";
    internal const string Sku = "sku";
    internal const string Asin = "asin";
    internal const string ItemStatus = "item-status";
    internal const string Quantity = "quantity";
    internal const string CurrencyColumn = "currency";
    internal const string ItemPrice = "item-price";
    internal const string ShippingPrice = "shipping-price";
    internal const string ShipCountry = "ship-country";


    private readonly Dictionary<OrderId, Draft> _drafts = [];
    private readonly Dictionary<OrderId, (FulfillmentChannel Channel, SourceLocation At)> _firstChannel = [];
    private readonly HashSet<OrderId> _broken = [];
    private readonly HashSet<string> _salesChannels = new(StringComparer.OrdinalIgnoreCase);
    private int _nonAmazonRows;
    private int _omittedCancelledLines;
    private int _zeroPriceLines;

    /// <summary>Gets the marketplaces the reports name in <c>sales-channel</c> (known ones only).</summary>
    public IEnumerable<AmazonMarketplace> MarketplacesSeen
        => _salesChannels.Select(s => AmazonMarketplace.TryFind(s, out AmazonMarketplace? m) ? m : null).OfType<AmazonMarketplace>().Distinct();

    /// <summary>Gets the number of orders (by id) left out because of a problem.</summary>
    public int LeftOutOrders => _broken.Count;

    /// <summary>Returns whether an order was read and left out because of a problem.</summary>
    public bool IsLeftOut(OrderId id) => _broken.Contains(id);

    /// <summary>Reads one orders file.</summary>
    public void Read(AmazonSourceFile source)
        => context.ReadRows(source, AmazonFileKind.AllOrders, ReportLayouts.AllOrders, ReadRow);

    /// <summary>Returns every order that could be made (in first-seen order), with where it was read, reporting problems.</summary>
    public List<(Order Order, SourceLocation At, bool Cancelled)> Finish()
    {
        var orders = new List<(Order, SourceLocation, bool)>(_drafts.Count);
        foreach (Draft draft in _drafts.Values)
        {
            if (!_broken.Contains(draft.Id) && Make(draft) is { } made)
            {
                orders.Add(made);
                foreach (Row row in draft.Rows)
                {
                    row.File.RowsUsed++;
                }
            }
            else
            {
                _broken.Add(draft.Id);
                foreach (Row row in draft.Rows)
                {
                    row.File.RowsLeftOut++;
                }
            }
        }

        if (_nonAmazonRows > 0)
        {
            context.Notes.Add($"{ImportContext.Count(_nonAmazonRows, "order row", "order rows")} of sales channel Non-Amazon (Multi-Channel Fulfilment orders from other shops) {(_nonAmazonRows == 1 ? "was" : "were")} skipped: Amazon does not judge them.");
        }

        if (_omittedCancelledLines > 0)
        {
            context.Notes.Add($"{ImportContext.Count(_omittedCancelledLines, "cancelled item line", "cancelled item lines")} (item-status Cancelled, or quantity 0) {(_omittedCancelledLines == 1 ? "was" : "were")} left off orders whose other items stand: a cancelled item is no sale.");
        }

        if (_zeroPriceLines > 0)
        {
            context.Notes.Add($"{ImportContext.Count(_zeroPriceLines, "item line", "item lines")} of pending or cancelled orders had no item-price and {(_zeroPriceLines == 1 ? "was" : "were")} given a price of 0.");
        }

        return orders;
    }

    private void ReadRow(TabularRow row, FileCounter file)
    {
        string? idText = row.Required(OrderIdColumn);
        OrderId? id = idText is null ? null : new OrderId(idText);
        string? salesChannel = row.Text(SalesChannel);
        if (salesChannel is not null && string.Equals(salesChannel, "Non-Amazon", StringComparison.OrdinalIgnoreCase) && id is not null)
        {
            _nonAmazonRows++;
            file.RowsSkipped++;
            return;
        }

        if (context.Options.Marketplace is null && AmazonMarketplace.TryFind(salesChannel, out AmazonMarketplace? rowMarketplace))
        {
            row.Marketplace = rowMarketplace;
        }

        DateTimeZone zone = context.Options.DateZone;
        Instant? purchased = row.Instant(PurchaseDate, zone, required: true);
        Instant? updated = row.Instant(LastUpdated, zone, required: true);
        OrderStatus? status = ParseStatus(row);
        FulfillmentChannel? channel = ParseChannel(row);
        string? sku = row.Required(Sku);
        string? asin = row.Text(Asin);
        bool itemCancelled = IsCancelledText(row.Text(ItemStatus));
        bool cancelled = itemCancelled || status is OrderStatus.Cancelled or OrderStatus.Unfulfillable;
        int? quantity = row.Int(Quantity, 0);
        if (quantity == 0 && !cancelled)
        {
            row.Problem(LedgerProblemKind.InvalidValue, Quantity, "is 0, but neither the item nor the order is cancelled; a quantity of at least 1 is required.");
        }

        string? currency = row.Text(CurrencyColumn);
        if (currency is not null && (currency.Length != 3 || !currency.All(c => c is >= 'A' and <= 'Z')))
        {
            row.Problem(LedgerProblemKind.InvalidValue, CurrencyColumn, $"must be an ISO 4217 code of three upper-case letters such as USD, was '{currency}'.");
        }

        decimal? price = row.Amount(ItemPrice);
        if (price is null && row.Text(ItemPrice) is null && !cancelled && status is not OrderStatus.Pending)
        {
            row.Problem(LedgerProblemKind.InvalidValue, ItemPrice, $"is empty; a price is required for an order that is {status?.ToString() ?? "not pending"}.");
        }
        else if (price < 0)
        {
            row.Problem(LedgerProblemKind.InvalidValue, ItemPrice, $"must not be negative, was {price}.");
        }

        decimal? shipping = row.Amount(ShippingPrice);
        if (salesChannel is not null)
        {
            _salesChannels.Add(salesChannel);
        }

        if (id is not { } orderId)
        {
            file.RowsLeftOut++;
            return;
        }

        if (channel is { } ch)
        {
            if (_firstChannel.TryGetValue(orderId, out var first))
            {
                if (first.Channel != ch)
                {
                    row.Problem(LedgerProblemKind.InvalidValue, Channel,
                        $"conflict: order {orderId} is {Describe(ch)} here but {Describe(first.Channel)} at {first.At}.");
                }
            }
            else
            {
                _firstChannel[orderId] = (ch, row.At);
            }
        }

        if (row.IsBad || purchased is null || updated is null || status is null || channel is null || sku is null || quantity is null)
        {
            _broken.Add(orderId);
            file.RowsLeftOut++;
            return;
        }

        var data = new Row(file, row.At, purchased.Value, updated.Value, status.Value, channel.Value, salesChannel, sku, asin, quantity.Value,
            itemCancelled, currency, price, shipping, row.Text(ShipCountry));
        if (!_drafts.TryGetValue(orderId, out Draft? draft))
        {
            _drafts[orderId] = new Draft(orderId, data);
            return;
        }

        if (data.LastUpdated > draft.LastUpdated)
        {
            foreach (Row old in draft.Rows)
            {
                old.File.RowsSuperseded++;
            }

            _drafts[orderId] = new Draft(orderId, data);
        }
        else if (data.LastUpdated < draft.LastUpdated)
        {
            file.RowsSuperseded++;
        }
        else
        {
            Row head = draft.Rows[0];
            if (head.Status != data.Status)
            {
                row.Problem(LedgerProblemKind.InvalidValue, Status,
                    $"conflict: order {orderId} is {data.Status} here but {head.Status} at {head.At}, with the same last-updated-date.");
                _broken.Add(orderId);
                file.RowsLeftOut++;
                return;
            }

            draft.Rows.Add(data);
        }
    }

    private (Order, SourceLocation, bool)? Make(Draft draft)
    {
        Row head = draft.Rows[0];
        string? currency = draft.Rows.Select(r => r.Currency).FirstOrDefault(c => c is not null);
        AmazonMarketplace? marketplace = AmazonMarketplace.TryFind(head.SalesChannel, out AmazonMarketplace? m) ? m : context.Options.Marketplace;
        currency ??= marketplace?.Currency;
        if (currency is null)
        {
            context.Problems.Add(new LedgerProblem(LedgerProblemKind.InvalidValue,
                $"column '{CurrencyColumn}': empty on every row of order {draft.Id} and the marketplace is unknown; give the marketplace.", head.At, CurrencyColumn));
            return null;
        }

        // An item Amazon cancelled (item-status Cancelled, or quantity 0) is no sale, whatever the order's status says.
        bool anyStanding = draft.Rows.Any(r => r.Quantity > 0 && !r.ItemCancelled);
        var lines = new List<OrderLine>(draft.Rows.Count);
        decimal? shipping = null;
        foreach (Row r in draft.Rows)
        {
            if ((r.Quantity == 0 || r.ItemCancelled) && anyStanding)
            {
                _omittedCancelledLines++;
                continue;
            }

            int quantity = Math.Max(r.Quantity, 1);
            if (r.ItemPrice is null)
            {
                _zeroPriceLines++;
            }

            decimal unit = (r.ItemPrice ?? 0m) / quantity;
            string lineCurrency = r.Currency ?? currency;
            RuleViolation? bad = Ledger.Sku.FindViolation(r.Sku) ?? Money.FindViolation(unit, lineCurrency) ?? (r.Asin is null ? null : Ledger.Asin.FindViolation(r.Asin));
            Ledger.Asin? asin = bad is null && r.Asin is not null ? new Ledger.Asin(r.Asin) : null;
            bad ??= OrderLine.FindViolation(new Ledger.Sku(r.Sku), quantity, new Money(unit, lineCurrency), asin);
            if (bad is not null)
            {
                context.Problems.Add(ProblemFrom(bad, r.At));
                return null;
            }

            lines.Add(new OrderLine(new Ledger.Sku(r.Sku), quantity, new Money(unit, lineCurrency), asin));

            if (r.ShippingPrice is { } s)
            {
                shipping = (shipping ?? 0m) + s;
            }
        }

        bool cancelled = head.Status is OrderStatus.Cancelled or OrderStatus.Unfulfillable || !anyStanding;
        string? country = draft.Rows.Select(r => r.ShipCountry).FirstOrDefault(c => c is not null);
        Instant? cancelledAt = cancelled ? head.LastUpdated : null;
        CancelledBy? cancelledBy = cancelled ? (head.Status == OrderStatus.Unfulfillable ? CancelledBy.System : context.Options.AssumedCancelledBy) : null;
        if (shipping is { } paid && Money.FindViolation(paid, currency) is { } badCurrency)
        {
            context.Problems.Add(ProblemFrom(badCurrency, head.At));
            return null;
        }

        Money? shippingPrice = shipping is { } sp ? new Money(sp, currency) : null;
        if (Order.FindViolation(draft.Id, head.Channel, head.PurchasedAt, lines, marketplace?.Id, shipToCountry: country, shippingPrice: shippingPrice,
            cancelledAt: cancelledAt, cancelledBy: cancelledBy) is { } violation)
        {
            context.Problems.Add(ProblemFrom(violation, head.At));
            return null;
        }

        var order = new Order(
            draft.Id, head.Channel, head.PurchasedAt, lines, marketplaceId: marketplace?.Id, shipToCountry: country, shippingPrice: shippingPrice,
            cancelledAt: cancelledAt, cancelledBy: cancelledBy);
        return (order, head.At, cancelled);
    }

    private static LedgerProblem ProblemFrom(RuleViolation violation, SourceLocation at)
    {
        string? column = violation.Field switch
        {
            "purchasedAt" => PurchaseDate,
            "cancelledAt" => LastUpdated,
            "lines" or "currency" => CurrencyColumn,
            "quantity" => Quantity,
            "sku" => Sku,
            "asin" => Asin,
            "shipToCountry" => ShipCountry,
            _ => null,
        };
        string message = violation.Rule;
        return new LedgerProblem(LedgerProblemKind.InvalidValue, column is null ? message : $"column '{column}': {message}", at, column);
    }

    private static OrderStatus? ParseStatus(TabularRow row)
    {
        string? text = row.Required(Status);
        if (text is null)
        {
            return null;
        }

        switch (text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
        {
            case "PENDING" or "PENDINGAVAILABILITY":
                return OrderStatus.Pending;
            case "UNSHIPPED":
                return OrderStatus.Unshipped;
            case "PARTIALLYSHIPPED":
                return OrderStatus.PartiallyShipped;
            case "SHIPPED" or "INVOICEUNCONFIRMED":
                return OrderStatus.Shipped;
            case "CANCELED" or "CANCELLED":
                return OrderStatus.Cancelled;
            case "UNFULFILLABLE":
                return OrderStatus.Unfulfillable;
            default:
                row.Problem(LedgerProblemKind.InvalidValue, Status,
                    $"'{text}' is not an order status; expected Pending, PendingAvailability, Unshipped, PartiallyShipped, Shipped, InvoiceUnconfirmed, Canceled or Unfulfillable.");
                return null;
        }
    }

    private static FulfillmentChannel? ParseChannel(TabularRow row)
    {
        string? text = row.Required(Channel);
        switch (text?.ToUpperInvariant())
        {
            case null:
                return null;
            case "AMAZON" or "AFN":
                return FulfillmentChannel.Afn;
            case "MERCHANT" or "MFN":
                return FulfillmentChannel.Mfn;
            default:
                row.Problem(LedgerProblemKind.InvalidValue, Channel, $"'{text}' is not a fulfilment channel; expected Amazon (AFN) or Merchant (MFN).");
                return null;
        }
    }

    private static bool IsCancelledText(string? text)
        => text is not null && (text.Equals("Cancelled", StringComparison.OrdinalIgnoreCase) || text.Equals("Canceled", StringComparison.OrdinalIgnoreCase));

    private static string Describe(FulfillmentChannel channel) => channel == FulfillmentChannel.Afn ? "Amazon (AFN)" : "Merchant (MFN)";

    private enum OrderStatus
    {
        Pending,
        Unshipped,
        PartiallyShipped,
        Shipped,
        Cancelled,
        Unfulfillable,
    }

    private sealed record Row(
        FileCounter File, SourceLocation At, Instant PurchasedAt, Instant LastUpdated, OrderStatus Status, FulfillmentChannel Channel,
        string? SalesChannel, string Sku, string? Asin, int Quantity, bool ItemCancelled, string? Currency, decimal? ItemPrice,
        decimal? ShippingPrice, string? ShipCountry);

    private sealed class Draft(OrderId id, Row first)
    {
        public OrderId Id { get; } = id;

        public Instant LastUpdated { get; } = first.LastUpdated;

        public List<Row> Rows { get; } = [first];
    }
}
