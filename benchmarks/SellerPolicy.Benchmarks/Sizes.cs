using System.Globalization;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// The ledger sizes (orders) of a run: <c>SELLERPOLICY_BENCH_SIZES</c> (comma-separated, e.g. <c>100000,1000000,10000000</c>),
/// else 100k and 1M. The reference calculator runs at 100k only (it recomputes every day from the domain objects).
/// </summary>
public static class Sizes
{
    /// <summary>Gets the sizes of this run.</summary>
    public static IEnumerable<int> Orders
        => (Environment.GetEnvironmentVariable("SELLERPOLICY_BENCH_SIZES") is { Length: > 0 } text ? text : "100000,1000000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture));
}
