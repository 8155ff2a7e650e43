using System.Collections.Immutable;
using System.Xml.Linq;
using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Reports.Tests;

public class MetricChartTests
{
    private static readonly LocalDate AsOf = new(2026, 10, 31);

    private static MetricChartData SampleOdr()
    {
        MarketplacePolicy policy = TestLedgers.Amazon.For(AsOf);
        AccountHealthSeries series = AccountHealthEngine.Create(TestLedgers.Sample, policy).Series(new Time.DayWindow(AsOf.PlusDays(-89), AsOf));
        AccountHealthForecast forecast = AccountHealth.Forecast(TestLedgers.Sample, AsOf, policy);
        return MetricChartData.From(series, new MetricId("orderDefectRate.mfn"), AsOf, forecast);
    }

    private static MetricChartData WithLabel(string label)
        => new(
            new MetricId("custom"), label, MetricTarget.LessThan(0.01),
            [.. Enumerable.Range(0, 10).Select(i => new MetricDay(AsOf.PlusDays(i - 9), i, 100, i / 100.0, i / 100.0 < 0.01 ? MetricStatus.Good : MetricStatus.Bad))],
            AsOf, [], null);

    [Fact]
    public void AHostileLabel_IsEscapedTextInTheSvg()
    {
        string svg = MetricChart.ToSvg(WithLabel("Label-" + TestLedgers.Hostile));

        XDocument document = XDocument.Parse(svg);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "script");
        Assert.Contains(document.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Contains("Label-" + TestLedgers.Hostile, StringComparison.Ordinal));
        Assert.DoesNotContain(TestLedgers.Hostile, svg, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSvg_IsReadyToInline_WithAViewBoxAndNoXmlDeclaration()
    {
        string svg = MetricChart.ToSvg(SampleOdr(), 640, 240);

        Assert.StartsWith("<svg viewBox=\"0 0 640 240\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSvg_NamesTheTarget_TheBadDays_TheAsOfDay_AndTheForecast()
    {
        MetricChartData data = SampleOdr();

        string svg = MetricChart.ToSvg(data);

        Assert.NotNull(data.GoodFrom);
        Assert.Contains("target &lt; 1%", svg, StringComparison.Ordinal);
        Assert.Matches(">\\s*BAD\\s*<", svg);
        Assert.Contains("as of 2026-10-31", svg, StringComparison.Ordinal);
        Assert.Contains($"forecast (dashed): back on target {data.GoodFrom:uuuu-MM-dd}", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePng_IsAPictureOfTheAskedSize_NotABlankImage()
    {
        byte[] png = MetricChart.ToPng(SampleOdr(), 800, 300);

        (int width, int height, int colours, double inked) = Pixels.Measure(png);
        Assert.Equal((800, 300), (width, height));
        Assert.True(colours > 20, $"only {colours} colours");
        Assert.True(inked > 0.03, $"only {inked:P1} of the pixels are drawn");
    }

    [Fact]
    public void AMetricWithNoFigureOnAnyDay_SaysSo_InsteadOfDrawingAnEmptyLine()
    {
        var empty = new MetricChartData(new MetricId("custom"), "Empty metric", MetricTarget.LessThan(0.01),
            [new MetricDay(AsOf, 0, 0, 0, MetricStatus.None)], AsOf, [], null);

        string svg = MetricChart.ToSvg(empty);

        Assert.Contains("no orders in the window on any day of this range, nothing to draw", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chart.png", ChartFormat.Png)]
    [InlineData("CHART.SVG", ChartFormat.Svg)]
    public void FormatOf_ReadsTheExtension(string name, ChartFormat expected) => Assert.Equal(expected, MetricChart.FormatOf(name));

    [Fact]
    public void FormatOf_RefusesAnotherExtension() => Assert.Null(MetricChart.FormatOf("chart.jpg"));

    [Fact]
    public void Save_WritesTheFormatAsked()
    {
        string directory = Cli.TempDirectory();
        MetricChartData data = WithLabel("Saved");

        MetricChart.Save(data, Path.Combine(directory, "c.svg"), ChartFormat.Svg);
        MetricChart.Save(data, Path.Combine(directory, "c.png"), ChartFormat.Png);

        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(directory, "c.svg")), StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(Path.Combine(directory, "c.png"))[..4]);
    }

    [Fact]
    public void Runs_GroupConsecutiveDays()
    {
        ImmutableArray<MetricDay> days = WithLabel("x").Days;

        var runs = MetricChart.Runs(days, d => d.Numerator is 2 or 3 or 5).ToList();

        Assert.Equal([(AsOf.PlusDays(-7), AsOf.PlusDays(-6)), (AsOf.PlusDays(-4), AsOf.PlusDays(-4))], runs);
    }
}
