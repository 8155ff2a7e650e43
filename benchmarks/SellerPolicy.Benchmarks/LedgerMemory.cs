using System.Diagnostics;
using System.Runtime.CompilerServices;
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
        // Every ledger is held in a box only, and made or dropped in a method of its own that is not inlined: a method run
        // once is not optimised, and its hidden temporaries keep what they held alive to its end, so a ledger "dropped" here
        // would still be counted (the builder's figure of 239 B/order was measured that way).
        string path = LedgerCache.PathOf(orders);
        var loaded = new StrongBox<SellerLedger?>();
        long before = Retained();
        double loadSeconds = ReadInto(loaded, path);
        long firstBytes = Retained() - before;

        // The ledger itself: a second load after the first is dropped, once the reader's pooled buffers and tables (kept by
        // the process, not by a ledger) exist.
        loaded.Value = null;
        before = Retained();
        ReadInto(loaded, path);
        long ledgerBytes = Retained() - before;

        var engine = new StrongBox<AccountHealthEngine?>();
        double buildSeconds = EngineInto(engine, loaded);
        long engineBytes = Retained() - before - ledgerBytes;
        DescribeLoaded(output, loaded, engine, path, orders, loadSeconds, ledgerBytes, firstBytes, engineBytes, buildSeconds);
        engine.Value = null;

        // The same records built in code, as a service with its own database does: every order, line and string its own
        // object (as a database driver gives them), added to SellerLedger.Builder with the other records of the loaded
        // ledger. Once the loaded ledger is dropped those records are kept by the built one alone, so the heap freed when
        // the built ledger is dropped in turn is all it keeps: the same records as the loaded one.
        var built = new StrongBox<SellerLedger?>();
        double builtSeconds = BuildInto(built, loaded);
        loaded.Value = null;
        long withBuilt = Retained();
        built.Value = null;
        long builtBytes = withBuilt - Retained();
        output.WriteLine($"  built in code (SellerLedger.Builder, each order's lines and strings its own objects): {builtBytes / 1e6:N0} MB = {(double)builtBytes / orders:N0} bytes per order, built in {builtSeconds:N2} s");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double ReadInto(StrongBox<SellerLedger?> box, string path)
    {
        var watch = Stopwatch.StartNew();
        box.Value = LedgerReader.ReadFile(path).GetLedgerOrThrow();
        return watch.Elapsed.TotalSeconds;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double EngineInto(StrongBox<AccountHealthEngine?> box, StrongBox<SellerLedger?> ledger)
    {
        var watch = Stopwatch.StartNew();
        box.Value = AccountHealthEngine.Create(ledger.Value!, AmazonPolicies.Current);
        return watch.Elapsed.TotalSeconds;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DescribeLoaded(
        TextWriter output, StrongBox<SellerLedger?> loaded, StrongBox<AccountHealthEngine?> engine, string path, int orders, double loadSeconds,
        long ledgerBytes, long firstBytes, long engineBytes, double buildSeconds)
    {
        SellerLedger ledger = loaded.Value!;
        int records = ledger.RecordCount;
        output.WriteLine($"orders={orders:N0} records={records:N0} file={new FileInfo(path).Length / 1e6:N0} MB");
        output.WriteLine($"  load: {loadSeconds:N2} s = {records / loadSeconds / 1e6:N2} M records/s, {orders / loadSeconds / 1e6:N2} M orders/s");
        output.WriteLine($"  ledger heap: {ledgerBytes / 1e6:N0} MB = {(double)ledgerBytes / orders:N0} bytes per order (all records and ids)");
        OrderRows table = ledger.OrderTable;
        output.WriteLine($"  of which the table of orders: {table.ApproximateBytes / 1e6:N0} MB = {(double)table.ApproximateBytes / orders:N0} bytes per order ({Unsafe.SizeOf<OrderRow>()} a row, the rest ids)");
        output.WriteLine($"  first load in the process: {firstBytes / 1e6:N0} MB = {(double)firstBytes / orders:N0} bytes per order (with the reader's pooled buffers)");
        output.WriteLine($"  engine index: {engineBytes / 1e6:N0} MB = {(double)engineBytes / orders:N0} bytes per order, {engine.Value!.ContributionCount:N0} contributions, built in {buildSeconds:N2} s");
    }

    /// <summary>Builds into <paramref name="box"/> the records of <paramref name="loaded"/>, its orders as from a database.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double BuildInto(StrongBox<SellerLedger?> box, StrongBox<SellerLedger?> loaded)
    {
        SellerLedger ledger = loaded.Value!;
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
        var watch = Stopwatch.StartNew();
        box.Value = builder.ToImmutable();
        return watch.Elapsed.TotalSeconds;
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
