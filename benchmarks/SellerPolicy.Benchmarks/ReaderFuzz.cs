using System.Text;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ingestion.PolicyFile;
using SellerPolicy.Ingestion.Returnless;
using SellerPolicy.Ledger;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// Feeds every reader mutated copies of valid inputs (tokens inserted, spans deleted or replaced, bytes flipped) for a
/// while and reports any exception that escapes: a reader must turn bad input into located problems, never throw.
/// <c>fuzz-readers SECONDS [SEED]</c>; a diagnosis, not a benchmark. Inputs: the cached 100k ledger, the test data of
/// tests/SellerPolicy.Ingestion.Tests and the policy example of docs/policies.md.
/// </summary>
internal static class ReaderFuzz
{
    private static readonly string[] Tokens =
    [
        "\\ud800", "\\udc00", "\\u0000", "\\\"", "\\", "\"", "\"\"", "[", "]", "{", "}", ",", ":", "\t", "\n", "\r\n", " ", "",
        "null", "true", "-1", "-0", "0", "1.5", "1e400", "1e-400", "2147483648", "99999999999999999999999999999",
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2026-02-30", "2026-13-01", "2026-01-01T24:00:00Z", "+25:00",
        "Z", "T", "/*", "//", "\u00e9", "\ud83d\ude00", "AFN", "MFN", "USD", "Yes", "NaN",
    ];

    public static int Run(TimeSpan duration, int seed, TextWriter output)
    {
        string repo = FindRepositoryRoot();
        string testData = Path.Combine(repo, "tests", "SellerPolicy.Ingestion.Tests", "TestData", "amazon");
        string[] ledgerLines = [.. File.ReadLines(LedgerCache.PathOf(100_000)).Take(3000)];
        string policy = PolicyExample(Path.Combine(repo, "docs", "policies.md"));
        string report = File.ReadAllText(Path.Combine(testData, "performance-report-example.json"));
        string[] flat = [.. new[] { "orders-2026-01.txt", "returns.txt", "feedback.txt", "claims.csv", "shipments.csv" }
            .Select(f => File.ReadAllText(Path.Combine(testData, f)))];
        const string rules = """
            {"currency":"EUR","homeCountry":"DE",
             "rules":[{"name":"small-items","priceRange":{"min":0,"max":15},"categories":["Beauty"],"reasons":["DEFECTIVE"],
                       "activeFrom":"2026-01-01T00:00:00Z","activeUntil":null}],
             "skuExemptions":["SKU-1"], "buyerGuard":{"maxReturnless":2,"withinDays":90},
             "returnCost":{"domestic":6.5,"international":18.0}, "recoveryRate":0.5}
            """;

        var random = new Random(seed);
        var seen = new HashSet<string>();
        long inputs = 0;
        long failures = 0;
        DateTime until = DateTime.UtcNow + duration;
        while (DateTime.UtcNow < until)
        {
            int reader = random.Next(5);
            try
            {
                switch (reader)
                {
                    case 0:
                        var text = new StringBuilder();
                        for (int i = 0; i < 20; i++)
                        {
                            text.Append(Mutate(ledgerLines[random.Next(ledgerLines.Length)], random)).Append('\n');
                        }

                        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
                        if (random.Next(10) == 0)
                        {
                            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                        }

                        LedgerReader.Read(new MemoryStream(bytes), "fuzz.jsonl", random.Next(2) == 0 ? LedgerBuildMode.Lenient : LedgerBuildMode.Strict);
                        break;
                    case 1:
                        PolicyFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Mutate(policy, random))), "fuzz-policy.json");
                        break;
                    case 2:
                        ReturnlessRulesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Mutate(rules, random))), "fuzz-rules.json");
                        break;
                    case 3:
                        AmazonPerformanceReportReader.Read(Mutate(report, random), "fuzz-report.json");
                        break;
                    default:
                        AmazonImport.Run(
                            new AmazonImportSources
                            {
                                Orders = [AmazonSourceFile.FromText("orders.txt", Mutate(flat[0], random))],
                                Returns = [AmazonSourceFile.FromText("returns.txt", Mutate(flat[1], random))],
                                Feedback = [AmazonSourceFile.FromText("feedback.txt", Mutate(flat[2], random))],
                                Claims = [AmazonSourceFile.FromText("claims.csv", Mutate(flat[3], random))],
                                Shipments = [AmazonSourceFile.FromText("shipments.csv", Mutate(flat[4], random))],
                            },
                            new AmazonImportOptions { Mode = random.Next(2) == 0 ? LedgerBuildMode.Lenient : LedgerBuildMode.Strict });
                        break;
                }
            }
            catch (Exception ex)
            {
                failures++;
                string where = (ex.StackTrace ?? string.Empty).Split('\n').FirstOrDefault(l => l.Contains("SellerPolicy", StringComparison.Ordinal)) ?? "?";
                if (seen.Add(ex.GetType().Name + where))
                {
                    output.WriteLine($"reader {reader}: {ex.GetType().Name}: {ex.Message}{Environment.NewLine}  {where.Trim()}");
                }
            }

            inputs++;
        }

        output.WriteLine($"{inputs:N0} mutated inputs, {failures:N0} escaped exceptions ({seen.Count} distinct)");
        return failures == 0 ? 0 : 1;
    }

    private static string Mutate(string text, Random random)
    {
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits; e++)
        {
            int at = random.Next(text.Length + 1);
            string token = Tokens[random.Next(Tokens.Length)];
            int length = Math.Min(random.Next(0, 8), text.Length - at);
            text = random.Next(3) switch
            {
                0 => text.Insert(at, token),
                1 => text.Remove(at, length),
                _ => text.Remove(at, length).Insert(at, token),
            };
        }

        return text;
    }

    private static string PolicyExample(string policiesMarkdown)
    {
        string markdown = File.ReadAllText(policiesMarkdown);
        int start = markdown.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        return markdown[start..markdown.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "SellerPolicy.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository (SellerPolicy.sln not found above the program).");
    }
}
