using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;
using static SellerPolicy.Tests.Metrics.MetricsTestData;

namespace SellerPolicy.Tests.Metrics;

public sealed class AccountHealthSeriesTests
{
    private static readonly DayWindow Days = new(Day("2026-03-01"), Day("2026-03-31"));

    [Fact]
    public void Series_FeedbackRemoved_DropsOutOnRemovalDay()
    {
        SellerLedger ledger = LedgerOf(Order("A", "2026-02-10T12:00:00Z"), Feedback("A", "2026-02-15T00:00:00Z", 1, "2026-03-20T08:00:00Z"));
        AccountHealthSeries s = AccountHealth.Series(ledger, Days, AmazonPolicies.Current);
        Assert.Equal(1, s.CountsOn(Day("2026-03-19")).MfnOrderWithDefects);
        Assert.Equal(0, s.CountsOn(Day("2026-03-20")).MfnOrderWithDefects);
        Assert.Equal(31, s.Counts.Length);
        Assert.Equal(["A"], s.SnapshotOn(Day("2026-03-19")).OrderDefectRate.Mfn.OrderIds.Select(o => o.Value));
    }

    [Fact]
    public void Plus_MergedSeries_SnapshotsHaveCountsButNoOrderIds()
    {
        SellerLedger a = LedgerOf(Order("A", "2026-02-10T12:00:00Z"), Feedback("A", "2026-02-15T00:00:00Z", 1));
        SellerLedger b = LedgerOf(Order("B", "2026-02-10T12:00:00Z"));
        AccountHealthSeries merged = AccountHealth.Series(a, Days, AmazonPolicies.Current).Plus(AccountHealth.Series(b, Days, AmazonPolicies.Current));
        var odr = merged.SnapshotOn(Day("2026-03-10")).OrderDefectRate.Mfn;
        Assert.Equal((2, 1), (odr.OrderCount, odr.OrderWithDefects));
        Assert.Empty(odr.OrderIds);
    }

    [Fact]
    public void Plus_DifferentDays_Throws()
    {
        var s1 = AccountHealth.Series(SellerLedger.Empty, Days, AmazonPolicies.Current);
        var s2 = AccountHealth.Series(SellerLedger.Empty, Days.PlusDays(1), AmazonPolicies.Current);
        Assert.Throws<ArgumentException>(() => s1.Plus(s2));
    }

    [Fact]
    public void CountsOn_DayOutsideRange_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => AccountHealth.Series(SellerLedger.Empty, Days, AmazonPolicies.Current).CountsOn(Day("2026-04-01")));
}
