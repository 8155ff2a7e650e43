using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Metrics;

/// <summary>
/// The forecast computed the slow, obvious way (as the library did before the engine reused its index): build the ledger as
/// known on the as-of day, add every synthetic future order one by one, build a fresh engine on each ledger. The engine's
/// forecast and what-if are checked equal to it.
/// </summary>
internal static class RebuildingForecaster
{
    public static AccountHealthForecast Forecast(SellerLedger ledger, LocalDate asOf, MarketplacePolicy policy, ForecastAssumptions assumptions)
    {
        ReportingCalendar calendar = policy.Reporting;
        Instant end = calendar.EndOf(asOf);
        SellerLedger.Builder b = SellerLedger.CreateBuilder();
        for (int i = 0; i < ledger.Orders.Length; i++)
        {
            if (KnownLedger.AsOf(OrderSlice.At(ledger, i), end, policy.Returns.ResponseTime) is { } known)
            {
                b.Add(new OrderHistory(known.Order, known.Feedback, known.Claims, known.Chargebacks, known.Returns, known.Contacts));
            }
        }

        SellerLedger knownLedger = b.ToImmutable();
        AccountHealthSnapshot now = AccountHealthEngine.Create(knownLedger, policy).Snapshot(asOf);
        DayWindow lookback = DayWindow.Ending(asOf, assumptions.VolumeLookbackDays);
        double Average(FulfillmentChannel channel) => assumptions.RecentVolumeContinues
            ? (double)knownLedger.Orders.Count(o => o.Channel == channel && lookback.Contains(calendar.DayOf(o.PurchasedAt))) / lookback.Days
            : 0;
        double mfn = Average(FulfillmentChannel.Mfn);
        double afn = Average(FulfillmentChannel.Afn);
        SellerLedger.Builder future = knownLedger.ToBuilder();
        for (int k = 1; k <= assumptions.HorizonDays; k++)
        {
            LocalDate day = asOf.PlusDays(k);
            int Count(double avg) => (int)Math.Floor(avg * k) - (int)Math.Floor(avg * (k - 1));
            foreach (Order o in KnownLedger.CleanOrders("FORECAST", day, Count(mfn), FulfillmentChannel.Mfn, calendar)
                         .Concat(KnownLedger.CleanOrders("FORECAST", day, Count(afn), FulfillmentChannel.Afn, calendar)))
            {
                future.Add(o);
            }
        }

        ImmutableArray<AccountHealthSnapshot> days = [.. AccountHealthEngine.Create(future.ToImmutable(), policy)
            .Series(new DayWindow(asOf.PlusDays(1), asOf.PlusDays(assumptions.HorizonDays))).SnapshotsWithoutOrderIds()];
        var metrics = ImmutableArray.CreateBuilder<MetricForecast>();
        for (int i = 0; i < now.Metrics.Length; i++)
        {
            MetricResult m = now.Metrics[i];
            LocalDate? goodFrom = m.Status == MetricStatus.Bad ? days.FirstOrDefault(s => s.Metrics[i].Status == MetricStatus.Good)?.AsOf : null;
            metrics.Add(new MetricForecast(m.Id, m.Status, m.Rate, goodFrom, AccountHealthForecaster.Absorbable(m), AccountHealthForecaster.CleanOrdersNeeded(m)));
        }

        return new AccountHealthForecast(asOf, policy.Version, AccountHealthForecaster.Assumption(asOf, assumptions, mfn, afn), assumptions, mfn, afn, metrics.ToImmutable());
    }

    /// <summary>The forecast's content as text, for equality with a readable difference.</summary>
    public static string Describe(AccountHealthForecast f)
        => $"{f.AsOf} {f.PolicyVersion} {f.AverageDailyMfnOrders} {f.AverageDailyAfnOrders} {f.Assumption}\n"
           + string.Join("\n", f.Metrics.Select(m => m.ToString()));
}
