namespace SellerPolicy.Cli.Tests;

/// <summary>Outputs never overwrite inputs and are written whole or not at all.</summary>
public class CliFilesTests
{
    [Fact]
    public void RealPath_ResolvesSymbolicLinksAlongThePath()
    {
        string file = Cli.TempFile("a.txt", "x");
        string directory = Path.GetDirectoryName(file)!;
        string linkedDirectory = directory + "-link";
        Directory.CreateSymbolicLink(linkedDirectory, directory);

        Assert.Equal(CliFiles.RealPath(file), CliFiles.RealPath(Path.Combine(linkedDirectory, "a.txt")));
    }

    [Fact]
    public void WriteOutput_AFailingWriter_LeavesTheTargetAsItWas()
    {
        string target = Cli.TempFile("out.jsonl", "old");

        Assert.Throws<InvalidOperationException>(() => CliFiles.WriteOutput(new FileInfo(target), "--out", [], path =>
        {
            File.WriteAllText(path, "half");
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal("old\n", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public void WriteOutput_TargetIsAnInput_IsAUsageError()
    {
        string input = Cli.TempFile("in.txt", "x");

        CliException refused = Assert.Throws<CliException>(() => CliFiles.WriteOutput(new FileInfo(input), "--out", [new FileInfo(input)], _ => { }));

        Assert.Equal(CliException.BadUsage, refused.ExitCode);
    }
}
