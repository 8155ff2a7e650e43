using System.Diagnostics.CodeAnalysis;

namespace SellerPolicy.Fuzz;

/// <summary>The fuzzing harnesses by name: each reads one input and throws when a reader misbehaves on it.</summary>
internal static class Harnesses
{
    private static readonly Dictionary<string, Action<byte[]>> ByName = new(StringComparer.Ordinal)
    {
        ["ledger"] = LedgerHarness.Run,
        ["policy"] = ConfigHarness.RunPolicy,
        ["returnless"] = ConfigHarness.RunReturnless,
        ["amazon-tsv"] = AmazonHarness.RunTabular,
        ["amazon-json"] = AmazonHarness.RunPerformanceReport,
    };

    /// <summary>Gets the harness names, as eng/fuzz.sh and the corpus folders (fuzz/corpus/NAME) spell them.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>Finds a harness by name.</summary>
    public static bool TryFind(string name, [NotNullWhen(true)] out Action<byte[]>? harness) => ByName.TryGetValue(name, out harness);
}
