using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>The parts of a forecast that do not depend on the index (see <see cref="AccountHealthEngine.Forecast"/>).</summary>
internal static class AccountHealthForecaster
{
    /// <summary>Throws when the assumptions cannot make a forecast.</summary>
    public static void EnsureValid(ForecastAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(assumptions);
        if (assumptions.HorizonDays <= 0 || assumptions.VolumeLookbackDays <= 0)
        {
            throw new ArgumentException(
                $"horizonDays and volumeLookbackDays must be positive, were {assumptions.HorizonDays} and {assumptions.VolumeLookbackDays}.",
                nameof(assumptions));
        }
    }

    /// <summary>The forecast's assumptions in words.</summary>
    public static string Assumption(LocalDate asOf, ForecastAssumptions assumptions, double mfn, double afn)
        => "only what was known by the end of " + asOf.ToString("uuuu-MM-dd", null)
            + " is used; nothing new goes wrong: no new defects, claims, chargebacks or cancellations, pending claims stay pending, "
            + "open orders ship at their latest ship date with tracking and are delivered on time, open return requests are answered in time; "
            + (assumptions.RecentVolumeContinues
                ? $"the average daily orders of the last {assumptions.VolumeLookbackDays} days continue ({mfn:0.##} MFN, {afn:0.##} AFN), all clean, with no returns"
                : "no new orders");

    /// <summary>
    /// Computes the forecast by rebuilding: the ledger as known on <paramref name="asOf"/> plus the synthetic future orders, indexed
    /// afresh. Used for catalogs with per-buyer slots (eBay), whose merged runs the incremental path cannot patch order by order.
    /// </summary>
    public static AccountHealthForecast Rebuild(
        SellerLedger ledger, LocalDate asOf, MarketplacePolicy policy, ForecastAssumptions assumptions, CancellationToken cancellationToken)
    {
        ReportingCalendar calendar = policy.Reporting;
        Instant end = calendar.EndOf(asOf);
        SellerLedger.Builder knownBuilder = SellerLedger.CreateBuilder();
        for (int i = 0; i < ledger.OrderTable.Count; i++)
        {
            if (KnownLedger.AsOf(OrderSlice.At(ledger, i), end, policy.Returns.ResponseTime) is { } slice)
            {
                slice.AddTo(knownBuilder);
            }
        }

        SellerLedger known = knownBuilder.ToImmutable();
        AccountHealthSnapshot now = AccountHealthEngine.Create(known, policy).Snapshot(asOf);
        cancellationToken.ThrowIfCancellationRequested();

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

        cancellationToken.ThrowIfCancellationRequested();
        AccountHealthSeries series = AccountHealthEngine.Create(future.ToImmutable(), policy)
            .Series(new DayWindow(asOf.PlusDays(1), asOf.PlusDays(assumptions.HorizonDays)), cancellationToken);
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

        AccountHealthSeries outlook = new(series.Days, policy, series.Counts, null); // the future ledger's engine is not kept
        return new AccountHealthForecast(asOf, policy.Version, Assumption(asOf, assumptions, mfn, afn), assumptions, mfn, afn, metrics.ToImmutable(), outlook);
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
