using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Metrics;

public sealed class AccountHealthForecastTests
{
    private static readonly LocalDate D = Day("2026-03-31");

    /// <summary>10 clean MFN orders a day from 2026-01-01 to D; 10 negative feedbacks on orders of 2026-02-10.</summary>
    internal static SellerLedger TenADayWithTenDefectsOnFeb10(string? removedAt = null)
    {
        var records = new List<object>();
        foreach (LocalDate day in new DayWindow(Day("2026-01-01"), D).EnumerateDays())
        {
            for (int i = 0; i < 10; i++)
            {
                string id = $"{day:uuuuMMdd}-{i}";
                records.Add(Order(id, $"{day:uuuu-MM-dd}T12:00:00Z"));
                if (day == Day("2026-02-10"))
                {
                    records.Add(Feedback(id, "2026-02-20T12:00:00Z", 1, removedAt));
                }
            }
        }

        return LedgerOf([.. records]);
    }

    [Fact]
    public void Forecast_BadOdr_TurnsGoodWhenDefectiveDayLeavesWindow()
    {
        AccountHealthForecast f = AccountHealth.Forecast(TenADayWithTenDefectsOnFeb10(), D, AmazonPolicies.Current);
        MetricForecast odr = f.Get(MetricKind.OrderDefectRateMfn);
        Assert.Equal(MetricStatus.Bad, odr.CurrentStatus);          // 10 / 600
        Assert.Equal(Day("2026-04-25"), odr.GoodFrom);              // window [02-11, 04-11]
        Assert.Equal(0, odr.DefectsAbsorbable);
        Assert.Equal(401, odr.CleanOrdersNeeded);                   // 10 / 1001 < 1 %
        Assert.Equal(10.0, f.AverageDailyMfnOrders);
        Assert.Contains("last 30 days", f.Assumption, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_GoodMetric_NoGoodFrom_AbsorbsWhatTargetAllows()
    {
        MetricForecast cancel = AccountHealth.Forecast(TenADayWithTenDefectsOnFeb10(), D, AmazonPolicies.Current).Get(MetricKind.PreFulfillmentCancellationRate);
        Assert.Equal((MetricStatus.Good, (LocalDate?)null, (int?)1, (int?)0), (cancel.CurrentStatus, cancel.GoodFrom, cancel.DefectsAbsorbable, cancel.CleanOrdersNeeded)); // 1/70 < 2.5 % < 2/70
    }

    [Fact]
    public void Forecast_IgnoresFactsAfterAsOfDay()
    {
        // The removal on D+1 is not known as of D: the forecast still starts BAD and waits for the window.
        AccountHealthForecast f = AccountHealth.Forecast(TenADayWithTenDefectsOnFeb10("2026-04-01T00:00:00Z"), D, AmazonPolicies.Current);
        Assert.Equal(Day("2026-04-25"), f.Get(MetricKind.OrderDefectRateMfn).GoodFrom);
    }

    [Fact]
    public void Forecast_NoNewVolume_EmptyWindowIsNotGood()
    {
        AccountHealthForecast f = AccountHealth.Forecast(TenADayWithTenDefectsOnFeb10(), D, AmazonPolicies.Current,
            new ForecastAssumptions { RecentVolumeContinues = false, HorizonDays = 20 });
        Assert.Null(f.Get(MetricKind.OrderDefectRateMfn).GoodFrom); // GOOD only from 04-25, beyond 20 days
        Assert.Contains("no new orders", f.Assumption, StringComparison.Ordinal);
    }

    [Fact]
    public void CleanOrdersNeeded_GreaterThanTarget_SmallestCountThatMeetsIt()
    {
        SellerLedger ledger = LedgerOf(
            Order("A", "2026-03-20T12:00:00Z", shipped: "2026-03-21T12:00:00Z", tracking: "T", scan: "2026-03-21T13:00:00Z"),
            Order("B", "2026-03-20T12:00:00Z", shipped: "2026-03-21T12:00:00Z"));
        MetricForecast tracking = AccountHealth.Forecast(ledger, D, AmazonPolicies.Current).Get(MetricKind.ValidTrackingRate);
        Assert.Equal(MetricStatus.Bad, tracking.CurrentStatus);
        Assert.Equal(19, tracking.CleanOrdersNeeded); // 20/21 > 95 %, 19/20 is not
    }

    [Fact]
    public void Forecast_NonPositiveHorizon_Throws()
        => Assert.Throws<ArgumentException>(() => AccountHealth.Forecast(SellerLedger.Empty, D, AmazonPolicies.Current, new ForecastAssumptions { HorizonDays = 0 }));
}
