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
        AccountHealthEngine engine = AccountHealthEngine.Create(ledger, AmazonPolicies.Current);
        double buildSeconds = watch.Elapsed.TotalSeconds;
        long engineBytes = Retained() - before - ledgerBytes;

        output.WriteLine($"orders={orders:N0} records={ledger.RecordCount:N0} file={new FileInfo(path).Length / 1e6:N0} MB");
        output.WriteLine($"  load: {loadSeconds:N2} s = {records / loadSeconds / 1e6:N2} M records/s, {orders / loadSeconds / 1e6:N2} M orders/s");
        output.WriteLine($"  ledger heap: {ledgerBytes / 1e6:N0} MB = {(double)ledgerBytes / orders:N0} bytes per order (all records and ids)");
        OrderRows table = ledger.OrderTable;
        output.WriteLine($"  of which the table of orders: {table.ApproximateBytes / 1e6:N0} MB = {(double)table.ApproximateBytes / orders:N0} bytes per order ({System.Runtime.CompilerServices.Unsafe.SizeOf<OrderRow>()} a row, the rest ids)");
        output.WriteLine($"  first load in the process: {firstBytes / 1e6:N0} MB = {(double)firstBytes / orders:N0} bytes per order (with the reader's pooled buffers)");
        output.WriteLine($"  engine index: {engineBytes / 1e6:N0} MB = {(double)engineBytes / orders:N0} bytes per order, {engine.ContributionCount:N0} contributions, built in {buildSeconds:N2} s");
        GC.KeepAlive(ledger);
        GC.KeepAlive(engine);
    }

    private static long Retained()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
