using System.Diagnostics;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// Measures what BenchmarkDotNet does not: the heap a loaded ledger keeps (bytes per order, ids included) and the size of
/// the engine's index. Run with <c>SELLERPOLICY_BENCH_MEASURE=1 dotnet run -c Release -- prepare 1000000</c>.
/// </summary>
internal static class LedgerMemory
{
    public static void Report(int orders, TextWriter output)
    {
        string path = LedgerCache.PathOf(orders);
        long before = Retained();
        var watch = Stopwatch.StartNew();
        SellerLedger? first = LedgerReader.ReadFile(path).GetLedgerOrThrow();
        double loadSeconds = watch.Elapsed.TotalSeconds;
        int records = first.RecordCount;
        long firstBytes = Retained() - before;

        // The ledger itself: a second load after the first is dropped, once the reader's pooled buffers and tables (kept by
        // the process, not by a ledger) exist.
        first = null;
        before = Retained();
        SellerLedger ledger = LedgerReader.ReadFile(path).GetLedgerOrThrow();
        long ledgerBytes = Retained() - before;

        watch.Restart();
        AccountHealthEngine? engine = AccountHealthEngine.Create(ledger, AmazonPolicies.Current);
        double buildSeconds = watch.Elapsed.TotalSeconds;
        long engineBytes = Retained() - before - ledgerBytes;

        output.WriteLine($"orders={orders:N0} records={ledger.RecordCount:N0} file={new FileInfo(path).Length / 1e6:N0} MB");
        output.WriteLine($"  load: {loadSeconds:N2} s = {records / loadSeconds / 1e6:N2} M records/s, {orders / loadSeconds / 1e6:N2} M orders/s");
        output.WriteLine($"  ledger heap: {ledgerBytes / 1e6:N0} MB = {(double)ledgerBytes / orders:N0} bytes per order (all records and ids)");
        OrderRows table = ledger.OrderTable;
        output.WriteLine($"  of which the table of orders: {table.ApproximateBytes / 1e6:N0} MB = {(double)table.ApproximateBytes / orders:N0} bytes per order ({System.Runtime.CompilerServices.Unsafe.SizeOf<OrderRow>()} a row, the rest ids)");
        output.WriteLine($"  first load in the process: {firstBytes / 1e6:N0} MB = {(double)firstBytes / orders:N0} bytes per order (with the reader's pooled buffers)");
        output.WriteLine($"  engine index: {engineBytes / 1e6:N0} MB = {(double)engineBytes / orders:N0} bytes per order, {engine.ContributionCount:N0} contributions, built in {buildSeconds:N2} s");
        GC.KeepAlive(engine);
        engine = null;

        // The same records built in code, as a service with its own database does: every order, line and string its own
        // object (as a database driver gives them), added to SellerLedger.Builder with the other records of the loaded
        // ledger. Once the loaded ledger is dropped, those records are kept by the built one alone, so the heap then held,
        // less what was held before without the loaded ledger, is the built ledger's: the same records as the loaded one.
        long held = Retained() - ledgerBytes;
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        foreach (Order order in ledger.Orders)
        {
            builder.Add(FromDatabase(order));
        }

        ledger.Feedback.ToList().ForEach(f => builder.Add(f));
        ledger.Claims.ToList().ForEach(c => builder.Add(c));
        ledger.Chargebacks.ToList().ForEach(c => builder.Add(c));
        ledger.Returns.ToList().ForEach(r => builder.Add(r));
        ledger.Contacts.ToList().ForEach(c => builder.Add(c));
        watch.Restart();
        SellerLedger built = builder.ToImmutable();
        double builtSeconds = watch.Elapsed.TotalSeconds;
        builder = null!;
        ledger = null!;
        long builtBytes = Retained() - held;
        output.WriteLine($"  built in code (SellerLedger.Builder, each order's lines and strings its own objects): {builtBytes / 1e6:N0} MB = {(double)builtBytes / built.Orders.Length:N0} bytes per order, built in {builtSeconds:N2} s");
        GC.KeepAlive(built);
    }

    /// <summary>A copy of <paramref name="o"/> whose every string and line is new, as a row read from a database is.</summary>
    private static Order FromDatabase(Order o)
    {
        static string Fresh(string text) => new(text.AsSpan());
        OrderLine[] lines = [.. o.Lines.Select(l => new OrderLine(
            new Sku(Fresh(l.Sku.Value)), l.Quantity, new Money(l.UnitPrice.Amount, Fresh(l.UnitPrice.Currency)),
            l.Asin is { } asin ? new Asin(Fresh(asin.Value)) : null, l.Category is { } category ? Fresh(category) : null))];
        var copy = new Order(
            new OrderId(Fresh(o.OrderId.Value)), o.Channel, o.PurchasedAt, lines,
            o.MarketplaceId is { } m ? new MarketplaceId(Fresh(m.Value)) : null, o.BuyerId is { } b ? new BuyerId(Fresh(b.Value)) : null,
            o.ShipToCountry is { } c ? Fresh(c) : null, o.ShippingPrice, o.LatestShipDate, o.ShippedAt,
            o.TrackingId is { } t ? Fresh(t) : null, o.FirstCarrierScanAt, o.BuyShippingClaimsProtected, o.LatestDeliveryDate, o.DeliveredAt,
            o.CancelledAt, o.CancelledBy);
        return o.CancelledByAssumed ? copy.WithCancelledByAssumed(true) : copy;
    }

    private static long Retained()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
