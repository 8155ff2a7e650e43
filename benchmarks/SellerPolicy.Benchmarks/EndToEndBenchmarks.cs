using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// End to end on a file written by another tool (issue 14): `sellerpolicy series` over 365 days on the 1M-order,
/// 50,000-SKU, other-style ledger, the native build as a new process (read, validate, index, every metric, JSON out),
/// against DuckDB in process reading the same JSON Lines file with <c>read_json</c> and computing only the ODR series (the
/// ODR rules written as SQL, then the series query of <see cref="SeriesBenchmarks"/>). DuckDB is the baseline; it pays no
/// process start, the CLI does. Setup checks DuckDB's 730 numbers equal the engine's on the same file.
/// </summary>
/// <remarks>The native executable: <c>$SELLERPOLICY_NATIVE_CLI</c>, published with
/// <c>dotnet publish src/SellerPolicy.Cli -c Release -r linux-x64 -o artifacts/native</c>.</remarks>
public class EndToEndBenchmarks
{
    private const int Orders = 1_000_000;

    private string _file = null!;
    private string _native = null!;
    private DayWindow _days;

    /// <summary>Finds the native CLI, writes the file if missing, and checks DuckDB against the engine on it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _native = NativeCli();
        _file = LedgerCache.LargeCatalogueOtherStylePathOf(Orders);
        _days = DayWindow.Ending(LedgerCache.Options(Orders).LastDay, 365);
        SellerLedger ledger = LedgerReader.ReadFile(_file).GetLedgerOrThrow();
        AccountHealthSeries series = AccountHealthEngine.Create(ledger, AmazonPolicies.Current).Series(_days);
        DuckDbOdrSeries.CheckEquals(DuckDbOdrSeries.RunOnFile(_file, AmazonPolicies.Current, _days).Rows, series);
    }

    /// <summary>DuckDB: <c>read_json</c> of the file, the ODR rules in SQL, the ODR series (MFN and AFN) of 365 days.</summary>
    [Benchmark(Baseline = true)]
    public long DuckDbReadJsonOdrSeries365() => DuckDbOdrSeries.RunOnFile(_file, AmazonPolicies.Current, _days).Checksum;

    /// <summary>The native `sellerpolicy series` over the same 365 days, every metric, as JSON (read to the end).</summary>
    [Benchmark]
    public long NativeCliSeries365() => RunSeries(_native, _file, _days);

    /// <summary>Runs `series` and returns the bytes it printed; throws when it fails.</summary>
    internal static long RunSeries(string native, string file, DayWindow days)
    {
        var start = new ProcessStartInfo(native)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "series", "--ledger", file, "--policy", "amazon-current", "--from", Iso(days.From), "--to", Iso(days.To), "--format", "json" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {native}");
        Task<string> errors = process.StandardError.ReadToEndAsync();
        long bytes = 0;
        char[] buffer = new char[1 << 16];
        int read;
        while ((read = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
        {
            bytes += read;
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{native} series exited {process.ExitCode}: {errors.Result}");
        }

        return bytes;
    }

    /// <summary>The native CLI named by <c>$SELLERPOLICY_NATIVE_CLI</c>; throws, saying how to publish it, when missing.</summary>
    internal static string NativeCli()
    {
        string? path = Environment.GetEnvironmentVariable("SELLERPOLICY_NATIVE_CLI");
        if (path is not { Length: > 0 } || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"SELLERPOLICY_NATIVE_CLI must name the native sellerpolicy executable (was '{path}'): publish it with "
                + "`dotnet publish src/SellerPolicy.Cli -c Release -r linux-x64 -o artifacts/native` and set it to artifacts/native/sellerpolicy (an absolute path).");
        }

        return path;
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
