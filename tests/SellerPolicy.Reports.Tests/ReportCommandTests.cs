namespace SellerPolicy.Reports.Tests;

public class ReportCommandTests
{
    [Fact]
    public void ReportSample_WritesOneSelfContainedHtmlFile_AndSaysWhatItWrote()
    {
        string output = Path.Combine(Cli.TempDirectory(), "report.html");

        var (exitCode, stdout, stderr) = Cli.Run("report", "--sample", "--out", output);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.StartsWith("wrote report.html: 8 metrics as of 2026-10-31", stdout, StringComparison.Ordinal);
        string html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Account health: sample (seed 7, 5,000 orders)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RedirectedOutput_HoldsNoProgressDisplay()
    {
        string output = Path.Combine(Cli.TempDirectory(), "r.html");

        var (_, stdout, stderr) = Cli.Run("report", "--sample", "--out", output);

        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("\u001b", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("indexing", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void From_AfterTheAsOfDay_IsBadUsage()
    {
        var (exitCode, _, stderr) = Cli.Run("report", "--sample", "--from", "2026-11-05", "--out", Path.Combine(Cli.TempDirectory(), "r.html"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--from (2026-11-05) must not be after the as-of day (2026-10-31)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOfAndFrom_SetTheHeaderAndTheRange()
    {
        string output = Path.Combine(Cli.TempDirectory(), "r.html");

        var (exitCode, _, _) = Cli.Run("report", "--sample", "--as-of", "2026-09-30", "--from", "2026-09-01", "--out", output, "--seller", "Acme");

        Assert.Equal(0, exitCode);
        string html = File.ReadAllText(output);
        Assert.Contains("<dt>As of</dt><dd>2026-09-30</dd>", html, StringComparison.Ordinal);
        Assert.Contains("2026-09-01 to 2026-09-30 (30 days)", html, StringComparison.Ordinal);
        Assert.Contains("Account health: Acme", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutLedgerOrSample_IsBadUsage()
    {
        var (exitCode, _, stderr) = Cli.Run("report", "--out", Path.Combine(Cli.TempDirectory(), "r.html"));

        Assert.Equal(2, exitCode);
        Assert.Contains("give --ledger FILE or --sample", stderr, StringComparison.Ordinal);
    }
}
