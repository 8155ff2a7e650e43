using NodaTime;
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
    [Property(MaxTest = 80)]
    public Property Create_FromLedger_EqualsBatchEngineEveryDayUnderTimeline()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), c =>
        {
            MarketplacePolicy later = c.Policy with { EffectiveFrom = c.FirstDay.PlusDays(40), OrderDefectRate = c.Policy.OrderDefectRate with { WindowDays = 7 } };
            var timeline = new PolicyTimeline([c.Policy with { EffectiveFrom = c.FirstDay.PlusDays(-400) }, later]);
            AccountHealthTracker tracker = AccountHealthTracker.Create(c.Ledger, timeline);
            AccountHealthEngine engine = AccountHealthEngine.Create(c.Ledger, timeline);
            foreach (var day in new DayWindow(c.FirstDay, c.LastDay).EnumerateDays())
            {
                if (tracker.Snapshot(day) != engine.Snapshot(day))
                {
                    return false.Label($"{c} day {day}");
                }
            }

            return (tracker.OrderCount == c.Ledger.Orders.Length && tracker.Pending.IsEmpty && tracker.Refused.Count == 0).Label($"{c}: counts");
        });

    [Fact]
    public void Record_OrderHistory_EqualsRecordingEachRecord()
    {
        SellerLedger ledger = MetricsLedgerGenerator.Build(11, 30).Ledger;
        var byHistory = new AccountHealthTracker(AmazonPolicies.Current);
        foreach (Order o in ledger.Orders)
        {
            Assert.True(byHistory.Record(ledger.GetHistory(o.OrderId)));
        }

        AccountHealthTracker seeded = AccountHealthTracker.Create(ledger, AmazonPolicies.Current);
        LocalDate day = MetricsLedgerGenerator.BaseDay.PlusDays(50);
        Assert.Equal(seeded.Snapshot(day), byHistory.Snapshot(day));
    }

    [Fact]
    public void TryGetOrder_GivesBackHeldVersion_SoAShipmentCanBeRecorded()
    {
        var tracker = new AccountHealthTracker(AmazonPolicies.Current);
        Order placed = Order("O-1", "2026-03-01T12:00:00Z", latestShip: "2026-03-03T12:00:00Z");
        tracker.Record(placed);
        Assert.False(tracker.TryGetOrder(new OrderId("O-2"), out _));
        Assert.True(tracker.TryGetOrder(placed.OrderId, out Order? held));
        Assert.Equal(placed, held);

        tracker.Record(held.WithShipment(T("2026-03-05T12:00:00Z"), "TRK", null));    // two days late

        Assert.True(tracker.TryGetHistory(placed.OrderId, out OrderHistory? history));
        Assert.Equal(T("2026-03-05T12:00:00Z"), history.Order.ShippedAt);
        Assert.Equal(1, tracker.Snapshot(Day("2026-03-10")).LateShipmentRate.Numerator);
    }

    [Fact]
    public void Record_ClaimOnUnknownOrder_IsListedPendingUntilTheOrderArrives()
    {
        var tracker = new AccountHealthTracker(AmazonPolicies.Current);
        Assert.True(tracker.Record(Claim("C-1", "O-9", "2026-03-02T12:00:00Z")));
        tracker.Record(Feedback("O-9", "2026-03-03T12:00:00Z", 1));

        LedgerProblem pending = Assert.Single(tracker.Pending);
        Assert.Equal((LedgerProblemKind.UnknownOrder, "orderId"), (pending.Kind, pending.Field));
        Assert.Equal("1 feedback and 1 claim refer to order O-9, not recorded yet: held until it is.", pending.Message);

        tracker.Record(Order("O-9", "2026-03-01T12:00:00Z"));
        Assert.Empty(tracker.Pending);
        SellerLedger same = LedgerOf(Order("O-9", "2026-03-01T12:00:00Z"), Claim("C-1", "O-9", "2026-03-02T12:00:00Z"), Feedback("O-9", "2026-03-03T12:00:00Z", 1));
        Assert.Equal(AccountHealth.Snapshot(same, Day("2026-04-10"), AmazonPolicies.Current), tracker.Snapshot(Day("2026-04-10")));
        Assert.Equal("O-9", Assert.Single(tracker.Snapshot(Day("2026-04-10")).OrderDefectRate.Mfn.OrderIds).Value);
    }

    [Fact]
    public void Record_OrderIdHeldWithOtherPurchase_IsRefusedAndNamed()
    {
        var tracker = new AccountHealthTracker(AmazonPolicies.Current);
        tracker.Record(Order("O-1", "2026-03-01T12:00:00Z"));

        bool accepted = tracker.Record(Order("O-1", "2026-03-04T08:00:00Z"));

        Assert.False(accepted);
        LedgerProblem refused = Assert.Single(tracker.Refused);
        Assert.Equal((LedgerProblemKind.DuplicateId, "orderId"), (refused.Kind, refused.Field));
        Assert.Contains("order O-1 is held purchased at 2026-03-01T12:00:00Z (Mfn)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("2026-03-04T08:00:00Z", refused.Message, StringComparison.Ordinal);
        Assert.True(tracker.TryGetOrder(new OrderId("O-1"), out Order? held));
        Assert.Equal(T("2026-03-01T12:00:00Z"), held.PurchasedAt);
    }

    [Fact]
    public void Record_ClaimIdHeldForOtherOrder_IsRefused()
    {
        var tracker = new AccountHealthTracker(AmazonPolicies.Current);
        tracker.Record(Claim("C-1", "O-1", "2026-03-02T12:00:00Z"));

        Assert.False(tracker.Record(Claim("C-1", "O-2", "2026-03-02T12:00:00Z")));
        Assert.Equal("claim C-1 is held for order O-1; a claim with the same id on order O-2: refused.", Assert.Single(tracker.Refused).Message);
        Assert.Single(tracker.Pending);
    }

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
