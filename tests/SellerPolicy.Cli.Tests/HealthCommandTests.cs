using System.Globalization;
using System.Text.Json;
using SellerPolicy.Marketplaces;
using SellerPolicy.Metrics;

namespace SellerPolicy.Cli.Tests;

public class HealthCommandTests
{
    private static readonly string[] MetricObjects =
    [
        "preFulfillmentCancellationRate", "lateShipmentRate", "lateShipmentRate10Day", "validTrackingRate", "onTimeDeliveryRate", "returnDissatisfactionRate",
    ];

    /// <summary>The seed-002 example: 100 orders in the window, one counting claim and two negative feedbacks on three orders.</summary>
    private static string[] SeedExampleLedger()
    {
        var lines = new List<string>();
        for (int i = 1; i <= 100; i++)
        {
            string orderId = $"111-{i:D3}";
            string day = $"2026-01-{1 + (i % 28):D2}";
            lines.Add("{\"kind\":\"order\",\"orderId\":\"" + orderId + "\",\"channel\":\"MFN\",\"purchasedAt\":\"" + day
                + "T10:00:00Z\",\"lines\":[{\"sku\":\"MUG\",\"quantity\":1,\"unitPrice\":{\"amount\":10,\"currency\":\"EUR\"}}]}");
        }

        lines.Add("""{"kind":"claim","claimId":"C-1","orderId":"111-001","filedAt":"2026-02-10T09:00:00Z","reason":"NotReceived","outcome":"GrantedSellerFunded","decidedAt":"2026-02-15T09:00:00Z"}""");
        lines.Add("""{"kind":"feedback","orderId":"111-002","receivedAt":"2026-02-11T09:00:00Z","rating":1}""");
        lines.Add("""{"kind":"feedback","orderId":"111-003","receivedAt":"2026-02-12T09:00:00Z","rating":2}""");
        lines.Add("""{"kind":"feedback","orderId":"111-004","receivedAt":"2026-02-12T09:00:00Z","rating":5}""");
        return [.. lines];
    }

    [Fact]
    public void Health_Sample_Json_HasTheContractShapeAndABadMetric()
    {
        CliResult result = Cli.Run("health", "--sample", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement root = json.RootElement;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("asOf").GetString());
        Assert.Equal("amazon@2025-01-01", root.GetProperty("policy").GetString());
        foreach (string channel in new[] { "mfn", "afn" })
        {
            JsonElement odr = root.GetProperty("orderDefectRate").GetProperty(channel);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T00:00Z$", odr.GetProperty("reportingDateRange").GetProperty("reportingDateFrom").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T23:59Z$", odr.GetProperty("reportingDateRange").GetProperty("reportingDateTo").GetString());
            foreach (string count in new[] { "orderWithDefects", "claims", "chargebacks", "negativeFeedback" })
            {
                Assert.Equal(JsonValueKind.Number, odr.GetProperty(count).GetProperty("count").ValueKind);
            }

            Assert.Equal(channel, odr.GetProperty("fulfillmentType").GetString());
            Assert.Equal(0.01, odr.GetProperty("targetValue").GetDouble());
            Assert.Equal("LESS_THAN", odr.GetProperty("targetCondition").GetString());
            Assert.Equal(JsonValueKind.Array, odr.GetProperty("orderIds").ValueKind);
        }

        foreach (string name in MetricObjects)
        {
            JsonElement metric = root.GetProperty(name);
            Assert.True(metric.TryGetProperty("reportingDateRange", out _), name);
            Assert.InRange(metric.GetProperty("rate").GetDouble(), 0, 1);
            Assert.Contains(metric.GetProperty("status").GetString(), new[] { "GOOD", "BAD", "NONE" });
            Assert.Contains(metric.GetProperty("targetCondition").GetString(), new[] { "LESS_THAN", "GREATER_THAN" });
        }

        Assert.Equal("GREATER_THAN", root.GetProperty("validTrackingRate").GetProperty("targetCondition").GetString());
        Assert.Equal(0.95, root.GetProperty("validTrackingRate").GetProperty("targetValue").GetDouble());
        Assert.Equal("BAD", root.GetProperty("orderDefectRate").GetProperty("mfn").GetProperty("status").GetString());
        Assert.Equal("BAD", root.GetProperty("overallStatus").GetString());
        Assert.Contains("orderDefectRate.mfn", root.GetProperty("failingMetrics").EnumerateArray().Select(e => e.GetString()));
        JsonElement mfn = root.GetProperty("orderDefectRate").GetProperty("mfn");
        Assert.Equal(mfn.GetProperty("orderWithDefects").GetProperty("count").GetInt32(), mfn.GetProperty("orderIds").GetArrayLength());
    }

    [Fact]
    public void Health_SeedExample_IsThreePercent()
    {
        string path = Cli.TempFile("seed.jsonl", SeedExampleLedger());

        CliResult result = Cli.Run("health", "--ledger", path, "--as-of", "2026-03-01", "--policy-file", PolicyFile("""{"orderDefectRate":{"lagDays":0}}"""), "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement mfn = json.RootElement.GetProperty("orderDefectRate").GetProperty("mfn");
        Assert.Equal(100, mfn.GetProperty("orderCount").GetInt32());
        Assert.Equal(3, mfn.GetProperty("orderWithDefects").GetProperty("count").GetInt32());
        Assert.Equal(1, mfn.GetProperty("claims").GetProperty("count").GetInt32());
        Assert.Equal(2, mfn.GetProperty("negativeFeedback").GetProperty("count").GetInt32());
        Assert.Equal(0.03, mfn.GetProperty("rate").GetDouble(), 12);
        Assert.Equal(["111-001", "111-002", "111-003"], mfn.GetProperty("orderIds").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal("amazon-custom@2025-01-01", json.RootElement.GetProperty("policy").GetString());
        Assert.Equal("2026-01-01T00:00Z", mfn.GetProperty("reportingDateRange").GetProperty("reportingDateFrom").GetString());
        Assert.Equal("2026-03-01T23:59Z", mfn.GetProperty("reportingDateRange").GetProperty("reportingDateTo").GetString());
    }

    [Fact]
    public void Health_DefaultAsOf_IsTheDayOfTheLatestEvent()
    {
        string path = Cli.TempFile("seed.jsonl", SeedExampleLedger());

        CliResult result = Cli.Run("health", "--ledger", path, "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("2026-02-15", json.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public void Health_ReportingZoneWithOffset_WritesTheOffset()
    {
        string path = Cli.TempFile("seed.jsonl", SeedExampleLedger());

        CliResult result = Cli.Run("health", "--ledger", path, "--as-of", "2026-03-01", "--policy-file", PolicyFile("""{"reportingTimeZone":"Europe/Berlin"}"""), "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement range = json.RootElement.GetProperty("orderDefectRate").GetProperty("mfn").GetProperty("reportingDateRange");
        Assert.Equal("2025-12-18T00:00+01:00", range.GetProperty("reportingDateFrom").GetString());
        Assert.Equal("2026-02-15T23:59+01:00", range.GetProperty("reportingDateTo").GetString());
    }

    [Fact]
    public void Health_Table_ShowsTheDashboard()
    {
        CliResult result = Cli.Run("health", "--sample", "--format", "table");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Account health as of", result.Out, StringComparison.Ordinal);
        Assert.Contains("Order Defect Rate, MFN", result.Out, StringComparison.Ordinal);
        Assert.Contains("BAD", result.Out, StringComparison.Ordinal);
        Assert.Contains("Return dissatisfaction", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(200)]
    public void Health_Table_FitsTheWidth_AndWrapsLabelsByWordsOnly(int width)
    {
        CliResult result = Cli.RunAt(width, "health", "--sample", "--format", "table");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.All(lines, line => Assert.True(line.Length <= width, $"{line.Length} > {width}: {line}"));
        AccountHealthSnapshot snapshot = SampleSnapshot();
        HashSet<string> words = [.. lines.SelectMany(l => l.Split([' ', '│', '╭', '╮', '╰', '╯', '─', '┬', '┴', '├', '┤', '┼'], StringSplitOptions.RemoveEmptyEntries))];
        foreach (MetricResult metric in snapshot.Metrics)
        {
            Assert.All(metric.Label.Split(' '), word => Assert.Contains(word, words));
            Assert.Contains(MetricLabels.Percent(metric.Rate), words);
        }
    }

    [Fact]
    public void Health_Table_ShowsEachMetricsWindowAndFurtherCounts_AtEveryWidth()
    {
        AccountHealthSnapshot snapshot = SampleSnapshot();
        foreach (int width in new[] { 80, 200 })
        {
            string output = Cli.RunAt(width, "health", "--sample", "--format", "table").Out;
            string flat = string.Join(" ", output.Split((char[])[' ', '│', '\n'], StringSplitOptions.RemoveEmptyEntries));
            foreach (MetricResult metric in snapshot.Metrics)
            {
                Assert.Contains(CliOptions.FormatDate(metric.Window.From), output, StringComparison.Ordinal);
                foreach (MetricComponent component in metric.Components.Where(c => c.Role == CountSlotRole.Component))
                {
                    Assert.Contains($"{MetricLabels.Shown(component.Name)} {MetricLabels.Count(component.Count)}", flat, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Tables_WriteEveryCountWithThousandsSeparators()
    {
        string ledger = Cli.TempFile("big.jsonl");
        File.WriteAllText(ledger, Cli.Run("sample", "--orders", "40000", "--seed", "3").Out);
        using JsonDocument json = JsonDocument.Parse(Cli.Run("health", "--ledger", ledger, "--format", "json").Out);
        Assert.True(json.RootElement.GetProperty("lateShipmentRate").GetProperty("orderCount").GetInt32() >= 1000); // so the test can fail

        string[] tables =
        [
            Cli.Run("health", "--ledger", ledger, "--format", "table").Out,
            Cli.Run("forecast", "--ledger", ledger, "--format", "table").Out,
            Cli.Run("whatif", "--ledger", ledger, "--extra-orders", "500", "--extra-from", "2026-10-01", "--extra-to", "2026-10-10", "--format", "table").Out,
        ];

        foreach (string table in tables)
        {
            Assert.DoesNotMatch(@"(?<![\d\-.,:@])\d{4,}(?![\d\-])", table);
            Assert.Matches(@"\d,\d{3}", table);
        }
    }

    [Fact]
    public void Health_SampleOnEbay_Json_KeysEachEbayMetricById_AndGivesTheOfficialAndProjectedLevel()
    {
        CliResult result = Cli.Run("health", "--sample", "--policy", "ebay", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement root = json.RootElement;
        LoadedLedger sample = SampleLedgers.Load("ebay");
        NodaTime.LocalDate asOf = CliOptions.ParseDate(root.GetProperty("asOf").GetString()!, "asOf");
        MarketplacePack ebay = MarketplacePacks.Ebay;
        AccountHealthSnapshot snapshot = AccountHealth.Snapshot(sample.Ledger, asOf, ebay.Timeline.For(asOf));
        foreach (MetricResult metric in snapshot.Metrics)
        {
            JsonElement m = root.GetProperty(metric.Id.Value);
            Assert.Equal(metric.Rate, m.GetProperty("rate").GetDouble());
            Assert.Equal(metric.Status.ToReportName(), m.GetProperty("status").GetString());
            Assert.Equal(SellerPolicy.Reporting.HealthReportJson.ConditionText(metric.Target.Condition), m.GetProperty("targetCondition").GetString());
            Assert.All(metric.Components, c => Assert.Equal(c.Count, m.GetProperty(c.Name).GetInt32()));
        }

        SellerStanding standing = ebay.StandingOn(AccountHealthEngine.Create(sample.Ledger, ebay.Timeline.For(asOf)), asOf)!;
        JsonElement level = root.GetProperty("sellerLevel");
        Assert.Equal(standing.Official.Name, level.GetProperty("official").GetProperty("level").GetString());
        Assert.Equal(CliOptions.FormatDate(ebay.Evaluation.LastEvaluationOnOrBefore(asOf)), level.GetProperty("official").GetProperty("evaluatedOn").GetString());
        Assert.Equal(standing.Projected.Name, level.GetProperty("projected").GetProperty("level").GetString());
        Assert.Equal(CliOptions.FormatDate(asOf), level.GetProperty("projected").GetProperty("evaluatedOn").GetString());
        Assert.Equal(standing.Projected.Reasons, level.GetProperty("projected").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!));
        Assert.False(root.TryGetProperty("orderDefectRate", out _));
    }

    [Fact]
    public void Health_SampleOnEbay_Table_ShowsTheOfficialAndProjectedLevel()
    {
        using JsonDocument json = JsonDocument.Parse(Cli.Run("health", "--sample", "--policy", "ebay", "--format", "json").Out);
        JsonElement level = json.RootElement.GetProperty("sellerLevel");

        CliResult result = Cli.RunAt(80, "health", "--sample", "--policy", "ebay", "--format", "table");

        Assert.Equal(0, result.ExitCode);
        string flat = string.Join(" ", result.Out.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"Seller level: {level.GetProperty("official").GetProperty("level").GetString()} (official, evaluated {level.GetProperty("official").GetProperty("evaluatedOn").GetString()})", flat, StringComparison.Ordinal);
        Assert.Contains($"PROJECTED: {level.GetProperty("projected").GetProperty("level").GetString()} (if evaluated {level.GetProperty("projected").GetProperty("evaluatedOn").GetString()}", flat, StringComparison.Ordinal);
        Assert.All(result.Out.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, line));
    }

    [Fact]
    public void Health_SampleOnWalmart_Json_KeysEachWalmartMetricById_WithItsTargetCondition_AndNoLevel()
    {
        CliResult result = Cli.Run("health", "--sample", "--policy", "walmart", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        foreach (Metric metric in MarketplacePacks.Walmart.Metrics)
        {
            JsonElement m = json.RootElement.GetProperty(metric.Id.Value);
            Assert.Equal(SellerPolicy.Reporting.HealthReportJson.ConditionText(metric.Target.Condition), m.GetProperty("targetCondition").GetString());
            Assert.Equal(metric.Target.Value, m.GetProperty("targetValue").GetDouble());
        }

        Assert.Contains(MarketplacePacks.Walmart.Metrics, m => m.Target.Condition == SellerPolicy.Policies.TargetCondition.AtLeast);
        Assert.False(json.RootElement.TryGetProperty("sellerLevel", out _));
    }

    [Theory]
    [InlineData("ebay")]
    [InlineData("walmart")]
    public void SeriesForecastAndWhatIf_OnAnotherPack_FollowItsCatalog(string pack)
    {
        Assert.True(MarketplacePacks.TryGet(pack, out MarketplacePack? p));
        string[] ids = [.. p.Metrics.Select(m => m.Id.Value)];

        using JsonDocument series = JsonDocument.Parse(Cli.Run("series", "--sample", "--policy", pack, "--from", "2026-10-01", "--to", "2026-10-03", "--format", "json").Out);
        using JsonDocument forecast = JsonDocument.Parse(Cli.Run("forecast", "--sample", "--policy", pack, "--format", "json").Out);
        using JsonDocument whatif = JsonDocument.Parse(Cli.Run("whatif", "--sample", "--policy", pack, "--extra-orders", "5", "--extra-from", "2026-10-01", "--extra-to", "2026-10-05", "--format", "json").Out);

        Assert.All(series.RootElement.EnumerateArray(), day => Assert.Equal(ids, day.EnumerateObject().Select(o => o.Name).Where(n => n is not "asOf" and not "policy")));
        Assert.Equal(ids, forecast.RootElement.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("metric").GetString()!));
        Assert.Equal(ids, whatif.RootElement.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("metric").GetString()!));
    }

    [Fact]
    public void Health_OnAnImportWithoutShipmentsFile_MarksTheCancellationFigureAsRestingOnTheAssumption()
    {
        string withoutShipments = ImportedLedger();
        JsonElement[] assumedOrders = [.. File.ReadAllLines(withoutShipments).Where(l => l.Contains("\"cancelledByAssumed\":true", StringComparison.Ordinal))
            .Select(l => JsonDocument.Parse(l).RootElement)];
        HashSet<string> assumed = [.. assumedOrders.Select(o => o.GetProperty("orderId").GetString()!)];
        string shipmentsText = File.ReadAllText(AmazonData("shipments.csv"));
        string withShipments = ImportedLedger(assumedOrders
            .Where(o => !shipmentsText.Contains(o.GetProperty("orderId").GetString()!, StringComparison.Ordinal))
            .Select(o => (o.GetProperty("orderId").GetString()!, o.GetProperty("cancelledAt").GetString()!)));

        using JsonDocument json = JsonDocument.Parse(Cli.Run("health", "--ledger", withoutShipments, "--as-of", "2026-01-16", "--format", "json").Out);
        using JsonDocument settled = JsonDocument.Parse(Cli.Run("health", "--ledger", withShipments, "--as-of", "2026-01-16", "--format", "json").Out);
        CliResult table = Cli.RunAt(80, "health", "--ledger", withoutShipments, "--as-of", "2026-01-16", "--format", "table");

        JsonElement cancellation = json.RootElement.GetProperty("preFulfillmentCancellationRate");
        string[] hurting = [.. cancellation.GetProperty("orderIds").EnumerateArray().Select(e => e.GetString()!)];
        Assert.NotEmpty(hurting.Intersect(assumed)); // so the test can fail
        JsonElement note = Assert.Single(cancellation.GetProperty("notes").EnumerateArray());
        Assert.Equal("cancelledByAssumed", note.GetProperty("kind").GetString());
        Assert.Equal(hurting.Intersect(assumed).Count(), note.GetProperty("orders").GetInt32());
        Assert.False(settled.RootElement.GetProperty("preFulfillmentCancellationRate").TryGetProperty("notes", out _));
        Assert.False(json.RootElement.GetProperty("lateShipmentRate").TryGetProperty("notes", out _));
        string flat = string.Join(" ", table.Out.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("BAD *", flat, StringComparison.Ordinal);
        Assert.Contains("* Pre-fulfilment cancellation: " + string.Join(" ", note.GetProperty("message").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries)), flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Health_OnTheSample_HasNoMetricNotes_SoAmazonsJsonKeepsItsShape()
    {
        using JsonDocument json = JsonDocument.Parse(Cli.Run("health", "--sample", "--format", "json").Out);

        Assert.DoesNotContain("\"notes\"", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    private static string AmazonData(string name) => Path.Combine(DocsCommandsTests.Root(), "tests", "SellerPolicy.Ingestion.Tests", "TestData", "amazon", name);

    /// <summary>Imports the sample orders; with <paramref name="settle"/>, also a shipments file saying the seller cancelled those orders.</summary>
    private static string ImportedLedger(IEnumerable<(string OrderId, string CancelledAt)>? settle = null)
    {
        string directory = Path.Combine(Path.GetTempPath(), "sellerpolicy-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        string ledger = Path.Combine(directory, "ledger.jsonl");
        string[] args = ["import", "--orders", AmazonData("orders-2026-01.txt"), "--orders", AmazonData("orders-2026-02-by-last-update.txt"), "--out", ledger, "--format", "json"];
        if (settle is not null)
        {
            string shipments = Path.Combine(directory, "shipments.csv");
            File.WriteAllLines(shipments, [.. File.ReadAllLines(AmazonData("shipments.csv")), .. settle.Select(o => $"{o.OrderId},,,,,,,,,{o.CancelledAt},Seller,")]);
            args = [.. args, "--shipments", shipments];
        }

        CliResult result = Cli.Run(args);
        Assert.True(result.ExitCode == 0, result.Error);
        return ledger;
    }

    private static AccountHealthSnapshot SampleSnapshot()
    {
        LoadedLedger sample = SampleLedgers.Load();
        var policy = SellerPolicy.Policies.AmazonPolicies.Timeline;
        NodaTime.LocalDate asOf = policy.Latest.Reporting.DayOf(sample.Ledger.LatestInstant()!.Value);
        return AccountHealth.Snapshot(sample.Ledger, asOf, policy.For(asOf));
    }

    [Fact]
    public void Health_BadAsOf_IsAUsageError()
    {
        CliResult result = Cli.Run("health", "--sample", "--as-of", "31.10.2026");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as-of must be a date YYYY-MM-DD, was '31.10.2026'.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Health_InvalidPolicyFile_ExitsOneWithEveryProblem()
    {
        CliResult result = Cli.Run("health", "--sample", "--policy-file", PolicyFile("""{"orderDefectRate":{"lagDay":3,"windowDays":0}}"""));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("orderDefectRate.lagDay is not a policy field", result.Error, StringComparison.Ordinal);
        Assert.Contains("orderDefectRate.windowDays must be positive, was 0.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Health_NeitherLedgerNorSample_IsAUsageError()
    {
        CliResult result = Cli.Run("health");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--ledger FILE or --sample", result.Error, StringComparison.Ordinal);
    }

    private static string PolicyFile(string json) => Cli.TempFile("policy.json", json);
}
