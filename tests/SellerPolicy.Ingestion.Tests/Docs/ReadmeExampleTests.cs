using NodaTime;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Sample;

namespace SellerPolicy.Ingestion.Tests.Docs;

/// <summary>The README's C# example, compiled and run, so it cannot rot.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_IsThisCode_AndRuns()
    {
        string path = Path.Combine(Path.GetTempPath(), $"readme-{Guid.NewGuid():N}.jsonl");
        using (FileStream file = File.Create(path))
        {
            LedgerWriter.Write(SampleLedgerGenerator.Stream(new SampleLedgerOptions { Orders = 2000, Seed = 7 }), file);
        }

        var output = new StringWriter();
        TextWriter original = Console.Out;
        Console.SetOut(output);
        try
        {
            Example([path]);
        }
        finally
        {
            Console.SetOut(original);
            File.Delete(path);
        }

        Assert.StartsWith("ODR ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Bad over [2026-08-19, 2026-10-17] (amazon@2025-01-01)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("  hurt by 111-", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(ExampleSource(), ReadmeCSharpBlock(), StringComparison.Ordinal);
    }

    private static void Example(string[] args)
    {
        // README example begins
        string path = args[0];
        SellerLedger ledger = LedgerReader.ReadFile(path).GetLedgerOrThrow();       // every problem with its line and field
        LocalDate asOf = new(2026, 10, 31);
        AccountHealthSnapshot health = AccountHealth.Snapshot(ledger, asOf, AmazonPolicies.Timeline);
        OrderDefectRateResult odr = health.OrderDefectRate.Mfn;
        Console.WriteLine($"ODR {odr.Rate:P2} {odr.Status} over {odr.Window} ({odr.PolicyVersion})");
        foreach (OrderId orderId in odr.OrderIds)
        {
            Console.WriteLine($"  hurt by {orderId}");
        }

        // README example ends
    }

    private static string ExampleSource()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "SellerPolicy.Ingestion.Tests", "Docs", "ReadmeExampleTests.cs"));
        int start = text.IndexOf("// README example begins", StringComparison.Ordinal);
        int end = text.IndexOf("// README example ends", StringComparison.Ordinal);
        string[] lines = text[start..end].Split('\n').Skip(1).Select(l => l.Length >= 8 ? l[8..].TrimEnd() : l.Trim()).ToArray();
        return string.Join("\n", lines).Trim();
    }

    private static string ReadmeCSharpBlock()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = readme.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        int end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return readme[start..end].Trim();
    }

    /// <summary>The repository root: the first folder above the test binaries that holds SellerPolicy.sln.</summary>
    internal static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SellerPolicy.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SellerPolicy.sln above {AppContext.BaseDirectory}.");
    }
}
