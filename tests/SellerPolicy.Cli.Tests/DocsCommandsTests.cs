using System.Text.RegularExpressions;

namespace SellerPolicy.Cli.Tests;

/// <summary>
/// Every <c>sellerpolicy</c> command in the code blocks of README.md and docs/*.md runs as written (exit 0), in a
/// directory holding the files the docs name: the sample ledger the README makes, Amazon sample reports for the
/// import pages, two returnless rules files. A synopsis (with FILE, ID or [options]) is not a command and is skipped.
/// </summary>
public partial class DocsCommandsTests
{
    /// <summary>The files the docs name, and the test file that stands for each (under the Amazon sample data).</summary>
    private static readonly Dictionary<string, string> Stand_ins = new(StringComparer.Ordinal)
    {
        ["orders.txt"] = "orders-2026-01.txt",
        ["orders-jan.txt"] = "orders-2026-01.txt",
        ["orders-feb.txt"] = "orders-2026-02-by-last-update.txt",
        ["returns.txt"] = "returns.txt",
        ["feedback.txt"] = "feedback.txt",
        ["claims.csv"] = "claims.csv",
        ["shipments.csv"] = "shipments.csv",
        ["performance.json"] = "performance-report-example.json",
    };

    public static TheoryData<string, int, string> Commands()
    {
        var data = new TheoryData<string, int, string>();
        foreach (string doc in new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(Root(), "docs"), "*.md").Select(f => Path.Combine("docs", Path.GetFileName(f))).Order(StringComparer.Ordinal)))
        {
            int index = 0;
            foreach (string command in CommandsIn(File.ReadAllLines(Path.Combine(Root(), doc))))
            {
                data.Add(doc, index++, command);
            }
        }

        return data;
    }

    [Fact]
    public void TheDocs_HoldCommands_SoThisTestCannotPassEmpty()
    {
        Assert.Contains(Commands(), row => (string)row[0] == "README.md" && ((string)row[2]).StartsWith("sellerpolicy whatif", StringComparison.Ordinal));
        Assert.Contains(Commands(), row => (string)row[0] == "docs/importing.md" && ((string)row[2]).StartsWith("sellerpolicy import", StringComparison.Ordinal));
    }

    /// <summary>Each page's commands, run once, in order (the earlier ones make the files the later ones read).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<CliResult[]>> PageRuns = new(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryDocumentedCommand_RunsAsWritten(string doc, int index, string command)
    {
        CliResult[] page = PageRuns.GetOrAdd(doc, d => new Lazy<CliResult[]>(() =>
        {
            string directory = Workspace();
            return [.. CommandsIn(File.ReadAllLines(Path.Combine(Root(), d))).Select(c => Run(c, directory))];
        })).Value;

        CliResult result = page[index];

        Assert.True(result.ExitCode == 0, $"{doc}: `{command}` exited {result.ExitCode}: {result.Error}");
    }

    private static CliResult Run(string command, string directory)
    {
        string line = command;
        string? redirect = null;
        int arrow = line.IndexOf(" > ", StringComparison.Ordinal);
        if (arrow >= 0)
        {
            redirect = line[(arrow + 3)..].Trim();
            line = line[..arrow];
        }

        string[] args = [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(a => FileLike().IsMatch(a) ? Path.Combine(directory, a) : a)];
        CliResult result = Cli.Run(args);
        if (redirect is not null)
        {
            File.WriteAllText(Path.Combine(directory, redirect), result.Out);
        }

        return result;
    }

    /// <summary>The commands of a page's code blocks: continuation lines joined, comments cut, synopses skipped.</summary>
    private static IEnumerable<string> CommandsIn(string[] lines)
    {
        bool inBlock = false;
        string pending = string.Empty;
        foreach (string raw in lines)
        {
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            if (!inBlock)
            {
                continue;
            }

            string text = pending + raw.Trim();
            if (text.EndsWith('\\'))
            {
                pending = text[..^1].TrimEnd() + " ";
                continue;
            }

            pending = string.Empty;
            int comment = text.IndexOf(" #", StringComparison.Ordinal);
            string command = (comment >= 0 ? text[..comment] : text).Trim();
            if (command.StartsWith("sellerpolicy ", StringComparison.Ordinal) && !Synopsis().IsMatch(command))
            {
                yield return Regex.Replace(command, " +", " ");
            }
        }
    }

    private static string Workspace()
    {
        string directory = Path.Combine(Path.GetTempPath(), "sellerpolicy-docs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        foreach ((string name, string sample) in Stand_ins)
        {
            File.Copy(Path.Combine(Root(), "tests", "SellerPolicy.Ingestion.Tests", "TestData", "amazon", sample), Path.Combine(directory, name));
        }

        foreach ((string name, int max) in new[] { ("a.json", 15), ("b.json", 50) })
        {
            File.WriteAllText(Path.Combine(directory, name), $$"""
                {"currency":"USD","homeCountry":"US",
                 "rules":[{"name":"ceiling","priceRange":{"min":0,"max":{{max}}},"activeFrom":"2025-01-01T00:00:00Z"}],
                 "buyerGuard":{"maxReturnless":2,"withinDays":90},
                 "returnCost":{"domestic":6.5,"international":18.0},
                 "recoveryRate":0.5}
                """);
        }

        return directory;
    }

    internal static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "README.md")))
        {
            directory = directory.Parent;
        }

        return directory!.FullName;
    }

    [GeneratedRegex(@"^[\w.-]+\.(jsonl|json|txt|csv)$")]
    private static partial Regex FileLike();

    [GeneratedRegex(@"\[|\b[A-Z]{2,}\b(?!-)|\.\.\.|…")]
    private static partial Regex Synopsis();
}
