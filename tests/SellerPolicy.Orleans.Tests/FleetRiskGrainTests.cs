using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Orleans.Contracts;
using SellerPolicy.Orleans.Tests.Cluster;

namespace SellerPolicy.Orleans.Tests;

public sealed class FleetRiskGrainTests(TwoSiloCluster fixture) : IClassFixture<TwoSiloCluster>
{
    private IGrainFactory Grains => fixture.Cluster.GrainFactory;

    [Fact]
    public async Task The_fleet_view_built_from_notifications_lists_exactly_the_sellers_the_batch_engine_finds_bad()
    {
        IReadOnlyList<SampleSeller> sellers = SampleSellers.Generate(30, "FLEET", orders: 100);
        var random = new Random(30);
        var plan = sellers.Select(s => (Seller: s, Batches: s.Batches(4, random))).ToList();
        for (int round = 0; round < 4; round++)
        {
            await Feeding.RoundAsync(Grains, plan, round);
        }

        ImmutableArray<SellerAtRisk> expected = await ExpectedAsync(sellers);
        Assert.NotEmpty(expected);
        ImmutableArray<SellerAtRisk> seen = await EventuallyAsync(expected);
        Assert.Equal(expected.ToArray(), seen.ToArray());
    }

    [Fact]
    public async Task A_seller_whose_metrics_leave_BAD_leaves_the_fleet_view()
    {
        SampleSeller seller = SampleSellers.Generate(3, "RECOVER", orders: 100).First(s => !BatchEngine.Snapshot(s.Account, s.Ledger, s.LastDay).FailingMetrics.IsEmpty);
        ISellerAccountGrain grain = Grains.GetSellerAccount(seller.Account);
        await grain.RecordAsync(new RecordBatch("year", string.Join('\n', seller.Lines)));
        ImmutableArray<SellerAtRisk> atRisk = await ExpectedAsync([seller]);
        ImmutableArray<SellerAtRisk> seen = await EventuallyAsync(atRisk);
        Assert.Equal(atRisk.ToArray(), seen.ToArray());

        // A clean order 150 days on: every window has moved past the bad stretch.
        string later = SellerAccountGrainTests.NewOrderLine(seller, "RECOVERY-1", days: 150);
        Assert.True((await grain.RecordAsync(new RecordBatch("later", later))).Accepted);

        Assert.Empty(await ExpectedAsync([seller]));
        Assert.Empty(await EventuallyAsync([]));
        Assert.Equal(1, await Grains.GetFleetRisk("RECOVER").GetSellersKnownAsync());
    }

    /// <summary>The sellers BAD as of the latest day of their records, by the batch engine.</summary>
    private async Task<ImmutableArray<SellerAtRisk>> ExpectedAsync(IEnumerable<SampleSeller> sellers)
    {
        List<SellerAtRisk> expected = [];
        foreach (SampleSeller seller in sellers.OrderBy(s => s.Account.SellerId, StringComparer.Ordinal))
        {
            ISellerAccountGrain grain = Grains.GetSellerAccount(seller.Account);
            LocalDate latest = (await grain.GetSummaryAsync()).LatestDay!.Value;
            var ledger = Ingestion.LedgerFile.LedgerReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await grain.ExportAsync()))).GetLedgerOrThrow();
            SellerHealth health = BatchEngine.Snapshot(seller.Account, ledger, latest);
            if (!health.FailingMetrics.IsEmpty)
            {
                expected.Add(new SellerAtRisk(seller.Account, latest, health.FailingMetrics));
            }
        }

        return [.. expected];
    }

    /// <summary>The fleet view once it shows <paramref name="expected"/> (notifications are delivered asynchronously), or after 20 s.</summary>
    private async Task<ImmutableArray<SellerAtRisk>> EventuallyAsync(ImmutableArray<SellerAtRisk> expected)
    {
        string marketplace = expected.IsEmpty ? "RECOVER" : expected[0].Account.MarketplaceId;
        ImmutableArray<SellerAtRisk> seen = [];
        for (int i = 0; i < 200; i++)
        {
            seen = await Grains.GetFleetRisk(marketplace).GetSellersAtRiskAsync();
            if (seen.SequenceEqual(expected))
            {
                break;
            }

            await Task.Delay(100);
        }

        return seen;
    }
}
