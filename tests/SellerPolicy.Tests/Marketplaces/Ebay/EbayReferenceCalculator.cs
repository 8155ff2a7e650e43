using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces.Ebay;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Marketplaces.Ebay;

/// <summary>
/// A deliberately simple calculator of the eBay metrics' counts as of one day, straight from docs/metrics.md ("eBay"), with
/// LINQ over the whole ledger and no day intervals: what the engine is checked against.
/// </summary>
internal static class EbayReferenceCalculator
{
    /// <summary>Returns metric id → component name → count as of the end of <paramref name="asOf"/>.</summary>
    public static Dictionary<string, Dictionary<string, int>> Counts(SellerLedger ledger, LocalDate asOf, EbaySellerStandards s, ReportingCalendar cal)
    {
        bool Known(Instant? instant) => cal.IsKnown(instant, asOf);

        bool CancelledBeforeShipping(Order o) => o.CancelledAt is { } c && (o.ShippedAt is not { } sh || c < sh);

        bool SellerCancellation(Order o) => Known(o.CancelledAt) && s.DefectCancellations.Contains(o.CancelledBy!.Value) && CancelledBeforeShipping(o);

        bool Case(Order o) => ledger.ClaimsOf(o.OrderId).Any(c =>
            c.Outcome is { } outcome && s.CaseOutcomesWithoutSellerResolution.Contains(outcome) && Known(c.DecidedAt) && !Known(c.ReversedAt));

        bool Late(Order o)
        {
            if (o.LatestShipDate is not { } ship)
            {
                return false;
            }

            bool onTime = (o.FirstCarrierScanAt is { } scan && scan <= ship)
                          || (o.LatestDeliveryDate is { } due && o.DeliveredAt is { } delivered && delivered <= due);
            bool deadlinesPassed = cal.DayOf(ship) <= asOf && (o.LatestDeliveryDate is not { } d || cal.DayOf(d) <= asOf);
            bool cancelledOut = CancelledBeforeShipping(o) && Known(o.CancelledAt);
            return !onTime && deadlinesPassed && !cancelledOut;
        }

        var tdr = new Dictionary<string, int>();
        var cases = new Dictionary<string, int>();
        var late = new Dictionary<string, int>();
        foreach ((string suffix, int days) in new[] { ("3Months", s.ShortLookbackDays), ("12Months", s.LongLookbackDays) })
        {
            var window = DayWindow.Ending(asOf, days);
            List<Order> transactions = [.. ledger.Orders.Where(o => window.Contains(cal.DayOf(o.PurchasedAt)))];
            List<Order> defective = [.. transactions.Where(o => SellerCancellation(o) || Case(o))];
            tdr["transactions" + suffix] = transactions.Count;
            tdr["defectiveTransactions" + suffix] = defective.Count;
            tdr["sellerCancellations" + suffix] = transactions.Count(SellerCancellation);
            tdr["cases" + suffix] = transactions.Count(Case);
            tdr["defectBuyers" + suffix] = defective.Select(o => o.BuyerId is { } b ? "buyer " + b.Value : "order " + o.OrderId.Value).Distinct().Count();
            cases["transactions" + suffix] = transactions.Count;
            cases["cases" + suffix] = transactions.Count(Case);
            late["transactions" + suffix] = transactions.Count;
            late["lateShipments" + suffix] = transactions.Count(Late);
        }

        return new()
        {
            ["transactionDefectRate"] = tdr,
            ["casesClosedWithoutSellerResolution"] = cases,
            ["lateShipmentRate"] = late,
        };
    }
}
