using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>Computes <see cref="AccountHealthForecast"/>s (see <see cref="AccountHealth.Forecast"/>).</summary>
internal static class AccountHealthForecaster
{
    public static AccountHealthForecast Forecast(SellerLedger ledger, LocalDate asOf, MarketplacePolicy policy, ForecastAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(assumptions);
        if (assumptions.HorizonDays <= 0 || assumptions.VolumeLookbackDays <= 0)
        {
            throw new ArgumentException(
                $"horizonDays and volumeLookbackDays must be positive, were {assumptions.HorizonDays} and {assumptions.VolumeLookbackDays}.",
                nameof(assumptions));
        }

        PolicyValidator.EnsureValid(policy);
        ReportingCalendar calendar = policy.Reporting;
        SellerLedger known = KnownLedger.AsOf(ledger, asOf, calendar, policy.Returns.ResponseTime);
        AccountHealthSnapshot now = AccountHealthEngine.Create(known, policy).Snapshot(asOf);

        DayWindow lookback = DayWindow.Ending(asOf, assumptions.VolumeLookbackDays);
        double Average(FulfillmentChannel channel) => assumptions.RecentVolumeContinues
            ? (double)known.Orders.Count(o => o.Channel == channel && lookback.Contains(calendar.DayOf(o.PurchasedAt))) / lookback.Days
            : 0;
        double mfn = Average(FulfillmentChannel.Mfn);
        double afn = Average(FulfillmentChannel.Afn);

        SellerLedger.Builder future = known.ToBuilder();
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

        AccountHealthSeries series = AccountHealthEngine.Create(future.ToImmutable(), policy)
            .Series(new DayWindow(asOf.PlusDays(1), asOf.PlusDays(assumptions.HorizonDays)));
        ImmutableArray<AccountHealthSnapshot> days = [.. series.SnapshotsWithoutOrderIds()];

        var metrics = ImmutableArray.CreateBuilder<MetricForecast>();
        for (int i = 0; i < now.Metrics.Length; i++)
        {
            MetricResult m = now.Metrics[i];
            LocalDate? goodFrom = m.Status == MetricStatus.Bad
                ? days.FirstOrDefault(s => s.Metrics[i].Status == MetricStatus.Good)?.AsOf
                : null;
            metrics.Add(new MetricForecast(m.Id, m.Status, m.Rate, goodFrom, Absorbable(m), CleanOrdersNeeded(m)));
        }

        string assumption = "only what was known by the end of " + asOf.ToString("uuuu-MM-dd", null)
            + " is used; nothing new goes wrong: no new defects, claims, chargebacks or cancellations, pending claims stay pending, "
            + "open orders ship at their latest ship date with tracking and are delivered on time, open return requests are answered in time; "
            + (assumptions.RecentVolumeContinues
                ? $"the average daily orders of the last {assumptions.VolumeLookbackDays} days continue ({mfn:0.##} MFN, {afn:0.##} AFN), all clean, with no returns"
                : "no new orders");
        AccountHealthSeries outlook = new(series.Days, policy, series.Counts, null); // the future ledger's engine is not kept
        return new AccountHealthForecast(asOf, policy.Version, assumption, assumptions, mfn, afn, metrics.ToImmutable(), outlook);
    }

    /// <summary>How many more bad orders among those in the window the metric takes and stays GOOD.</summary>
    internal static int? Absorbable(MetricResult m)
    {
        if (m.Denominator == 0)
        {
            return null;
        }

        if (m.Status != MetricStatus.Good)
        {
            return 0;
        }

        bool less = m.Target.LowerIsBetter;
        int room = less ? m.Denominator - m.Numerator : m.Numerator;
        int k = 0;
        while (k < room && m.Target.IsMetBy((double)(less ? m.Numerator + k + 1 : m.Numerator - k - 1) / m.Denominator))
        {
            k++;
        }

        return k;
    }

    /// <summary>How many clean orders added to the window make the metric GOOD now.</summary>
    internal static int? CleanOrdersNeeded(MetricResult m)
    {
        if (m.Denominator == 0)
        {
            return null;
        }

        if (m.Status == MetricStatus.Good)
        {
            return 0;
        }

        bool less = m.Target.LowerIsBetter;
        double t = m.Target.Value;
        if ((less && t <= 0) || (!less && t >= 1))
        {
            return null;
        }

        // Closed-form estimate, then step to the exact smallest count under the strict comparison.
        double estimate = less ? (m.Numerator / t) - m.Denominator : ((t * m.Denominator) - m.Numerator) / (1 - t);
        long c = Math.Max(0, (long)Math.Floor(estimate) - 1);
        bool Met(long extra) => m.Target.IsMetBy(less
            ? (double)m.Numerator / (m.Denominator + extra)
            : (double)(m.Numerator + extra) / (m.Denominator + extra));
        while (c > 0 && Met(c - 1))
        {
            c--;
        }

        while (!Met(c))
        {
            c++;
        }

        return c > int.MaxValue ? null : (int)c;
    }
}
