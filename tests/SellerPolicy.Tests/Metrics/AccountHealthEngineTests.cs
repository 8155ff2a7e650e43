using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Metrics;

public sealed class AccountHealthEngineTests
{
    [Property(MaxTest = 120)]
    public Property Snapshot_AnyDay_EqualsReferenceCalculator()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), c =>
        {
            AccountHealthEngine engine = AccountHealthEngine.Create(c.Ledger, c.Policy);
            foreach (LocalDate day in new DayWindow(c.FirstDay, c.LastDay).EnumerateDays())
            {
                AccountHealthSnapshot expected = ReferenceCalculator.Snapshot(c.Ledger, day, c.Policy);
                AccountHealthSnapshot actual = engine.Snapshot(day);
                if (actual != expected)
                {
                    return false.Label($"{c} day {day}: expected {expected.Counts} got {actual.Counts}; "
                                       + string.Join("; ", expected.Metrics.Zip(actual.Metrics).Where(p => p.First != p.Second).Select(p => $"{p.First} ids [{string.Join(",", p.First.OrderIds)}] vs [{string.Join(",", p.Second.OrderIds)}]")));
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 100)]
    public Property Series_SubRange_EqualsSameDaysOfWholeRange()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), Arb.From(Gen.Choose(0, 60)), (c, offset) =>
        {
            AccountHealthEngine engine = AccountHealthEngine.Create(c.Ledger, c.Policy);
            AccountHealthSeries whole = engine.Series(new DayWindow(c.FirstDay, c.LastDay));
            var part = new DayWindow(c.FirstDay.PlusDays(offset), c.FirstDay.PlusDays(offset + 3));
            AccountHealthSeries sub = engine.Series(part);
            return part.EnumerateDays().All(d => sub.CountsOn(d) == whole.CountsOn(d)).Label(c.ToString());
        });

    [Property(MaxTest = 100)]
    public Property EveryDay_RatesInZeroOne_AndOdrBetweenLargestComponentAndSum()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), c =>
        {
            AccountHealthSeries series = AccountHealth.Series(c.Ledger, new DayWindow(c.FirstDay, c.LastDay), c.Policy);
            foreach (AccountHealthSnapshot s in series.SnapshotsWithoutOrderIds())
            {
                if (s.Metrics.Any(m => m.Rate is < 0 or > 1))
                {
                    return false.Label($"{c} {s.AsOf}: rate outside [0, 1]");
                }

                foreach (OrderDefectRateResult odr in new[] { s.OrderDefectRate.Mfn, s.OrderDefectRate.Afn })
                {
                    int max = Math.Max(odr.Claims, Math.Max(odr.Chargebacks, odr.NegativeFeedback));
                    if (odr.OrderWithDefects < max || odr.OrderWithDefects > odr.Claims + odr.Chargebacks + odr.NegativeFeedback)
                    {
                        return false.Label($"{c} {s.AsOf}: {odr} components {odr.Claims}/{odr.Chargebacks}/{odr.NegativeFeedback}");
                    }
                }

                ReturnDissatisfactionRateResult rd = s.ReturnDissatisfactionRate;
                if (rd.DissatisfiedCount < Math.Max(rd.NegativeReturnFeedbackCount, Math.Max(rd.LateResponseCount, rd.InvalidRejectionCount))
                    || rd.DissatisfiedCount > rd.NegativeReturnFeedbackCount + rd.LateResponseCount + rd.InvalidRejectionCount)
                {
                    return false.Label($"{c} {s.AsOf}: {rd}");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 100)]
    public Property AddingCountingChargeback_NeverLowersOdr()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), Arb.From(Gen.Choose(0, 1000)), Arb.From(Gen.Choose(0, 40)), (c, pick, days) =>
        {
            if (c.Ledger.Orders.IsEmpty)
            {
                return true.ToProperty();
            }

            Order order = c.Ledger.Orders[pick % c.Ledger.Orders.Length];
            SellerLedger worse = c.Ledger.ToBuilder()
                .Add(new Chargeback(new ChargebackId("CB-EXTRA"), order.OrderId, order.PurchasedAt + Duration.FromDays(days), ChargebackType.Service))
                .ToImmutable();
            return OdrNeverDecreases(c, c.Ledger, worse);
        });

    [Property(MaxTest = 100)]
    public Property RemovingFeedback_NeverRaisesOdr()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), Arb.From(Gen.Choose(0, 1000)), Arb.From(Gen.Choose(0, 20)), (c, pick, days) =>
        {
            var standing = c.Ledger.Feedback.Where(f => f.RemovedAt is null).ToList();
            if (standing.Count == 0)
            {
                return true.ToProperty();
            }

            Feedback target = standing[pick % standing.Count];
            var builder = c.Ledger.ToBuilder();
            builder.ReplaceFeedback(f => f == target ? f.WithRemoval(f.ReceivedAt + Duration.FromHours(days * 12), FeedbackRemoval.BuyerRemoved) : null);
            return OdrNeverDecreases(c, builder.ToImmutable(), c.Ledger);
        });

    [Property(MaxTest = 100)]
    public Property SplitByOrder_PerDayCountsAddUpToWhole()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), Arb.From(Gen.Choose(2, 5)), (c, parts) =>
        {
            var days = new DayWindow(c.FirstDay, c.LastDay);
            var builders = Enumerable.Range(0, parts).Select(_ => SellerLedger.CreateBuilder()).ToArray();
            for (int i = 0; i < c.Ledger.Orders.Length; i++)
            {
                OrderHistory h = c.Ledger.GetHistory(c.Ledger.Orders[i].OrderId);
                SellerLedger.Builder b = builders[(i * 7) % parts];
                b.Add(h.Order);
                h.Feedback.ToList().ForEach(x => b.Add(x));
                h.Claims.ToList().ForEach(x => b.Add(x));
                h.Chargebacks.ToList().ForEach(x => b.Add(x));
                h.Returns.ToList().ForEach(x => b.Add(x));
            }

            AccountHealthSeries merged = builders.Select(b => AccountHealth.Series(b.ToImmutable(), days, c.Policy)).Aggregate((a, b) => a.Plus(b));
            AccountHealthSeries whole = AccountHealth.Series(c.Ledger, days, c.Policy);
            return merged.Counts.SequenceEqual(whole.Counts).Label(c.ToString());
        });

    [Fact]
    public void Create_InvalidPolicy_Throws()
    {
        MarketplacePolicy bad = AmazonPolicies.Current with { OrderDefectRate = new OrderDefectRatePolicy { WindowDays = 0 } };
        Assert.Throws<ArgumentException>(() => AccountHealthEngine.Create(SellerLedger.Empty, bad));
    }

    [Fact]
    public void Snapshot_EmptyLedger_EveryMetricNone()
    {
        AccountHealthSnapshot s = AccountHealthEngine.Create(SellerLedger.Empty, AmazonPolicies.Current).Snapshot(new LocalDate(2026, 3, 1));
        Assert.All(s.Metrics, m => Assert.Equal((MetricStatus.None, 0.0, 0), (m.Status, m.Rate, m.Denominator)));
        Assert.Equal(MetricStatus.None, s.OverallStatus);
        Assert.Empty(s.FailingMetrics);
    }

    private static Property OdrNeverDecreases(MetricsCase c, SellerLedger lower, SellerLedger higher)
    {
        var days = new DayWindow(c.FirstDay, c.LastDay);
        AccountHealthSeries a = AccountHealth.Series(lower, days, c.Policy);
        AccountHealthSeries b = AccountHealth.Series(higher, days, c.Policy);
        foreach (LocalDate d in days.EnumerateDays())
        {
            AccountHealthSnapshot sa = a.SnapshotOn(d);
            AccountHealthSnapshot sb = b.SnapshotOn(d);
            if (sb.OrderDefectRate.Mfn.Rate < sa.OrderDefectRate.Mfn.Rate || sb.OrderDefectRate.Afn.Rate < sa.OrderDefectRate.Afn.Rate)
            {
                return false.Label($"{c} day {d}: {sa.OrderDefectRate} vs {sb.OrderDefectRate}");
            }
        }

        return true.ToProperty();
    }

    [Property(MaxTest = 100)]
    public Property Forecast_AnyAsOfDay_EqualsForecastOnRebuiltKnownLedger()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), Arb.From(Gen.Choose(0, 130)), Arb.From(Gen.Choose(1, 40)), (c, offset, horizon) =>
        {
            LocalDate asOf = c.FirstDay.PlusDays(offset);
            var assumptions = new ForecastAssumptions { HorizonDays = horizon, VolumeLookbackDays = 1 + (offset % 30) };
            AccountHealthForecast expected = RebuildingForecaster.Forecast(c.Ledger, asOf, c.Policy, assumptions);
            AccountHealthForecast actual = AccountHealthEngine.Create(c.Ledger, c.Policy).Forecast(asOf, assumptions);
            return (actual == expected).Label($"{c} as of {asOf}:\nexpected {RebuildingForecaster.Describe(expected)}\nactual   {RebuildingForecaster.Describe(actual)}");
        });

    [Property(MaxTest = 100)]
    public Property WhatIf_AnyChanges_EqualsRecomputingTheChangedLedger()
        => Prop.ForAll(MetricsLedgerGenerator.Cases(), Arb.From(Gen.Choose(0, 10_000)), Arb.From(Gen.Choose(0, 130)), (c, pick, offset) =>
        {
            LocalDate asOf = c.FirstDay.PlusDays(offset);
            var changes = new List<HypotheticalChange>();
            if (c.Ledger.Feedback.Length > 0)
            {
                Feedback f = c.Ledger.Feedback[pick % c.Ledger.Feedback.Length];
                changes.Add(new RemoveFeedback(f.OrderId, f.ReceivedAt + Duration.FromDays(pick % 20)));
            }

            if (c.Ledger.Claims.Length > 0)
            {
                AtoZClaim claim = c.Ledger.Claims[pick % c.Ledger.Claims.Length];
                changes.Add(new WithdrawClaim(claim.ClaimId, claim.FiledAt + Duration.FromHours(pick % 500)));
            }

            if (c.Ledger.Chargebacks.Length > 0)
            {
                Chargeback cb = c.Ledger.Chargebacks[pick % c.Ledger.Chargebacks.Length];
                changes.Add(new WinChargeback(cb.ChargebackId, cb.ReceivedAt + Duration.FromDays(pick % 30)));
            }

            changes.Add(new ExtraCleanOrders(pick % 3, DayWindow.Ending(asOf.PlusDays((pick % 7) - 3), 1 + (pick % 5)), pick % 2 == 0 ? FulfillmentChannel.Mfn : FulfillmentChannel.Afn));
            var assumptions = new ForecastAssumptions { HorizonDays = 1 + (pick % 30) };
            SellerLedger changed = WhatIf.Apply(c.Ledger, changes, c.Policy);
            WhatIfComparison actual = AccountHealthEngine.Create(c.Ledger, c.Policy).WhatIf(asOf, changes, assumptions);
            return (actual.Before == ReferenceCalculator.Snapshot(c.Ledger, asOf, c.Policy)).Label("before")
                .And((actual.After == ReferenceCalculator.Snapshot(changed, asOf, c.Policy)).Label($"{c} after {string.Join("; ", changes)}"))
                .And((actual.BeforeForecast == RebuildingForecaster.Forecast(c.Ledger, asOf, c.Policy, assumptions)).Label("before forecast"))
                .And((actual.AfterForecast == RebuildingForecaster.Forecast(changed, asOf, c.Policy, assumptions)).Label("after forecast"));
        });

    [Fact]
    public void Series_AcrossPolicyChange_JudgesEachDayUnderItsVersion()
    {
        MetricsCase c = MetricsLedgerGenerator.Build(7, 40);
        MarketplacePolicy later = c.Policy with { EffectiveFrom = c.FirstDay.PlusDays(30), OrderDefectRate = c.Policy.OrderDefectRate with { WindowDays = 7 } };
        MarketplacePolicy earlier = c.Policy with { EffectiveFrom = c.FirstDay.PlusDays(-400), OrderDefectRate = c.Policy.OrderDefectRate with { WindowDays = 60 } };
        var timeline = new PolicyTimeline([earlier, later]);
        var days = new DayWindow(c.FirstDay, c.LastDay);
        AccountHealthSeries series = AccountHealthEngine.Create(c.Ledger, timeline).Series(days);
        foreach (LocalDate day in days.EnumerateDays())
        {
            MarketplacePolicy version = day < later.EffectiveFrom ? earlier : later;
            Assert.Equal(ReferenceCalculator.Snapshot(c.Ledger, day, version), series.SnapshotOn(day));
            Assert.Equal(version.Version, series.SnapshotsWithoutOrderIds().ElementAt(Period.DaysBetween(days.From, day)).PolicyVersion);
        }
    }

    [Fact]
    public void Forecast_Cancelled_ThrowsOperationCanceled()
    {
        AccountHealthEngine engine = AccountHealthEngine.Create(MetricsLedgerGenerator.Build(3, 40).Ledger, AmazonPolicies.Current);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Forecast(MetricsLedgerGenerator.BaseDay, null, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Series(new DayWindow(MetricsLedgerGenerator.BaseDay, MetricsLedgerGenerator.BaseDay.PlusDays(9)), cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => AccountHealthEngine.Create(SellerLedger.Empty, AmazonPolicies.Current, cancelled.Token));
    }
}
