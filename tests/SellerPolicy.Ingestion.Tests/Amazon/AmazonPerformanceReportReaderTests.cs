using NodaTime;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Ingestion.Tests.Amazon;

public partial class AmazonPerformanceReportReaderTests
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
                "performanceMetrics[0].validTrackingRate: validTrackingCount (896462) exceeds shipmentCount (878443); Amazon's figures are kept as stated, but they make no metric result.",
                "performanceMetrics[0].onTimeDeliveryRate: onTimeDeliveryCount (847987) exceeds shipmentCountWithValidTracking (808046); Amazon's figures are kept as stated, but they make no metric result.",
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
    public void EscapedHalfOfASurrogatePair_IsOneProblemWithItsLine_NotACrash()
    {
        AmazonPerformanceReportResult result = AmazonPerformanceReportReader.Read("{\n  \"performanceMetrics\": [],\n  \"x\": \"\\ud83d\"}", "r.json");

        Assert.Null(result.Report);
        Assert.Equal(
            "r.json: line 3: the file is not valid JSON: \\ud83d is half of a UTF-16 surrogate pair without its other half. LineNumber: 2 | BytePositionInLine: 8.",
            Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void TextWithHalfASurrogatePair_IsOneProblemWithItsLine_NotACrash()
    {
        AmazonPerformanceReportResult result = AmazonPerformanceReportReader.Read("{\n  \"x\": \"\ud83d\"}", "r.json");

        Assert.Null(result.Report);
        Assert.Equal(
            "r.json: line 2: the text is not valid Unicode: character 9 of the line is half of a UTF-16 surrogate pair without its other half.",
            Assert.Single(result.Problems).ToString());
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

    [Fact]
    public void AmazonsExample_OdrBecomesTheEnginesResultType_WithTheReportsWindowCountsAndTarget()
    {
        OrderDefectRateResult mfn = Us.OrderDefectRateMfnResult!;

        Assert.Equal(
            OrderDefectRateResult.Create(FulfillmentChannel.Mfn, new DayWindow(new LocalDate(2020, 9, 6), new LocalDate(2020, 11, 4)),
                539000, 1078, 442, 15, 628, MetricTarget.LessThan(0.01), "amazon-report"),
            mfn);
        Assert.Equal(MetricKind.OrderDefectRateMfn, mfn.Kind);
        Assert.Empty(mfn.OrderIds);
        Assert.Equal(MetricStatus.Good, mfn.Status);
        Assert.Equal(FulfillmentChannel.Afn, Us.OrderDefectRateAfnResult!.Channel);
        Assert.Equal(MetricKind.OrderDefectRateAfn, Us.OrderDefectRateAfnResult.Kind);
    }

    [Fact]
    public void AmazonsExample_RatesBecomeTheEnginesResultTypes_UnlessTheirCountsContradictEachOther()
    {
        PreFulfillmentCancellationRateResult cancel = Us.PreFulfillmentCancellationRateResult!;
        LateShipmentRateResult late = Us.LateShipmentRateResult!;

        Assert.Equal((551, 17197), (cancel.CancellationCount, cancel.OrderCount));
        Assert.Equal(MetricTarget.LessThan(0.01), cancel.Target); // the report's target, not the policy's 2.5 %
        Assert.Equal(new DayWindow(new LocalDate(2020, 11, 12), new LocalDate(2020, 11, 18)), cancel.Window);
        Assert.Equal(MetricStatus.Bad, cancel.Status); // 3.2 % from the counts, although Amazon states 0.5 % GOOD
        Assert.Equal((MetricKind.LateShipmentRate, 27896, 870669), (late.Kind, late.LateShipmentCount, late.OrderCount));
        Assert.Equal(AmazonPerformanceReport.PolicyVersion, late.PolicyVersion);
        Assert.Null(Us.ValidTrackingRateResult);   // 896462 valid of 878443 shipments
        Assert.Null(Us.OnTimeDeliveryRateResult);  // 847987 on time of 808046
        Assert.Equal([MetricKind.OrderDefectRateMfn, MetricKind.OrderDefectRateAfn, MetricKind.PreFulfillmentCancellationRate, MetricKind.LateShipmentRate],
            Us.ToMetricResults().Select(r => r.Kind));
    }

    [Fact]
    public void MissingTarget_FallsBackToTheBuiltInPolicys_AndIsNoted()
    {
        AmazonPerformanceReportResult result = AmazonPerformanceReportReader.Read("""
            {"performanceMetrics":[{"marketplaceId":"ATVPDKIKX0DER",
              "onTimeDeliveryRate":{"reportingDateRange":{"reportingDateFrom":"2026-02-01T00:00Z","reportingDateTo":"2026-02-14T23:59Z"},
                "shipmentCountWithValidTracking":100,"onTimeDeliveryCount":93,"rate":0.93,"targetCondition":"EQUALS"}}]}
            """, "r.json");

        OnTimeDeliveryRateResult onTime = Assert.Single(result.Report!.Marketplaces).OnTimeDeliveryRateResult!;

        Assert.Equal(AmazonPolicies.Current.OnTimeDelivery.Target, onTime.Target);
        Assert.Equal((93, 100, MetricStatus.Good), (onTime.OnTimeDeliveryCount, onTime.ShipmentCountWithValidTracking, onTime.Status));
        Assert.Equal(
            ["performanceMetrics[0].onTimeDeliveryRate: no LESS_THAN or GREATER_THAN target; its metric result uses the built-in policy's (> 90%)."],
            result.Notes.ToArray());
    }

    [Fact]
    public void MissingCounts_MakeNoResult_AndAreNoted()
    {
        AmazonPerformanceReportResult result = AmazonPerformanceReportReader.Read("""
            {"performanceMetrics":[{"marketplaceId":"ATVPDKIKX0DER",
              "orderDefectRate":{"mfn":{"reportingDateRange":{"reportingDateFrom":"2026-01-01T00:00Z","reportingDateTo":"2026-02-28T23:59Z"},
                "orderCount":100,"orderWithDefects":{"count":1},"claims":{"count":2},"rate":0.01,"targetValue":0.01,"targetCondition":"LESS_THAN"}}}]}
            """, "r.json");

        AmazonMarketplacePerformance us = Assert.Single(result.Report!.Marketplaces);

        Assert.Empty(result.Problems);
        Assert.Null(us.OrderDefectRateMfnResult);
        Assert.Equal(100, us.OrderDefectRateMfn!.OrderCount);
        Assert.Empty(us.ToMetricResults());
        Assert.Equal(
            ["performanceMetrics[0].orderDefectRate.mfn: chargebacks.count, negativeFeedback.count are missing; Amazon's figures are kept as stated, but they make no metric result."],
            result.Notes.ToArray());
    }

    [Fact]
    public void OdrComponentAboveDefects_MakesNoResult()
    {
        var odr = new AmazonOrderDefectRate(FulfillmentChannel.Afn, new DayWindow(new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 28)),
            100, 1, 2, 0, 0, 0.01, null, "GOOD");

        Assert.Null(odr.Result);
        Assert.Null(odr.ToResult(out string? whyNot));
        Assert.Equal("claims.count (2) exceeds orderWithDefects.count (1)", whyNot);
    }

    [Fact]
    public void RateOfAnotherName_HasNoKindAndNoResult()
    {
        var metric = new AmazonRateMetric("invoiceDefectRate", new DayWindow(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 7)), 1, 10, 0.1, null, null);

        Assert.Null(metric.Kind);
        Assert.Null(metric.Result);
    }
}

/// <summary>The performance report as Amazon ships it: an entry without marketplaceId, an ODR block without window, defectsCount.</summary>
public partial class AmazonPerformanceReportReaderTests
{
    private static readonly string Json = File.ReadAllText(AmazonTestFiles.PathOf("layouts/performance-report-v2.json"));


    [Fact]
    public void AnEntryWithoutMarketplaceId_TakesTheOneMarketplaceOfAccountStatuses()
    {
        AmazonPerformanceReportResult read = AmazonPerformanceReportReader.Read(Json, "v2.json");

        Assert.Empty(read.Problems);
        Assert.Equal("ATVPDKIKX0DER", Assert.Single(read.Report!.Marketplaces).MarketplaceId.Value);
        Assert.Contains("performanceMetrics[0]: names no marketplaceId; taken as ATVPDKIKX0DER (the one marketplace of accountStatuses).", read.Notes);
    }

    [Fact]
    public void AnOdrBlockWithoutWindow_IsKept_WithTheWindowItIsAssumedToCover_AndDefectsCountIsRead()
    {
        AmazonPerformanceReportResult read = AmazonPerformanceReportReader.Read(Json, "v2.json");

        AmazonOrderDefectRate odr = read.Report!.Marketplaces[0].OrderDefectRateMfn!;
        Assert.Equal(new SellerPolicy.Time.DayWindow(new NodaTime.LocalDate(2025, 12, 31), new NodaTime.LocalDate(2026, 2, 28)), odr.Window);
        Assert.Equal(4, odr.OrderWithDefects);
        Assert.Contains(read.Notes, n => n.StartsWith("performanceMetrics[0].orderDefectRate.mfn: no reportingDateRange; its window 2025-12-31 to 2026-02-28 is an assumption", StringComparison.Ordinal));
    }

    [Fact]
    public void WithSeveralMarketplacesAndNoneNamed_TheEntryIsAProblemNamingTheOption_UnlessOneIsGiven()
    {
        string several = Json.Replace(
            """{ "marketplaceId": "ATVPDKIKX0DER", "status": "NORMAL" }""",
            """{ "marketplaceId": "ATVPDKIKX0DER", "status": "NORMAL" }, { "marketplaceId": "A2EUQ1WTGCTBG2", "status": "NORMAL" }""",
            StringComparison.Ordinal);

        AmazonPerformanceReportResult unnamed = AmazonPerformanceReportReader.Read(several, "v2.json");
        AmazonPerformanceReportResult given = AmazonPerformanceReportReader.Read(several, "v2.json", new SellerPolicy.Ledger.MarketplaceId("A2EUQ1WTGCTBG2"));

        Assert.Empty(unnamed.Report!.Marketplaces);
        Assert.Contains("--marketplace", Assert.Single(unnamed.Problems).Message, StringComparison.Ordinal);
        Assert.Equal("A2EUQ1WTGCTBG2", Assert.Single(given.Report!.Marketplaces).MarketplaceId.Value);
    }
}
