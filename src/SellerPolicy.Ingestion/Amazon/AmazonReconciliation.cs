using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// Lays our figures beside Amazon's performance report: for each metric Amazon states, our figure for the same
/// window (the as-of day whose window under the policy ends on Amazon's last day), the difference, and its
/// likely causes.
/// </summary>
/// <remarks>
/// Causes looked for: a window the ledger does not cover (its first order is after the window starts, or its
/// latest event before the window ends), a window length or ODR lag different from the policy's (Amazon's ODR
/// lag is read as the days between the end of its cancellation window, which ends on the report day, and the end
/// of its ODR window), orders missing from the export (Amazon counts more) or extra in the ledger, and Amazon's own
/// figure not adding up (counts that contradict each other, or a stated rate that is not its counts' rate rounded as written).
/// Amazon's figure is compared as the same result type as ours (<see cref="AmazonOrderDefectRate.Result"/>,
/// <see cref="AmazonRateMetric.Result"/>, kept in <see cref="MetricReconciliation.Amazon"/>) when its counts allow; by its
/// raw counts otherwise.
/// </remarks>
public static class AmazonReconciliation
{
    /// <summary>Compares every metric Amazon states for one marketplace with ours.</summary>
    /// <param name="ledger">The seller's ledger.</param>
    /// <param name="amazon">Amazon's figures for the marketplace.</param>
    /// <param name="policy">The policy our figures are computed under.</param>
    /// <returns>One entry per metric Amazon states, in report order.</returns>
    public static ImmutableArray<MetricReconciliation> Compare(SellerLedger ledger, AmazonMarketplacePerformance amazon, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(amazon);
        ArgumentNullException.ThrowIfNull(policy);
        var snapshots = new Dictionary<LocalDate, AccountHealthSnapshot>();
        AccountHealthSnapshot SnapshotOn(LocalDate day)
        {
            if (!snapshots.TryGetValue(day, out AccountHealthSnapshot? snapshot))
            {
                snapshot = AccountHealth.Snapshot(ledger, day, policy);
                snapshots[day] = snapshot;
            }

            return snapshot;
        }

        DateTimeZone zone = policy.Reporting.Zone;
        LocalDate? firstOrder = ledger.Orders.IsEmpty ? null : ledger.Orders.Min(o => o.PurchasedAt).InZone(zone).Date;
        LocalDate? lastEvent = ledger.LatestInstant()?.InZone(zone).Date;
        int? amazonLag = amazon.PreFulfillmentCancellationRate is { } cancel && amazon.OrderDefectRateMfn is { } odr
            ? Period.DaysBetween(odr.Window.To, cancel.Window.To)
            : null;

        var results = ImmutableArray.CreateBuilder<MetricReconciliation>();
        void Add(MetricKind kind, DayWindow window, int? numerator, int? denominator, double? rate, string? status, MetricResult? theirs, string? whyNoResult, AmazonOrderDefectRate? odr)
        {
            LocalDate to = window.To;
            MetricResult probe = SnapshotOn(to).Get(kind);
            LocalDate asOf = to.PlusDays(Period.DaysBetween(probe.Window.To, to));
            MetricResult ours = SnapshotOn(asOf).Get(kind);

            // Amazon's figure as the same result type as ours when its counts allow; its raw counts otherwise.
            numerator = theirs?.Numerator ?? numerator;
            denominator = theirs?.Denominator ?? denominator;
            var causes = new List<string>();
            if (ours.Window.Days != window.Days)
            {
                causes.Add($"window length differs: Amazon's has {window.Days} days, the policy's {ours.Window.Days}.");
            }

            if (odr is not null && amazonLag is { } lag && lag != policy.OrderDefectRate.LagDays)
            {
                causes.Add($"lag mismatch: Amazon's ODR window ends {lag} days before its cancellation window; the policy's lag is {policy.OrderDefectRate.LagDays} days.");
            }

            if (firstOrder is null || firstOrder > window.From)
            {
                causes.Add(firstOrder is null
                    ? "a window we lack data for: the ledger has no orders."
                    : $"a window we lack data for: the ledger's first order is on {firstOrder:uuuu-MM-dd}, after the window starts ({window.From:uuuu-MM-dd}).");
            }

            if (lastEvent is { } last && last < window.To)
            {
                causes.Add($"a window we lack data for: the ledger's latest event is on {last:uuuu-MM-dd}, before the window ends ({window.To:uuuu-MM-dd}).");
            }

            if (denominator is { } d && d != ours.Denominator)
            {
                causes.Add(d > ours.Denominator
                    ? $"orders missing from the export: Amazon counts {d - ours.Denominator} more in the denominator ({d} against {ours.Denominator})."
                    : $"the ledger counts {ours.Denominator - d} more in the denominator than Amazon ({ours.Denominator} against {d}): orders outside this marketplace or channel?");
            }
            else if (numerator is { } n && n != ours.Numerator && odr is null)
            {
                causes.Add($"same orders, different numerator ({ours.Numerator} against Amazon's {n}): shipping facts (shipments file) differ from Amazon's.");
            }

            ImmutableArray<DefectDifference> defects = odr is null ? [] : Defects(theirs as OrderDefectRateResult, odr, (OrderDefectRateResult)ours);
            if (numerator is { } defective && defective != ours.Numerator && odr is not null)
            {
                causes.Add($"{(denominator == ours.Denominator ? "same orders, " : "")}{ours.Numerator} orders with defects against Amazon's {defective}: " + OdrComponents(defects));
            }

            if (theirs is null && whyNoResult is not null)
            {
                causes.Add($"Amazon's own counts do not make a figure: {whyNoResult}.");
            }
            else if (theirs is not null && rate is { } stated && !SameWhenRounded(stated, theirs.Rate))
            {
                causes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Amazon's stated rate ({stated * 100:0.###}%) is not its own counts' ({theirs.Numerator}/{theirs.Denominator} = {theirs.Rate * 100:0.###}%)."));
            }

            string? amazonStatus = string.IsNullOrWhiteSpace(status) ? null : status.Trim().ToUpperInvariant();
            string ourStatus = ours.Status.ToReportName();
            if (amazonStatus is not null && amazonStatus != ourStatus)
            {
                causes.Add(amazonStatus is "GOOD" or "BAD" or "NONE"
                    ? $"status differs: Amazon says {amazonStatus}, ours is {ourStatus} (target {TargetText(ours.Target)})."
                    : $"Amazon's status '{status}' is not one of GOOD, BAD, NONE.");
            }

            if (causes.Count == 0)
            {
                causes.Add("figures agree.");
            }

            results.Add(new MetricReconciliation(kind, asOf, window, ours, numerator, denominator, rate, [.. causes]) { Amazon = theirs, AmazonStatus = amazonStatus, Defects = defects });
        }

        if (amazon.OrderDefectRateMfn is { } mfn)
        {
            OrderDefectRateResult? theirs = mfn.ToResult(out string? whyNot);
            Add(MetricKind.OrderDefectRateMfn, mfn.Window, mfn.OrderWithDefects, mfn.OrderCount, mfn.Rate, mfn.Status, theirs, whyNot, mfn);
        }

        if (amazon.OrderDefectRateAfn is { } afn)
        {
            OrderDefectRateResult? theirs = afn.ToResult(out string? whyNot);
            Add(MetricKind.OrderDefectRateAfn, afn.Window, afn.OrderWithDefects, afn.OrderCount, afn.Rate, afn.Status, theirs, whyNot, afn);
        }

        foreach ((MetricKind kind, AmazonRateMetric? metric) in new[]
                 {
                     (MetricKind.PreFulfillmentCancellationRate, amazon.PreFulfillmentCancellationRate),
                     (MetricKind.LateShipmentRate, amazon.LateShipmentRate),
                     (MetricKind.ValidTrackingRate, amazon.ValidTrackingRate),
                     (MetricKind.OnTimeDeliveryRate, amazon.OnTimeDeliveryRate),
                 })
        {
            if (metric is not null)
            {
                MetricKind actual = metric.Kind ?? kind; // lateShipmentRate over 10 days is the 10-day rate
                MetricResult? theirs = metric.ToResult(out string? whyNot);
                Add(actual, metric.Window, metric.Numerator, metric.Denominator, metric.Rate, metric.Status, theirs?.Kind == actual ? theirs : null, whyNot, null);
            }
        }

        return results.ToImmutable();
    }

    private static string TargetText(MetricTarget target)
        => string.Create(CultureInfo.InvariantCulture, $"{(target.Condition == TargetCondition.LessThan ? "below" : "above")} {target.Value * 100:0.##}%");

    private static ImmutableArray<DefectDifference> Defects(OrderDefectRateResult? theirs, AmazonOrderDefectRate raw, OrderDefectRateResult ours) =>
    [
        new("claims", theirs?.Claims ?? raw.Claims, ours.Claims),
        new("negativeFeedback", theirs?.NegativeFeedback ?? raw.NegativeFeedback, ours.NegativeFeedback),
        new("chargebacks", theirs?.Chargebacks ?? raw.Chargebacks, ours.Chargebacks),
    ];

    private static string OdrComponents(ImmutableArray<DefectDifference> defects)
    {
        string[] parts = [.. defects.Where(d => d.Difference is not (null or 0)).Select(d => string.Create(CultureInfo.InvariantCulture,
            $"{(d.Component == "negativeFeedback" ? "negative feedback" : d.Component)} {d.Ours} against {d.Amazon} ({d.Difference:+0;-0})"))];
        string[] unknown = [.. defects.Where(d => d.Amazon is null).Select(d => d.Component)];
        string text = parts.Length == 0 ? "each component agrees or is not stated; defects are counted differently (one order with several defects counts once)" : string.Join(", ", parts);
        return text + (unknown.Length > 0 ? $" (Amazon states no count of {string.Join(", ", unknown)})" : "")
               + (parts.Length > 0 ? ": records missing from the claims or feedback files, or outside Amazon's window?" : ".");
    }

    /// <summary>Whether Amazon's stated rate is the rate of its counts, rounded to as many decimals as Amazon wrote.</summary>
    private static bool SameWhenRounded(double stated, double fromCounts)
    {
        string text = stated.ToString("R", CultureInfo.InvariantCulture);
        int point = text.IndexOf('.', StringComparison.Ordinal);
        int decimals = text.Contains('E', StringComparison.OrdinalIgnoreCase) ? 15 : point < 0 ? 0 : text.Length - point - 1;
        return Math.Abs(stated - fromCounts) <= (0.5 * Math.Pow(10, -decimals)) + 1e-12;
    }
}
