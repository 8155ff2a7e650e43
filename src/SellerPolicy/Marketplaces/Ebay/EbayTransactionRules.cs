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
    /// <summary>
    /// Returns the day from which <paramref name="order"/> is a seller cancellation for being unable to ship (cancelled by one of
    /// <see cref="EbaySellerStandards.DefectCancellations"/>, before any shipment), or <see cref="DayNumber.Never"/>.
    /// </summary>
    public static int CancellationDefectFrom(in OrderEvidence order, ContributionSink sink, EbaySellerStandards standards)
        => order.CancelledAt is { } cancelled
           && order.CancelledBy is { } by && standards.DefectCancellations.Contains(by)
           && (order.ShippedAt is not { } shipped || cancelled < shipped)
            ? sink.Day(cancelled)
            : DayNumber.Never;

    /// <summary>Adds to <paramref name="days"/> the as-of days on which each case of <paramref name="order"/> counts (<see cref="CaseSpan"/>) and returns it.</summary>
    public static List<(int Start, int End)> CaseDays(in OrderEvidence order, ContributionSink sink, EbaySellerStandards standards, List<(int Start, int End)> days)
    {
        foreach (AtoZClaim claim in order.Claims)
        {
            if (CaseSpan(claim, standards) is { } span)
            {
                days.Add(sink.AsOfDays(span));
            }
        }

        return days;
    }

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
    /// handling-time deadline (<see cref="OrderEvidence.LatestShipDate"/>) ships on time when the carrier's first scan is at or before
    /// it, or when it is delivered at or before its estimated delivery date (<see cref="OrderEvidence.LatestDeliveryDate"/>). Else it is
    /// late from the day both deadlines have passed, and stops being a shipment (late or not) from the day a cancellation before
    /// shipment is known.
    /// </summary>
    public static (int Start, int End) LateDays(in OrderEvidence order, ContributionSink sink)
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

        int from = sink.Day(handlingDeadline);
        if (order.LatestDeliveryDate is { } deliveryDeadline)
        {
            from = Math.Max(from, sink.Day(deliveryDeadline));
        }

        int to = order.CancelledAt is { } cancelled && (order.ShippedAt is not { } shipped || cancelled < shipped)
            ? sink.Day(cancelled)
            : DayNumber.Never;
        return (from, to);
    }
}
