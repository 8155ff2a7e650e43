using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SellerPolicy.Benchmarks;

// `prepare 100000 1000000 ...` writes the cached ledgers (and reports load time and memory per order) without benchmarking.
if (args is ["prepare", .. var sizes])
{
    foreach (string size in sizes)
    {
        int orders = int.Parse(size, System.Globalization.CultureInfo.InvariantCulture);
        LedgerCache.PathOf(orders);
        if (Environment.GetEnvironmentVariable("SELLERPOLICY_BENCH_MEASURE") == "1")
        {
            LedgerMemory.Report(orders, Console.Out);
        }
    }

    return 0;
}

// `profile-load N` times the phases of loading a ledger file (diagnosis, not a benchmark).
if (args is ["profile-load", var n])
{
    LoadProfile.Run(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return 0;
}

// `profile-whatif N` times the phases of a one-change what-if on a built engine (diagnosis, not a benchmark).
if (args is ["profile-whatif", var whatIfSize])
{
    WhatIfProfile.Run(int.Parse(whatIfSize, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return 0;
}

// `profile-report N` times the steps of one report on the cached ledger of N orders, three rounds (diagnosis).
if (args is ["profile-report", var reportSize])
{
    ReportProfile.Run(int.Parse(reportSize, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return 0;
}

// `read-loop N ROUNDS` reads the cached ledger of N orders ROUNDS times, as LedgerReader.ReadFile does, and prints each
// time (diagnosis: the whole read, for a profiler to attach to).
if (args is ["read-loop", var readSize, var rounds])
{
    string path = LedgerCache.PathOf(int.Parse(readSize, System.Globalization.CultureInfo.InvariantCulture));
    for (int round = 0; round < int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture); round++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int records = SellerPolicy.Ingestion.LedgerFile.LedgerReader.ReadFile(path).GetLedgerOrThrow().RecordCount;
        Console.WriteLine($"round {round}: {records:N0} records in {watch.Elapsed.TotalSeconds:N2} s = {records / watch.Elapsed.TotalSeconds / 1e6:N2} M records/s");
    }

    return 0;
}

// `fuzz-readers SECONDS [SEED]` feeds every reader mutated inputs and reports any exception that escapes (diagnosis).
if (args is ["fuzz-readers", var seconds, .. var rest])
{
    return ReaderFuzz.Run(
        TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)),
        rest is [var seed] ? int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture) : 1,
        Console.Out);
}

// `orleans-load SELLERS RECORDS` records sample sellers through a local one-silo cluster once and prints records/s, snapshot
// latencies and memory per order (diagnosis; the benchmark of record is OrleansBenchmarks).
if (args is ["orleans-load", var loadSellers, var loadRecords])
{
    await OrleansLoad.ReportAsync(
        int.Parse(loadSellers, System.Globalization.CultureInfo.InvariantCulture), int.Parse(loadRecords, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return 0;
}

// SELLERPOLICY_BENCH_LONG_SETUP=1: the short job in process with a one-hour limit (10M orders take minutes to set up, more
// than the in-process toolchain allows by default). Use it instead of `--job short --inProcess`.
IConfig? config = Environment.GetEnvironmentVariable("SELLERPOLICY_BENCH_LONG_SETUP") == "1"
    ? DefaultConfig.Instance.AddJob(Job.ShortRun
        .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)))
    : null;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;

/// <summary>The benchmark runner: <c>dotnet run -c Release -- --filter *</c> (see benchmarks/README.md).</summary>
public partial class Program;
