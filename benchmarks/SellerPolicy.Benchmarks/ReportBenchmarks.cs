extern alias cli;

using BenchmarkDotNet.Attributes;
using cli::SellerPolicy.Cli;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// <c>sellerpolicy report</c> against <c>sellerpolicy health</c> on the same ledger file, side by side: each benchmark runs the
/// CLI's own command in process (<c>SellerPolicyApp.Run</c>, the code path of the executable: reading the file, the engine,
/// and writing the JSON or the HTML file), output to a null writer and a temporary file. Target (issue 15): report under 2 s
/// more than health at 1M orders.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private string _ledger = null!;
    private string _html = null!;
    private CliConsole _console = null!;

    /// <summary>Gets or sets the number of orders.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.Orders))]
    public int Orders { get; set; }

    /// <summary>Writes the cached ledger file if missing, and picks a temporary output file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ledger = LedgerCache.PathOf(Orders);
        _html = Path.Combine(Path.GetTempPath(), $"sellerpolicy-bench-report-{Environment.ProcessId}.html");
        _console = new CliConsole(TextWriter.Null, TextWriter.Null, IsTerminal: false);
    }

    /// <summary>Deletes the report written.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_html);

    /// <summary><c>sellerpolicy health --ledger FILE --format json</c>.</summary>
    [Benchmark(Baseline = true)]
    public int Health() => Run("health", "--ledger", _ledger, "--format", "json");

    /// <summary><c>sellerpolicy report --ledger FILE --out FILE.html</c>.</summary>
    [Benchmark]
    public int Report() => Run("report", "--ledger", _ledger, "--out", _html);

    private int Run(params string[] args)
    {
        int code = SellerPolicyApp.Run(args, _console);
        return code == 0 ? code : throw new InvalidOperationException($"sellerpolicy {args[0]} exited with {code}");
    }
}
