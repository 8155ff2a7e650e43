using System.Text.RegularExpressions;
using SellerPolicy.Cli;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;
using Xunit.Abstractions;

namespace SellerPolicy.Reports.Tests;

/// <summary>
/// The sample's report opened in a real headless browser (Debian's chromium), as a person would: the DOM shows every metric
/// card with its SVG chart, the embedded figures equal the engine's series, and a screenshot is a picture, not a blank page
/// (it is kept in the test output folder as report-screenshot.png; eng/report-screenshot.sh copies it into docs/).
/// </summary>
public partial class HtmlReportInBrowserTests(ITestOutputHelper output)
{
    private static readonly Lazy<string> Report = new(() =>
    {
        string path = Path.Combine(Cli.TempDirectory(), "report.html");
        var (exitCode, _, stderr) = Cli.Run("report", "--sample", "--out", path);
        Assert.True(exitCode == 0, stderr);
        return path;
    });

    [Fact]
    public void TheDom_ShowsEveryMetricCard_WithItsChartsSvg()
    {
        string dom = Chromium.DumpDom(Report.Value);

        MetricCatalog catalog = AmazonPolicies.Timeline.Latest.Metrics;
        foreach (Metric metric in catalog)
        {
            Match card = Regex.Match(dom, $"<article class=\"metric-card [^\"]*\" id=\"card-{Regex.Escape(metric.Id.Value)}\".*?</article>", RegexOptions.Singleline);
            Assert.True(card.Success, $"no card for {metric.Id}");
            Assert.Contains("<svg", card.Value, StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(metric.Label), card.Value, StringComparison.Ordinal);
        }

        Assert.Equal(catalog.Count, Regex.Count(dom, "<article class=\"metric-card"));
    }

    [Fact]
    public void TheEmbeddedSeries_InTheBrowsersDom_EqualTheEnginesSeries()
    {
        string dom = Chromium.DumpDom(Report.Value);

        var ledger = SampleLedgers.Load().Ledger;
        var asOf = new NodaTime.LocalDate(2026, 10, 31);
        SeriesAssert.EmbeddedEqualsEngine(dom, ledger, AmazonPolicies.Timeline.For(asOf), new DayWindow(asOf.PlusDays(-89), asOf));
    }

    [Fact]
    public void AScreenshot_IsAPicture_NotABlankPage()
    {
        string shot = Path.Combine(Path.GetDirectoryName(Report.Value)!, "shot.png");

        Chromium.Screenshot(Report.Value, shot, 1000, 1400);

        byte[] png = File.ReadAllBytes(shot);
        (int width, int height, int colours, double inked) = Pixels.Measure(png);
        string kept = Path.Combine(AppContext.BaseDirectory, "report-screenshot.png");
        File.Copy(shot, kept, overwrite: true);
        output.WriteLine($"screenshot {width}x{height}, {colours} colours, {inked:P1} drawn: {kept}");
        Assert.Equal((1000, 1400), (width, height));
        Assert.True(colours > 50, $"only {colours} colours");
        Assert.True(inked > 0.05, $"only {inked:P1} of the pixels differ from the background");
    }
}
