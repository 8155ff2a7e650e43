using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Time;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>
/// eBay's per-transaction rules (docs/metrics.md, "eBay"): when a transaction is in an evaluation period, and the as-of days
/// on which it is defective, has a case closed without seller resolution, or is late. Days are <see cref="DayNumber"/>s;
/// intervals are as-of days <c>[Start, End)</c>, <see cref="DayNumber.Never"/> for "never ends".
/// </summary>
internal static class EbayTransactionRules
{
    /// <summary>The as-of days on which a transaction purchased on <paramref name="purchasedDay"/> is in a period of <paramref name="lookbackDays"/> days.</summary>
    public static (int Start, int End) InPeriod(int purchasedDay, int lookbackDays) => (purchasedDay, purchasedDay + lookbackDays);

    /// <summary>
    /// Returns the day from which <paramref name="order"/> is a seller cancellation for being unable to ship (cancelled by one of
    /// <see cref="EbaySellerStandards.DefectCancellations"/>, before any shipment), or <see cref="DayNumber.Never"/>.
    /// </summary>
    public static int CancellationDefectFrom(in OrderFacts order, ReportingCalendar calendar, EbaySellerStandards standards)
        => order.CancelledAt is { } cancelled
           && order.CancelledBy is { } by && standards.DefectCancellations.Contains(by)
           && (order.ShippedAt is not { } shipped || cancelled < shipped)
            ? DayNumber.Of(calendar, cancelled)
            : DayNumber.Never;

    /// <summary>
    /// Returns the instants during which <paramref name="claim"/> (an eBay case) counts as closed without seller resolution: from
    /// its decision, when the outcome is one of <see cref="EbaySellerStandards.CaseOutcomesWithoutSellerResolution"/>, until a
    /// reversal on appeal; null when it never counts (open, or closed another way).
    /// </summary>
    public static KnownSpan? CaseSpan(AtoZClaim claim, EbaySellerStandards standards)
        => claim.Outcome is { } outcome && claim.DecidedAt is { } decided && standards.CaseOutcomesWithoutSellerResolution.Contains(outcome)
            ? new KnownSpan(decided, claim.ReversedAt)
            : null;

    /// <summary>
    /// Returns the as-of days on which <paramref name="order"/> is a late shipment, empty when it never is. A transaction with a
    /// handling-time deadline (<see cref="OrderFacts.LatestShipDate"/>) ships on time when the carrier's first scan is at or before
    /// it, or when it is delivered at or before its estimated delivery date (<see cref="OrderFacts.LatestDeliveryDate"/>). Else it is
    /// late from the day both deadlines have passed, and stops being a shipment (late or not) from the day a cancellation before
    /// shipment is known.
    /// </summary>
    public static (int Start, int End) LateDays(in OrderFacts order, ReportingCalendar calendar)
    {
        if (order.LatestShipDate is not { } handlingDeadline)
        {
            return (DayNumber.Never, DayNumber.Never);
        }

        bool scannedInTime = order.FirstCarrierScanAt is { } scan && scan <= handlingDeadline;
        bool deliveredInTime = order.LatestDeliveryDate is { } estimated && order.DeliveredAt is { } delivered && delivered <= estimated;
        if (scannedInTime || deliveredInTime)
        {
            return (DayNumber.Never, DayNumber.Never);
        }

        int from = DayNumber.Of(calendar, handlingDeadline);
        if (order.LatestDeliveryDate is { } deliveryDeadline)
        {
            from = Math.Max(from, DayNumber.Of(calendar, deliveryDeadline));
        }

        int to = order.CancelledAt is { } cancelled && (order.ShippedAt is not { } shipped || cancelled < shipped)
            ? DayNumber.Of(calendar, cancelled)
            : DayNumber.Never;
        return (from, to);
    }
}
