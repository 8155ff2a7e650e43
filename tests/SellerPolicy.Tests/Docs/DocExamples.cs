namespace SellerPolicy.Tests.Docs;

/// <summary>Reads an example from a test file of this folder and the C# block of a document, to check that they are the same code.</summary>
internal static class DocExamples
{
    /// <summary>The code between <c>// README example begins</c> and <c>// README example ends</c> of a test file in tests/SellerPolicy.Tests/Docs, unindented.</summary>
    public static string Source(string testFile)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "SellerPolicy.Tests", "Docs", testFile));
        int start = text.IndexOf("// README example begins", StringComparison.Ordinal);
        int end = text.IndexOf("// README example ends", StringComparison.Ordinal);
        string[] lines = [.. text[start..end].Split('\n').Skip(1).Select(l => l.Length >= 8 ? l[8..].TrimEnd() : l.Trim())];
        return string.Join("\n", lines).Trim();
    }

    /// <summary>The C# block of <paramref name="doc"/> (a path from the repository root) that holds <paramref name="marker"/>.</summary>
    public static string CSharpBlockWith(string doc, string marker)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot(), doc)).Replace("\r\n", "\n", StringComparison.Ordinal);
        int at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{doc} has no C# block with {marker}");
        int start = text.LastIndexOf("```csharp\n", at, StringComparison.Ordinal) + "```csharp\n".Length;
        int end = text.IndexOf("```", start, StringComparison.Ordinal);
        return text[start..end].Trim();
    }

    private static string RepositoryRoot()
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
