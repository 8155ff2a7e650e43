using System.Collections.Immutable;
using SellerPolicy.Ingestion.Amazon;

namespace SellerPolicy.Ingestion.Tests.Amazon;

/// <summary>The fixtures under TestData/amazon/layouts, laid out as Amazon documents each report (sources in its SOURCES.md).</summary>
internal static class LayoutFixtures
{
    public static ImmutableArray<AmazonSourceFile> Files(params string[] names) => AmazonTestFiles.Files([.. names.Select(n => "layouts/" + n)]);

    public static AmazonImportResult Orders(string name, AmazonImportOptions? options = null)
        => AmazonImport.Run(new AmazonImportSources { Orders = Files(name) }, options);
}
