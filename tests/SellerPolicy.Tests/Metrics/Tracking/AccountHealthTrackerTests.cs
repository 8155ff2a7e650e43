using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Metrics.Tracking;
using SellerPolicy.Policies;
using SellerPolicy.Time;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Metrics.Tracking;

public sealed class AccountHealthTrackerTests
{
    [Property(MaxTest = 120)]
    public Property Snapshot_EventsInAnyOrderWithEarlierVersions_EqualsBatchEngineEveryDay()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), Arb.From(Gen.Choose(0, int.MaxValue)), (c, shuffleSeed) =>
        {
            List<Action<AccountHealthTracker>> events = EventsOf(c.Ledger);
            var rng = new Random(shuffleSeed);
            var tracker = new AccountHealthTracker(c.Policy);
            foreach (Action<AccountHealthTracker> record in events.OrderBy(_ => rng.Next()))
            {
                record(tracker);
            }

            AccountHealthEngine engine = AccountHealthEngine.Create(c.Ledger, c.Policy);
            foreach (var day in new DayWindow(c.FirstDay, c.LastDay).EnumerateDays())
            {
                AccountHealthSnapshot expected = engine.Snapshot(day);
                AccountHealthSnapshot actual = tracker.Snapshot(day);
                if (actual != expected || tracker.CountsOn(day) != expected.Counts)
                {
                    return false.Label($"{c} shuffle {shuffleSeed} day {day}: expected {expected.Counts} got {actual.Counts}");
                }
            }

            return (tracker.OrderCount == c.Ledger.Orders.Length).Label($"{c}: order count {tracker.OrderCount}");
        });

    [Property(MaxTest = 60)]
    public Property Snapshot_AfterEachOrderArrives_EqualsEngineOnRecordsSoFar()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(maxOrders: 12), c =>
        {
            var tracker = new AccountHealthTracker(c.Policy);
            SellerLedger.Builder so = SellerLedger.CreateBuilder();
            var probe = c.FirstDay.PlusDays(60);
            foreach (Order order in c.Ledger.Orders)
            {
                OrderHistory h = c.Ledger.GetHistory(order.OrderId);
                tracker.Record(order);
                so.Add(order);
                h.Claims.ToList().ForEach(x => { tracker.Record(x); so.Add(x); });
                h.Feedback.ToList().ForEach(x => { tracker.Record(x); so.Add(x); });
                if (tracker.Snapshot(probe) != AccountHealth.Snapshot(so.ToImmutable(), probe, c.Policy))
                {
                    return false.Label($"{c}: after {order.OrderId}");
                }
            }

            return true.ToProperty();
        });

    [Fact]
    public void Record_StrayYearOneAndYear9000Orders_CountLikeTheEngine_WithoutTablesSpanningMillennia()
    {
        // The first order seen anchors the tracker's dense day tables; orders thousands of years away go to its side table.
        Order[] orders =
        [
            Order("STRAY-1", "0001-03-01T12:00:00Z"),
            Order("A", "2026-02-01T12:00:00Z"),
            Order("B", "2026-02-03T12:00:00Z"),
            Order("STRAY-9000", "9000-06-01T12:00:00Z"),
        ];
        AtoZClaim claim = Claim("C1", "B", "2026-02-05T00:00:00Z", ClaimOutcome.GrantedSellerFunded, "2026-02-10T00:00:00Z");
        long before = GC.GetAllocatedBytesForCurrentThread();
        var tracker = new AccountHealthTracker(AmazonPolicies.Current);
        foreach (Order order in orders)
        {
            tracker.Record(order);
        }

        tracker.Record(claim);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        foreach (Order order in orders)
        {
            builder.Add(order);
        }

        AccountHealthEngine engine = AccountHealthEngine.Create(builder.Add(claim).ToImmutable(), AmazonPolicies.Current);
        foreach (string day in new[] { "0001-03-20", "0001-05-01", "2026-02-20", "2026-03-20", "2026-05-01", "9000-06-20", "9000-09-01" })
        {
            Assert.Equal(engine.Snapshot(Day(day)), tracker.Snapshot(Day(day)));
        }

        Assert.Equal(1, tracker.Snapshot(Day("2026-03-20")).OrderDefectRate.Mfn.Claims);
        Assert.True(allocated < 64_000_000, $"recording 5 events allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Record_ClaimBeforeItsOrder_CountsOnceTheOrderArrives()
    {
        var tracker = new AccountHealthTracker(AmazonPolicies.Current);
        var asOf = Day("2026-03-20");
        tracker.Record(Claim("C1", "A", "2026-02-05T00:00:00Z", ClaimOutcome.GrantedSellerFunded, "2026-02-10T00:00:00Z"));
        Assert.Equal(0, tracker.Snapshot(asOf).OrderDefectRate.Mfn.OrderCount);
        Assert.Equal(0, tracker.OrderCount);

        tracker.Record(Order("A", "2026-02-01T12:00:00Z"));

        var odr = tracker.Snapshot(asOf).OrderDefectRate.Mfn;
        Assert.Equal((1, 1, 1), (odr.OrderCount, odr.OrderWithDefects, odr.Claims));
        Assert.Equal(["A"], odr.OrderIds.Select(o => o.Value));
    }

    [Fact]
    public void Record_PendingClaimAfterItsDecision_DecisionStands()
    {
        var tracker = new AccountHealthTracker(AmazonPolicies.Current);
        var asOf = Day("2026-03-20");
        tracker.Record(Order("A", "2026-02-01T12:00:00Z"));
        tracker.Record(Claim("C1", "A", "2026-02-05T00:00:00Z", ClaimOutcome.GrantedAmazonFunded, "2026-02-10T00:00:00Z"));
        tracker.Record(Claim("C1", "A", "2026-02-05T00:00:00Z"));

        Assert.Equal(0, tracker.Snapshot(asOf).OrderDefectRate.Mfn.Claims);
    }

    [Fact]
    public void Record_FeedbackRemovedLater_DropsOutFromRemovalDay()
    {
        var tracker = new AccountHealthTracker(AmazonPolicies.Current);
        tracker.Record(Order("A", "2026-02-01T12:00:00Z"));
        tracker.Record(Feedback("A", "2026-02-05T00:00:00Z", 1));
        Assert.Equal(1, tracker.Snapshot(Day("2026-03-25")).OrderDefectRate.Mfn.NegativeFeedback);

        tracker.Record(Feedback("A", "2026-02-05T00:00:00Z", 1, "2026-03-20T10:00:00Z"));

        Assert.Equal(1, tracker.Snapshot(Day("2026-03-19")).OrderDefectRate.Mfn.NegativeFeedback);
        Assert.Equal(0, tracker.Snapshot(Day("2026-03-20")).OrderDefectRate.Mfn.NegativeFeedback);
    }

    [Fact]
    public void Snapshot_Empty_EveryMetricNone()
    {
        AccountHealthSnapshot s = new AccountHealthTracker(AmazonPolicies.Current).Snapshot(Day("2026-03-01"));
        Assert.All(s.Metrics, m => Assert.Equal((MetricStatus.None, 0), (m.Status, m.Denominator)));
    }

    [Fact]
    public void Create_InvalidPolicy_Throws()
    {
        MarketplacePolicy bad = AmazonPolicies.Current with { OrderDefectRate = new OrderDefectRatePolicy { WindowDays = 0 } };
        Assert.Throws<ArgumentException>(() => new AccountHealthTracker(bad));
    }

    /// <summary>Every record of the ledger as an event, preceded by earlier versions of it (unshipped order, pending claim...).</summary>
    internal static List<Action<AccountHealthTracker>> EventsOf(SellerLedger ledger)
    {
        var events = new List<Action<AccountHealthTracker>>();
        foreach (Order o in ledger.Orders)
        {
            Order placed = o.WithCancellation(null, null).WithDelivery(o.LatestDeliveryDate, null).WithShipment(null, null, null);
            events.Add(t => t.Record(placed));
            if (o.ShippedAt is not null)
            {
                Order shipped = o.WithCancellation(null, null).WithDelivery(o.LatestDeliveryDate, null);
                events.Add(t => t.Record(shipped));
            }

            events.Add(t => t.Record(o));
        }

        foreach (Feedback f in ledger.Feedback)
        {
            events.Add(t => t.Record(new Feedback(f.OrderId, f.ReceivedAt, f.Rating)));
            events.Add(t => t.Record(f));
        }

        foreach (AtoZClaim c in ledger.Claims)
        {
            events.Add(t => t.Record(c.WithDecision(null, null)));
            events.Add(t => t.Record(new AtoZClaim(c.ClaimId, c.OrderId, c.FiledAt, c.Reason, c.Outcome, c.DecidedAt)));
            events.Add(t => t.Record(c));
        }

        foreach (Chargeback c in ledger.Chargebacks)
        {
            events.Add(t => t.Record(c.WithDecision(null, null)));
            events.Add(t => t.Record(c));
        }

        foreach (ReturnRequest r in ledger.Returns)
        {
            events.Add(t => t.Record(new ReturnRequest(r.ReturnId, r.OrderId, r.Sku, r.Quantity, r.RequestedAt, r.Reason)));
            events.Add(t => t.Record(r));
        }

        return events;
    }
}
