using System.Text.Json;
using System.Text.RegularExpressions;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Reports.Tests;

public partial class HtmlReportTests
{
    private static string HostileReport()
    {
        SellerLedger ledger = TestLedgers.WithHostileStrings();
        var options = ReportOptions.Default with { Seller = "Seller-" + TestLedgers.Hostile };
        return HtmlReport.Render(AccountHealthReport.Build(ledger, TestLedgers.Amazon, TestLedgers.AsOf, options));
    }

    [Theory]
    [InlineData("ORD-")]
    [InlineData("SKU-")]
    [InlineData("Category-")]
    [InlineData("Comment-")]
    [InlineData("Seller-")]
    public void AHostileValue_IsShownEncoded_NeverAsMarkup(string field)
    {
        string html = HostileReport();

        Assert.Contains(field + "&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(field + TestLedgers.Hostile, html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOnlyScriptElements_AreTheEmbeddedSeries()
    {
        string html = HostileReport();

        MatchCollection scripts = ScriptTag().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Matches("^<script type=\"application/json\" id=\"series-[A-Za-z0-9._-]+\">$", s.Value));
    }

    [Fact]
    public void TheHostileOrder_IsListedUnderTheBadMetric_WithWhyAndTheDayItStopsCounting()
    {
        SellerLedger ledger = TestLedgers.WithHostileStrings();
        AccountHealthReport report = AccountHealthReport.Build(ledger, TestLedgers.Amazon, TestLedgers.AsOf);
        string html = HtmlReport.Render(report);

        HurtingOrder order = Assert.Single(report.Hurting[new MetricId("orderDefectRate.mfn")]);
        Assert.Contains("negative feedback", order.Why);
        Assert.Contains($"<td>{order.StopsCountingOn:uuuu-MM-dd}</td>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"hurting-orderDefectRate.mfn\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ALedgerWithoutOrders_SaysSo_AndDrawsNoChart()
    {
        AccountHealthReport report = AccountHealthReport.Build(SellerLedger.Empty, TestLedgers.Amazon, TestLedgers.AsOf);

        string html = HtmlReport.Render(report);

        Assert.Contains("id=\"no-orders\"", html, StringComparison.Ordinal);
        Assert.Contains("The ledger has no orders", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Equal(report.Policy.Metrics.Count, Regex.Count(html, "class=\"empty\""));
    }

    [Fact]
    public void EveryMetricOfTheCatalog_HasACard_WithItsChartAndSeries()
    {
        AccountHealthReport report = AccountHealthReport.Build(TestLedgers.Sample, TestLedgers.Amazon, new NodaTime.LocalDate(2026, 10, 31));

        string html = HtmlReport.Render(report);

        foreach (Metric metric in report.Policy.Metrics)
        {
            Assert.Contains($"id=\"card-{metric.Id}\"", html, StringComparison.Ordinal);
            Assert.Contains($"<script type=\"application/json\" id=\"series-{metric.Id}\">", html, StringComparison.Ordinal);
        }

        Assert.Equal(report.Charts.Count(c => c.HasData), Regex.Count(html, "<svg "));
    }

    [Fact]
    public void ThePage_AsksForNothingOutsideItself()
    {
        string html = HtmlReport.Render(AccountHealthReport.Build(TestLedgers.Sample, TestLedgers.Amazon, new NodaTime.LocalDate(2026, 10, 31)));

        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("url\\((?!#)", html);
    }

    [Fact]
    public void TheEmbeddedSeries_EqualTheEnginesSeries()
    {
        var asOf = new NodaTime.LocalDate(2026, 10, 31);
        AccountHealthReport report = AccountHealthReport.Build(TestLedgers.Sample, TestLedgers.Amazon, asOf);
        string html = HtmlReport.Render(report);

        SeriesAssert.EmbeddedEqualsEngine(html, TestLedgers.Sample, report.Policy, report.Range);
    }

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
