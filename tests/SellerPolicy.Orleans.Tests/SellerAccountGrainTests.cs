using System.Text.Json.Nodes;
using NodaTime;
using Orleans.Runtime;
using Orleans.TestingHost;
using SellerPolicy.Claims;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Orleans.Contracts;
using SellerPolicy.Orleans.Library;
using SellerPolicy.Orleans.Tests.Cluster;
using System.Text;

namespace SellerPolicy.Orleans.Tests;

public sealed class SellerAccountGrainTests(TwoSiloCluster fixture) : IClassFixture<TwoSiloCluster>
{
    private const int Batches = 5;

    private IGrainFactory Grains => fixture.Cluster.GrainFactory;

    [Fact]
    public async Task Two_hundred_sellers_fed_in_shuffled_batches_on_two_silos_equal_the_batch_engine()
    {
        IReadOnlyList<SampleSeller> sellers = SampleSellers.Generate(200, "EQUAL");
        var random = new Random(200);
        var plan = sellers.Select(s => (Seller: s, Batches: s.Batches(Batches, random))).ToList();

        for (int round = 0; round < Batches; round++)
        {
            RecordBatchResult[] results = await Feeding.RoundAsync(Grains, plan.OrderBy(_ => random.Next()), round);
            Assert.All(results, r => Assert.True(r.Accepted, r.ToString()));
        }

        foreach (SampleSeller seller in sellers)
        {
            ISellerAccountGrain grain = Grains.GetSellerAccount(seller.Account);
            foreach (LocalDate asOf in new[] { seller.LastDay, seller.LastDay.PlusDays(-45) })
            {
                Assert.Equal(BatchEngine.Snapshot(seller.Account, seller.Ledger, asOf), await grain.GetSnapshotAsync(asOf));
            }

            LocalDate from = seller.LastDay.PlusDays(-89);
            Assert.Equal(BatchEngine.Series(seller.Account, seller.Ledger, from, seller.LastDay), await grain.GetSeriesAsync(from, seller.LastDay));
            Assert.Equal(seller.Lines.Length, (await grain.GetSummaryAsync()).Records);
        }

        Assert.Contains(sellers, s => !BatchEngine.Snapshot(s.Account, s.Ledger, s.LastDay).FailingMetrics.IsEmpty);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_silo_stopped_or_killed_while_batches_are_recorded_loses_nothing_and_counts_nothing_twice(bool kill)
    {
        await using TestCluster cluster = await SellerClusters.StartAsync(2);
        IGrainFactory grains = cluster.GrainFactory;
        IReadOnlyList<SampleSeller> sellers = SampleSellers.Generate(40, "STOP", orders: 80);
        var random = new Random(40);
        var plan = sellers.Select(s => (Seller: s, Batches: s.Batches(6, random))).ToList();
        for (int round = 0; round < 3; round++)
        {
            await Feeding.RoundAsync(grains, plan, round);
        }

        SiloHandle stopped = cluster.SecondarySilos[0];
        var management = grains.GetGrain<IManagementGrain>(0);
        List<SampleSeller> onStopped = [];
        foreach (SampleSeller seller in sellers)
        {
            SiloAddress? at = await management.GetActivationAddress(grains.GetSellerAccount(seller.Account));
            if (at == stopped.SiloAddress)
            {
                onStopped.Add(seller);
            }
        }

        Assert.NotEmpty(onStopped);
        Task<RecordBatchResult[]> during = Feeding.RoundAsync(grains, plan, 3);
        // Stopped: the silo shuts down in order. Killed: it vanishes, and its grains come back only from storage.
        await (kill ? cluster.KillSiloAsync(stopped) : cluster.StopSiloAsync(stopped));
        RecordBatchResult[] duringResults = await during;
        for (int round = 4; round < 6; round++)
        {
            Assert.All(await Feeding.RoundAsync(grains, plan, round), r => Assert.True(r.Accepted, r.ToString()));
        }

        Assert.All(duringResults, r => Assert.True(r.Accepted, r.ToString()));
        foreach (SampleSeller seller in sellers)
        {
            ISellerAccountGrain grain = grains.GetSellerAccount(seller.Account);
            Assert.Equal(BatchEngine.Snapshot(seller.Account, seller.Ledger, seller.LastDay), await grain.GetSnapshotAsync(seller.LastDay));
            Assert.Equal(seller.Lines.Length, (await grain.GetSummaryAsync()).Records);
        }

        foreach (SampleSeller seller in onStopped)
        {
            Assert.Equal(cluster.Primary!.SiloAddress, await management.GetActivationAddress(grains.GetSellerAccount(seller.Account)));
        }

        // A client that did not know which calls got through sends everything again: nothing is counted twice.
        for (int round = 0; round < 6; round++)
        {
            Assert.All(await Feeding.RoundAsync(grains, plan, round), r => Assert.Equal(0, r.Added + r.Updated));
        }

        SampleSeller first = sellers[0];
        Assert.Equal(BatchEngine.Snapshot(first.Account, first.Ledger, first.LastDay), await grains.GetSellerAccount(first.Account).GetSnapshotAsync(first.LastDay));
    }

    [Fact]
    public async Task A_grain_deactivated_and_reactivated_from_its_stored_records_gives_the_same_answers()
    {
        SampleSeller seller = SampleSellers.Generate(1, "REACTIVATE", firstSeed: 3)[0];
        ISellerAccountGrain grain = Grains.GetSellerAccount(seller.Account);
        foreach (RecordBatch batch in seller.Batches(3, new Random(3)))
        {
            Assert.True((await grain.RecordAsync(batch)).Accepted);
        }

        LocalDate from = seller.LastDay.PlusDays(-89);
        SellerHealth health = await grain.GetSnapshotAsync(seller.LastDay);
        SellerHealthSeries series = await grain.GetSeriesAsync(from, seller.LastDay);
        SellerForecast forecast = await grain.GetForecastAsync(seller.LastDay);
        string records = await grain.ExportAsync();

        var management = Grains.GetGrain<IManagementGrain>(0);
        await management.DeactivateGrain(grain.GetGrainId());
        await WaitUntilAsync(async () => await management.GetActivationAddress(grain) is null);

        Assert.Equal(health, await grain.GetSnapshotAsync(seller.LastDay));
        Assert.Equal(series, await grain.GetSeriesAsync(from, seller.LastDay));
        Assert.Equal(forecast, await grain.GetForecastAsync(seller.LastDay));
        Assert.Equal(records, await grain.ExportAsync());
        Assert.Equal(BatchEngine.Forecast(seller.Account, seller.Ledger, seller.LastDay), forecast);
    }

    [Fact]
    public async Task A_bad_batch_is_refused_with_the_file_readers_located_problems_and_changes_nothing()
    {
        SampleSeller seller = SampleSellers.Generate(1, "BAD", firstSeed: 5)[0];
        ISellerAccountGrain grain = Grains.GetSellerAccount(seller.Account);
        Assert.True((await grain.RecordAsync(new RecordBatch("good", string.Join('\n', seller.Lines)))).Accepted);
        string before = await grain.ExportAsync();
        SellerHealth health = await grain.GetSnapshotAsync(seller.LastDay);

        string order = NewOrderLine(seller, "BAD-1", days: 1);
        string badFeedback = """{"kind":"feedback","orderId":"BAD-1","receivedAt":"2026-01-15T09:00:00Z","rating":7}""";
        string lines = string.Join('\n', order, badFeedback, "{not json");
        RecordBatchResult result = await grain.RecordAsync(new RecordBatch("upload-9", lines));

        LedgerBuildResult reader = LedgerReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(lines)), "upload-9");
        Assert.False(result.Accepted);
        Assert.Equal(reader.Problems.Select(p => p.ToString()), result.Problems.Select(p => p.Text));
        Assert.Equal([2, 3], result.Problems.Select(p => p.Line ?? 0).Order());
        Assert.Equal(before, await grain.ExportAsync());
        Assert.Equal(health, await grain.GetSnapshotAsync(seller.LastDay));
        Assert.Equal(seller.Lines.Length, result.RecordsHeld);
    }

    [Fact]
    public async Task A_record_of_an_order_neither_held_nor_in_the_batch_is_refused_on_its_line()
    {
        SampleSeller seller = SampleSellers.Generate(1, "ORPHAN", firstSeed: 6)[0];
        ISellerAccountGrain grain = Grains.GetSellerAccount(seller.Account);
        Assert.True((await grain.RecordAsync(new RecordBatch("good", string.Join('\n', seller.Lines)))).Accepted);

        string claim = """{"kind":"claim","claimId":"AZ-404","orderId":"NO-SUCH-ORDER","filedAt":"2026-01-20T09:00:00Z","reason":"NotReceived"}""";
        RecordBatchResult result = await grain.RecordAsync(new RecordBatch("claims", "\n" + claim));

        RecordProblem problem = Assert.Single(result.Problems);
        Assert.Equal(("UnknownOrder", "claims", 2), (problem.Kind, problem.Source, problem.Line));
        Assert.Contains("NO-SUCH-ORDER", problem.Text, StringComparison.Ordinal);
        Assert.Equal(seller.Lines.Length, (await grain.GetSummaryAsync()).Records);
    }

    [Fact]
    public async Task A_batch_sent_twice_is_counted_once()
    {
        SampleSeller seller = SampleSellers.Generate(1, "TWICE", firstSeed: 9)[0];
        ISellerAccountGrain grain = Grains.GetSellerAccount(seller.Account);
        IReadOnlyList<RecordBatch> batches = seller.Batches(2, new Random(9));
        RecordBatchResult first = await grain.RecordAsync(batches[0]);
        RecordBatchResult again = await grain.RecordAsync(batches[0]);
        await grain.RecordAsync(batches[1]);

        Assert.Equal((0, 0, first.Added), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal(first.RecordsHeld, again.RecordsHeld);
        Assert.Equal(BatchEngine.Snapshot(seller.Account, seller.Ledger, seller.LastDay), await grain.GetSnapshotAsync(seller.LastDay));
        Assert.Equal(2, (await grain.GetSummaryAsync()).Batches);
    }

    [Fact]
    public async Task A_newer_version_replaces_the_held_record_and_an_older_one_arriving_late_does_not()
    {
        SampleSeller seller = SampleSellers.Generate(1, "VERSIONS", firstSeed: 12)[0];
        ISellerAccountGrain grain = Grains.GetSellerAccount(seller.Account);
        string delivered = seller.Lines.First(l => SampleSeller.KindOf(l) == "order" && JsonNode.Parse(l)!["deliveredAt"] is not null);
        string placed = Without(delivered, "shippedAt", "trackingId", "firstCarrierScanAt", "deliveredAt");
        string rest = string.Join('\n', seller.Lines.Where(l => l != delivered && SampleSeller.OrderIdOf(l) != SampleSeller.OrderIdOf(delivered)));
        string ownRecords = string.Join('\n', seller.Lines.Where(l => l != delivered && SampleSeller.OrderIdOf(l) == SampleSeller.OrderIdOf(delivered)));

        Assert.True((await grain.RecordAsync(new RecordBatch("placed", string.Join('\n', rest, placed)))).Accepted);
        RecordBatchResult newer = await grain.RecordAsync(new RecordBatch("delivered", string.Join('\n', delivered, ownRecords)));
        RecordBatchResult older = await grain.RecordAsync(new RecordBatch("late", placed));

        Assert.Equal(1, newer.Updated);
        Assert.Equal((1, 0), (older.Stale, older.Added + older.Updated));
        Assert.Equal(BatchEngine.Snapshot(seller.Account, seller.Ledger, seller.LastDay), await grain.GetSnapshotAsync(seller.LastDay));
        Assert.Equal(seller.Lines.Length, (await grain.GetSummaryAsync()).Records);
    }

    [Fact]
    public async Task Claim_eligibility_through_the_grain_equals_the_librarys_rules()
    {
        SampleSeller seller = SampleSellers.Generate(1, "CLAIMS", firstSeed: 15)[0];
        ISellerAccountGrain grain = Grains.GetSellerAccount(seller.Account);
        await grain.RecordAsync(new RecordBatch("all", string.Join('\n', seller.Lines)));
        Order order = seller.Ledger.Orders[seller.Ledger.Orders.Length / 2];
        Instant at = order.PurchasedAt.Plus(Duration.FromDays(40));

        ClaimCheck check = await grain.GetClaimEligibilityAsync(order.OrderId.Value, "notreceived", at);

        ClaimEligibility expected = ClaimEligibilityRules.Evaluate(seller.Ledger.GetHistory(order.OrderId), ClaimReason.NotReceived, at, BatchEngine.Policy);
        Assert.Equal(HealthReports.Claim(expected), check);
        ArgumentException unknown = await Assert.ThrowsAsync<ArgumentException>(() => grain.GetClaimEligibilityAsync("NO-SUCH", "NotReceived", at));
        Assert.Contains("NO-SUCH", unknown.Message, StringComparison.Ordinal);
        ArgumentException reason = await Assert.ThrowsAsync<ArgumentException>(() => grain.GetClaimEligibilityAsync(order.OrderId.Value, "Lost", at));
        Assert.Contains("'Lost'", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_over_the_record_limit_is_refused_naming_the_limit()
    {
        SampleSeller seller = SampleSellers.Generate(1, "LIMIT", orders: SellerClusters.MaxRecordsPerBatch + 10, firstSeed: 17)[0];
        ISellerAccountGrain grain = Grains.GetSellerAccount(seller.Account);

        RecordBatchResult result = await grain.RecordAsync(new RecordBatch("huge", string.Join('\n', seller.Lines)));

        Assert.False(result.Accepted);
        Assert.Contains($"MaxRecordsPerBatch ({SellerClusters.MaxRecordsPerBatch})", Assert.Single(result.Problems).Text, StringComparison.Ordinal);
        Assert.Equal(0, (await grain.GetSummaryAsync()).Records);
    }

    [Fact]
    public async Task A_series_longer_than_the_limit_or_backwards_is_refused()
    {
        ISellerAccountGrain grain = Grains.GetSellerAccount(new SellerAccountId("empty", "SERIES"));
        var day = new LocalDate(2026, 3, 1);

        ArgumentException backwards = await Assert.ThrowsAsync<ArgumentException>(() => grain.GetSeriesAsync(day, day.PlusDays(-1)));
        ArgumentException tooLong = await Assert.ThrowsAsync<ArgumentException>(() => grain.GetSeriesAsync(day, day.PlusDays(new SellerPolicyOptions().MaxSeriesDays)));

        Assert.Contains("2026-02-28", backwards.Message, StringComparison.Ordinal);
        Assert.Contains($"MaxSeriesDays ({new SellerPolicyOptions().MaxSeriesDays})", tooLong.Message, StringComparison.Ordinal);
    }

    /// <summary>A clean copy of one of the seller's delivered orders under a new id, every instant moved by <paramref name="days"/>.</summary>
    internal static string NewOrderLine(SampleSeller seller, string orderId, int days)
    {
        string template = seller.Lines.First(l => SampleSeller.KindOf(l) == "order" && JsonNode.Parse(l)!["deliveredAt"] is not null && JsonNode.Parse(l)!["cancelledAt"] is null);
        JsonObject order = JsonNode.Parse(template)!.AsObject();
        order["orderId"] = orderId;
        foreach (string field in new[] { "purchasedAt", "latestShipDate", "shippedAt", "firstCarrierScanAt", "latestDeliveryDate", "deliveredAt" })
        {
            if (order[field]?.GetValue<string>() is { } text)
            {
                order[field] = DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return order.ToJsonString();
    }

    private static string Without(string line, params string[] fields)
    {
        JsonObject json = JsonNode.Parse(line)!.AsObject();
        foreach (string field in fields)
        {
            json.Remove(field);
        }

        return json.ToJsonString();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (int i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(100);
        }
    }
}
