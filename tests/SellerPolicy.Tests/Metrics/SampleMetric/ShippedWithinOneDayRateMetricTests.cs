using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Amazon;
using SellerPolicy.Metrics;
using SellerPolicy.Metrics.Tracking;
using SellerPolicy.Policies;
using SellerPolicy.Sample;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Metrics.SampleMetric;

/// <summary>A metric added in one folder plus one catalog registration shows up in the snapshot, series, forecast and tracker.</summary>
public sealed class ShippedWithinOneDayRateMetricTests
{
    private static readonly MetricId Id = new("test.shippedWithinOneDayRate");

    // The one registration.
    private static readonly MarketplacePolicy Policy = AmazonPolicies.Current with
    {
        Metrics = AmazonMetrics.CatalogFor(AmazonPolicies.Current).With(new ShippedWithinOneDayRateMetric()),
    };

    private static readonly SellerLedger Ledger = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 3000, Seed = 7 });

    private static LocalDate AsOf => Policy.Reporting.DayOf(Ledger.LatestInstant()!.Value);

    [Fact]
    public void Snapshot_CountsTheOrdersShippedWithinADay_AsOfTheDay()
    {
        MetricResult result = AccountHealth.Snapshot(Ledger, AsOf, Policy)[Id];
        ReportingCalendar calendar = Policy.Reporting;
        DayWindow window = DayWindow.Ending(AsOf, 30);
        var orders = Ledger.Orders.Where(o => o.Channel == FulfillmentChannel.Mfn && window.Contains(calendar.DayOf(o.PurchasedAt))).ToList();
        var inTime = orders.Where(o => calendar.IsKnown(o.ShippedAt, AsOf) && o.ShippedAt!.Value - o.PurchasedAt <= Duration.FromHours(24)).ToList();
        Assert.Equal(orders.Count, result.Denominator);
        Assert.Equal(inTime.Count, result.Numerator);
        Assert.Equal(orders.Count - inTime.Count, result.OrderIds.Length);
        Assert.Equal("Shipped within 24 hours", result.Label);
    }

    [Fact]
    public void Series_EqualsTheSnapshotOfEveryDay()
    {
        var days = new DayWindow(AsOf.PlusDays(-20), AsOf);
        AccountHealthEngine engine = AccountHealthEngine.Create(Ledger, Policy);
        AccountHealthSeries series = engine.Series(days);
        foreach (LocalDate day in days.EnumerateDays())
        {
            MetricResult expected = engine.Snapshot(day)[Id];
            MetricCounts counts = series.CountsOn(day).Of(Id);
            Assert.Equal((expected.Numerator, expected.Denominator), (counts.Numerator, counts.Denominator));
        }
    }

    [Fact]
    public void Forecast_HasTheMetric()
    {
        AccountHealthForecast forecast = AccountHealth.Forecast(Ledger, AsOf, Policy);
        Assert.Equal(AccountHealth.Snapshot(Ledger, AsOf, Policy)[Id].Status, forecast[Id].CurrentStatus);
    }

    [Fact]
    public void Tracker_EqualsTheEngine()
    {
        var tracker = new AccountHealthTracker(Policy);
        foreach (Order o in Ledger.Orders)
        {
            tracker.Record(o);
        }

        Assert.Equal(AccountHealth.Snapshot(Ledger, AsOf, Policy)[Id], tracker.Snapshot(AsOf)[Id]);
    }
}
