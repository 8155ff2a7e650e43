using System.Collections.Immutable;
using SellerPolicy.Ingestion.Amazon;

namespace SellerPolicy.Ingestion.Tests.Amazon;

/// <summary>The hand-written Amazon sample files under TestData/amazon, named in problems by their path below it.</summary>
internal static class AmazonTestFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "amazon", name);

    public static AmazonSourceFile File(string name) => AmazonSourceFile.FromPath(PathOf(name), name);

    public static ImmutableArray<AmazonSourceFile> Files(params string[] names) => [.. names.Select(File)];

    /// <summary>Every good sample file.</summary>
    public static AmazonImportSources Samples => new()
    {
        Orders = Files("orders-2026-01.txt", "orders-2026-02-by-last-update.txt"),
        Returns = Files("returns.txt", "returns-empty.txt"),
        Feedback = Files("feedback.txt", "feedback-header-only.txt"),
        Claims = Files("claims.csv"),
        Shipments = Files("shipments.csv"),
    };
}
