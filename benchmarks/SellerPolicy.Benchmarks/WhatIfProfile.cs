using System.Diagnostics;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// Times the phases of a one-change what-if on a built engine, as <see cref="ForecastBenchmarks"/> runs it (diagnosis, not a
/// benchmark): wall time per phase and the process's CPU time per round, which a loaded machine inflates less.
/// </summary>
internal static class WhatIfProfile
{
    public static void Run(int orders, TextWriter output)
    {
        SellerLedger ledger = LedgerCache.Load(orders);
        LocalDate asOf = LedgerCache.Options(orders).LastDay;
        MarketplacePolicy policy = AmazonPolicies.Current;
        EngineIndex index = EngineIndex.Build(ledger, policy, CancellationToken.None);
        Instant end = policy.Reporting.EndOf(asOf);
        AtoZClaim claim = ledger.Claims.Where(c => c.FiledAt < end).MaxBy(c => c.FiledAt)
            ?? throw new InvalidOperationException("the benchmark ledger has no claim");
        HypotheticalChange[] change = [new WithdrawClaim(claim.ClaimId, end - Duration.FromHours(1))];
        ForecastAssumptions assumptions = ForecastAssumptions.Default;
        using var process = Process.GetCurrentProcess();
        for (int round = 0; round < 20; round++)
        {
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            LedgerOverlay overlay = WhatIf.Overlay(ledger, change, policy.Reporting);
            double overlayMs = watch.Elapsed.TotalMilliseconds;
            DayDiff known = index.KnownDays(asOf, assumptions, CancellationToken.None);
            double knownMs = watch.Elapsed.TotalMilliseconds;
            _ = index.Snapshots(asOf, overlay);
            double snapshotsMs = watch.Elapsed.TotalMilliseconds;
            _ = index.Forecast(asOf, assumptions, known, null, CancellationToken.None);
            double beforeMs = watch.Elapsed.TotalMilliseconds;
            _ = index.Forecast(asOf, assumptions, known, overlay, CancellationToken.None);
            double afterMs = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            output.WriteLine(
                $"round {round}: overlay {overlayMs:N1}, known days {knownMs - overlayMs:N1}, snapshots {snapshotsMs - knownMs:N1}, "
                + $"forecast {beforeMs - snapshotsMs:N1}, changed forecast {afterMs - beforeMs:N1}; wall {afterMs:N1} ms, "
                + $"CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds:N1} ms");
        }
    }
}
