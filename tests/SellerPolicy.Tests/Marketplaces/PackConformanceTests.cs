using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces;
using SellerPolicy.Marketplaces.Ebay;
using SellerPolicy.Marketplaces.Walmart;
using SellerPolicy.Metrics;
using SellerPolicy.Metrics.Tracking;
using SellerPolicy.Policies;
using SellerPolicy.Tests.Marketplaces.Ebay;
using SellerPolicy.Tests.Marketplaces.Walmart;
using SellerPolicy.Tests.Metrics;
using SellerPolicy.Tests.Metrics.Tracking;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Marketplaces;

/// <summary>
/// What every marketplace pack must satisfy on generated ledgers (<see cref="PackLedgerGenerator"/>), with policy numbers
/// varied per case: the engine's counts equal the pack's per-day reference calculator, the series equals the snapshot of
/// every day, and the tracker (events in any order, with earlier versions) equals the engine. One subclass per pack.
/// </summary>
public abstract class PackConformanceTests
{
    /// <summary>Gets the pack under test.</summary>
    private protected abstract MarketplacePack Pack { get; }

    /// <summary>
    /// Returns a policy version of the pack with numbers varied by <paramref name="rng"/>, in the reporting calendar of
    /// <paramref name="generated"/> (the generator's Amazon policy, its numbers varied too).
    /// </summary>
    private protected abstract MarketplacePolicy PolicyFor(Random rng, MarketplacePolicy generated);

    /// <summary>Returns metric id → count name → count as of <paramref name="day"/>, by the pack's reference calculator.</summary>
    private protected abstract Dictionary<string, Dictionary<string, int>> Reference(SellerLedger ledger, LocalDate day, MarketplacePolicy policy);

    [Property(MaxTest = 60)]
    public Property Engine_EveryDay_EqualsReferenceCalculator()
        => Prop.ForAll(Cases(), c =>
        {
            AccountHealthEngine engine = AccountHealthEngine.Create(c.Ledger, c.Policy);
            foreach (LocalDate day in new DayWindow(c.FirstDay, c.LastDay).EnumerateDays())
            {
                Dictionary<string, Dictionary<string, int>> expected = Reference(c.Ledger, day, c.Policy);
                AccountHealthSnapshot actual = engine.Snapshot(day);
                if (expected.Keys.Order().SequenceEqual(actual.Metrics.Select(m => m.Id.Value).Order()) is false)
                {
                    return false.Label($"{c}: metrics [{string.Join(", ", expected.Keys)}] vs [{actual.Catalog}]");
                }

                foreach (MetricResult result in actual.Metrics)
                {
                    Dictionary<string, int> want = expected[result.Id.Value];
                    Dictionary<string, int> got = result.Components.ToDictionary(x => x.Name, x => x.Count);
                    if (want.Count != got.Count || want.Any(kv => !got.TryGetValue(kv.Key, out int n) || n != kv.Value))
                    {
                        return false.Label($"{c} day {day} {result.Id}: expected {Show(want)} got {Show(got)}");
                    }
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 60)]
    public Property Series_EveryDay_EqualsSnapshotOfThatDay()
        => Prop.ForAll(Cases(), c =>
        {
            AccountHealthEngine engine = AccountHealthEngine.Create(c.Ledger, c.Policy);
            AccountHealthSeries series = engine.Series(new DayWindow(c.FirstDay, c.LastDay));
            return new DayWindow(c.FirstDay, c.LastDay).EnumerateDays()
                .All(day => series.CountsOn(day) == engine.Snapshot(day).Counts && series.CountsOn(day) == engine.CountsOn(day))
                .Label(c.ToString());
        });

    [Property(MaxTest = 60)]
    public Property Tracker_EventsInAnyOrder_EqualsEngineEveryDay()
        => Prop.ForAll(Cases(), Arb.From(Gen.Choose(0, int.MaxValue)), (c, shuffleSeed) =>
        {
            var rng = new Random(shuffleSeed);
            var tracker = new AccountHealthTracker(c.Policy);
            foreach (Action<AccountHealthTracker> record in AccountHealthTrackerTests.EventsOf(c.Ledger).OrderBy(_ => rng.Next()))
            {
                record(tracker);
            }

            AccountHealthEngine engine = AccountHealthEngine.Create(c.Ledger, c.Policy);
            foreach (LocalDate day in new DayWindow(c.FirstDay, c.LastDay).EnumerateDays())
            {
                AccountHealthSnapshot expected = engine.Snapshot(day);
                if (tracker.Snapshot(day) != expected || tracker.CountsOn(day) != expected.Counts)
                {
                    return false.Label($"{c} shuffle {shuffleSeed} day {day}: expected {expected.Counts} got {tracker.Snapshot(day).Counts}");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 40)]
    public Property Forecast_OnTheEngine_EqualsRebuildingTheKnownLedger_OutlookIncluded()
        => Prop.ForAll(Cases(), Arb.From(Gen.Choose(0, 60)), (c, offset) =>
        {
            LocalDate asOf = c.FirstDay.PlusDays(offset);
            var assumptions = new ForecastAssumptions { HorizonDays = 1 + (offset % 25), VolumeLookbackDays = 1 + (offset % 20) };
            AccountHealthForecast expected = RebuildingForecaster.Forecast(c.Ledger, asOf, c.Policy, assumptions);
            AccountHealthForecast actual = AccountHealthEngine.Create(c.Ledger, c.Policy).Forecast(asOf, assumptions);
            return (actual == expected && actual.Outlook.Days == expected.Outlook.Days && actual.Outlook.Counts.SequenceEqual(expected.Outlook.Counts))
                .Label($"{c} as of {asOf}:\nexpected {RebuildingForecaster.Describe(expected)}\nactual   {RebuildingForecaster.Describe(actual)}");
        });

    [Property(MaxTest = 40)]
    public Property WhatIf_AddingOrders_EqualsTheEngineOfTheChangedLedger()
        => Prop.ForAll(Cases(), Arb.From(Gen.Choose(0, 60)), (c, offset) =>
        {
            // Added orders have no buyer id: under a catalog that counts buyers each is a new buyer, merged with nobody.
            LocalDate asOf = c.FirstDay.PlusDays(offset);
            HypotheticalChange[] changes = [new ExtraCleanOrders(1 + (offset % 3), DayWindow.Ending(asOf, 1 + (offset % 5)), FulfillmentChannel.Mfn)];
            var assumptions = new ForecastAssumptions { HorizonDays = 1 + (offset % 10) };
            SellerLedger changed = WhatIf.Apply(c.Ledger, changes, c.Policy);
            WhatIfComparison actual = AccountHealthEngine.Create(c.Ledger, c.Policy).WhatIf(asOf, changes, assumptions);
            return (actual.Before == AccountHealthEngine.Create(c.Ledger, c.Policy).Snapshot(asOf)).Label("before")
                .And((actual.After == AccountHealthEngine.Create(changed, c.Policy).Snapshot(asOf)).Label($"{c} after, as of {asOf}"))
                .And((actual.AfterForecast == RebuildingForecaster.Forecast(changed, asOf, c.Policy, assumptions)).Label("after forecast"));
        });

    [Fact]
    public void Pack_IsRegisteredUnderItsName_WithItsCatalogOnEveryVersion()
    {
        Assert.True(MarketplacePacks.TryGet(Pack.Name.ToUpperInvariant(), out MarketplacePack? found));
        Assert.Same(Pack, found);
        Assert.All(Pack.Timeline.Versions, v => Assert.Equal(Pack.Name, v.Name));
        Assert.Equal(Pack.Metrics, Pack.Timeline.Latest.Metrics);
    }

    private Arbitrary<PackCase> Cases()
        => Arb.From(Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            MetricsCase c = PackLedgerGenerator.Build(seed);
            MarketplacePolicy policy = PolicyFor(new Random(seed), c.Policy);
            return new PackCase(seed, policy, c.Ledger, c.FirstDay, c.LastDay);
        }));

    private static string Show(Dictionary<string, int> counts) => string.Join(", ", counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));

    private protected sealed record PackCase(int Seed, MarketplacePolicy Policy, SellerLedger Ledger, LocalDate FirstDay, LocalDate LastDay)
    {
        public override string ToString() => $"seed {Seed} ({Ledger.Orders.Length} orders, {Policy.Reporting.Zone.Id})";
    }
}

public sealed class AmazonPackConformanceTests : PackConformanceTests
{
    private protected override MarketplacePack Pack => MarketplacePacks.Amazon;

    private protected override MarketplacePolicy PolicyFor(Random rng, MarketplacePolicy generated) => generated;

    private protected override Dictionary<string, Dictionary<string, int>> Reference(SellerLedger ledger, LocalDate day, MarketplacePolicy policy)
        => ReferenceCalculator.Snapshot(ledger, day, policy).Metrics.ToDictionary(m => m.Id.Value, m => m.Components.ToDictionary(x => x.Name, x => x.Count));
}

public sealed class EbayPackConformanceTests : PackConformanceTests
{
    private protected override MarketplacePack Pack => MarketplacePacks.Ebay;

    /// <summary>Short periods and small minimums too, so that generated ledgers cross the lookback switch.</summary>
    internal static EbaySellerStandards StandardsFor(Random rng)
    {
        (int shortDays, int longDays) = new[] { (90, 365), (20, 45), (20, 365), (30, 30) }[rng.Next(4)];
        return new()
        {
        ShortLookbackDays = shortDays,
        LongLookbackDays = longDays,
        ShortLookbackMinTransactions = new[] { 400, 0, 3, 8 }[rng.Next(4)],
        DefectCancellations = rng.Next(2) == 0 ? [CancelledBy.Seller] : [CancelledBy.Seller, CancelledBy.System],
        CaseOutcomesWithoutSellerResolution = rng.Next(2) == 0 ? [ClaimOutcome.GrantedSellerFunded] : [ClaimOutcome.GrantedSellerFunded, ClaimOutcome.GrantedAmazonFunded],
        };
    }

    private protected override MarketplacePolicy PolicyFor(Random rng, MarketplacePolicy generated)
        => EbayPolicies.PolicyFor(StandardsFor(rng), new LocalDate(2025, 1, 1)) with { Reporting = generated.Reporting };

    private protected override Dictionary<string, Dictionary<string, int>> Reference(SellerLedger ledger, LocalDate day, MarketplacePolicy policy)
        => EbayReferenceCalculator.Counts(ledger, day, ((EbayPeriodMetric)policy.Metrics[EbayMetricIds.TransactionDefectRate]).Standards, policy.Reporting);
}

public sealed class WalmartPackConformanceTests : PackConformanceTests
{
    private protected override MarketplacePack Pack => MarketplacePacks.Walmart;

    private protected override MarketplacePolicy PolicyFor(Random rng, MarketplacePolicy generated)
    {
        RollingMetricPolicy Vary(RollingMetricPolicy p, int shortDays) => p with { WindowDays = rng.Next(2) == 0 ? p.WindowDays : shortDays };
        WalmartStandards d = WalmartPolicies.Standards;
        var standards = new WalmartStandards
        {
            Cancellation = Vary(d.Cancellation, 7),
            OnTimeDelivery = Vary(d.OnTimeDelivery, 14),
            ValidTracking = Vary(d.ValidTracking, 10),
            Refund = Vary(d.Refund, 20),
            NegativeFeedback = Vary(d.NegativeFeedback, 15),
            NegativeFeedbackMaxRating = new[] { 2, 1 }[rng.Next(2)],
            CountingCancellations = rng.Next(2) == 0 ? [CancelledBy.Seller] : [CancelledBy.Seller, CancelledBy.System],
        };
        return WalmartPolicies.PolicyFor(standards) with { Reporting = generated.Reporting };
    }

    private protected override Dictionary<string, Dictionary<string, int>> Reference(SellerLedger ledger, LocalDate day, MarketplacePolicy policy)
    {
        var cancellation = (WalmartCancellationRateMetric)policy.Metrics[WalmartMetricIds.CancellationRate];
        var feedback = (WalmartNegativeFeedbackRateMetric)policy.Metrics[WalmartMetricIds.NegativeFeedbackRate];
        WalmartStandards s = cancellation.Standards;
        return WalmartReferenceCalculator.Counts(ledger, day, new WalmartReferenceCalculator.Numbers(
            s.Cancellation.WindowDays, s.OnTimeDelivery.WindowDays, s.ValidTracking.WindowDays, s.Refund.WindowDays, s.NegativeFeedback.WindowDays,
            s.CountingCancellations, feedback.MaxRating), policy.Reporting);
    }
}
