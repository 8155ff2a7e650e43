using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Reports.Tests;

public class ChartCommandTests
{
    [Fact]
    public void AnUnknownMetricId_IsBadUsage_AndListsEveryValidId()
    {
        var (exitCode, stdout, stderr) = Cli.Run("chart", "--sample", "--metric", "orderDefectRate", "--out", Path.Combine(Cli.TempDirectory(), "c.png"));

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains("--metric must be one of the policy's metric ids, was 'orderDefectRate'", stderr, StringComparison.Ordinal);
        foreach (Metric metric in AmazonPolicies.Timeline.Latest.Metrics)
        {
            Assert.Contains($"  {metric.Id}  ({metric.Label})", stderr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("c.png")]
    [InlineData("c.svg")]
    public void AKnownMetric_IsDrawnInTheFormatTheFileNameAsks(string name)
    {
        string output = Path.Combine(Cli.TempDirectory(), name);

        var (exitCode, stdout, _) = Cli.Run("chart", "--sample", "--metric", "orderDefectRate.mfn", "--from", "2026-09-01", "--to", "2026-10-31", "--out", output);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"wrote {name}: Order Defect Rate, MFN, 2026-09-01 to 2026-10-31", stdout, StringComparison.Ordinal);
        byte[] bytes = File.ReadAllBytes(output);
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            Assert.Equal((1000, 400), (Pixels.Measure(bytes).Width, Pixels.Measure(bytes).Height));
        }
        else
        {
            Assert.Contains("as of 2026-10-31", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnOutputThatIsNeitherPngNorSvg_IsBadUsage()
    {
        var (exitCode, _, stderr) = Cli.Run("chart", "--sample", "--metric", "orderDefectRate.mfn", "--out", Path.Combine(Cli.TempDirectory(), "c.jpg"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--out must name a .png or .svg file, was 'c.jpg'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAfterTo_IsBadUsage()
    {
        var (exitCode, _, stderr) = Cli.Run("chart", "--sample", "--metric", "lateShipmentRate", "--from", "2026-10-02", "--to", "2026-10-01", "--out", Path.Combine(Cli.TempDirectory(), "c.svg"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--from (2026-10-02) must not be after --to (2026-10-01)", stderr, StringComparison.Ordinal);
    }
}
