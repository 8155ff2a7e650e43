using NodaTime;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Ingestion.Tests.Amazon;

public class AmazonPerformanceReportReaderTests
{
    private static AmazonPerformanceReportResult Example
        => AmazonPerformanceReportReader.ReadFile(AmazonTestFiles.PathOf("performance-report-example.json"), "performance-report-example.json");

    private static AmazonMarketplacePerformance Us => Assert.Single(Example.Report!.Marketplaces);

    [Fact]
    public void AmazonsExample_ReadsWithoutProblems()
    {
        AmazonPerformanceReportResult result = Example;

        Assert.Empty(result.Problems);
        Assert.Equal(new MarketplaceId("ATVPDKIKX0DER"), Us.MarketplaceId);
        Assert.Equal("AT_RISK", Us.AccountStatus);
    }

    [Fact]
    public void OrderDefectRate_ReadsWindowCountsRateAndTarget()
    {
        AmazonOrderDefectRate mfn = Us.OrderDefectRateMfn!;

        Assert.Equal(new AmazonOrderDefectRate(
            FulfillmentChannel.Mfn, new DayWindow(new LocalDate(2020, 9, 6), new LocalDate(2020, 11, 4)),
            539000, 1078, 442, 15, 628, 0.009, MetricTarget.LessThan(0.01), "GOOD"), mfn);
        Assert.Equal(60, mfn.Window.Days);
    }

    [Fact]
    public void AfnOdr_TrustsThePropertyName_NotItsWrongFulfillmentType()
    {
        Assert.Equal(FulfillmentChannel.Afn, Us.OrderDefectRateAfn!.Channel);
        Assert.Contains("performanceMetrics[0].orderDefectRate.afn: fulfillmentType says 'mfn'; the property name afn was trusted.", Example.Notes);
    }

    [Fact]
    public void SchemaNamingDefects_AreReadUnderBothNames_AndNoted()
    {
        AmazonPerformanceReportResult result = Example;

        Assert.Equal(new AmazonRateMetric("preFulfillmentCancellationRate", new DayWindow(new LocalDate(2020, 11, 12), new LocalDate(2020, 11, 18)),
            551, 17197, 0.005, MetricTarget.LessThan(0.01), "GOOD"), Us.PreFulfillmentCancellationRate);
        Assert.Equal("WARNED", Us.AccountHealthRatingStatus);
        Assert.Equal(
            [
                "accountStatuses: status SUSPENDED of A1AM78C64UM0Y8 is not in the schema's enum (NORMAL, AT_RISK, DEACTIVATED); kept as given.",
                "performanceMetrics[0].orderDefectRate.afn: fulfillmentType says 'mfn'; the property name afn was trusted.",
                "performanceMetrics[0].accountHealthRating: read ahrStatus (the schema's required name) for accountHealthRatingStatus.",
                "performanceMetrics[0]: read prefulfillmentCancelRate (the name in Amazon's example) as preFulfillmentCancellationRate.",
            ],
            result.Notes.ToArray());
    }

    [Fact]
    public void OtherRates_AreRead()
    {
        Assert.Equal(new AmazonRateMetric("lateShipmentRate", new DayWindow(new LocalDate(2020, 10, 21), new LocalDate(2020, 11, 19)),
            27896, 870669, 0.03203973037, MetricTarget.LessThan(0.04), "GOOD"), Us.LateShipmentRate);
        Assert.Equal(878443, Us.ValidTrackingRate!.Denominator);
        Assert.Equal(MetricTarget.GreaterThan(0.95), Us.OnTimeDeliveryRate!.Target);
        Assert.Equal(808046, Us.OnTimeDeliveryRate.Denominator);
    }

    [Fact]
    public void DamagedValues_AreProblemsWithTheirJsonPath_AndOnlyTheirMetricIsLost()
    {
        AmazonPerformanceReportResult result = AmazonPerformanceReportReader.ReadFile(AmazonTestFiles.PathOf("broken/performance-report-bad.json"), "bad.json");

        Assert.Equal(
            [
                "bad.json: performanceMetrics[0].orderDefectRate.mfn.orderCount: expected a whole number of at least 0, was -5.",
                "bad.json: performanceMetrics[0].lateShipmentRate.rate: expected a number, was \"abc\".",
                "bad.json: performanceMetrics[0].validTrackingRate.reportingDateRange: reportingDateFrom (2020-11-20) is after reportingDateTo (2020-11-09); the metric was skipped.",
            ],
            result.Problems.Select(p => p.ToString()));
        AmazonMarketplacePerformance us = Assert.Single(result.Report!.Marketplaces);
        Assert.Null(us.ValidTrackingRate);
        Assert.Null(us.LateShipmentRate!.Rate);
        Assert.Equal(27896, us.LateShipmentRate.Numerator);
        Assert.Null(us.OrderDefectRateMfn!.OrderCount);
    }

    [Fact]
    public void InvalidJson_IsOneProblemWithItsLine()
    {
        AmazonPerformanceReportResult result = AmazonPerformanceReportReader.Read("{\n  \"performanceMetrics\": [\n  oops\n]}", "r.json");

        Assert.Null(result.Report);
        AmazonReportProblem problem = Assert.Single(result.Problems);
        Assert.Equal("line 3", problem.Path);
        Assert.StartsWith("the file is not valid JSON: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPerformanceMetrics_IsAProblem()
        => Assert.Equal(
            ["r.json: performanceMetrics: the report has no performanceMetrics array."],
            AmazonPerformanceReportReader.Read("{}", "r.json").Problems.Select(p => p.ToString()));

    [Fact]
    public void Find_ReturnsTheMarketplace_OrNull()
    {
        AmazonPerformanceReport report = Example.Report!;

        Assert.Same(report.Marketplaces[0], report.Find(new MarketplaceId("ATVPDKIKX0DER")));
        Assert.Null(report.Find(new MarketplaceId("A1PA6795UKMFR9")));
    }
}
