using SellerPolicy.Internal;
using SellerPolicy.Ledger;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// What if the seller had <paramref name="PerDay"/> more clean orders on every day of <paramref name="Days"/> in
/// <paramref name="Channel"/>: bought at noon, shipped on time with tracking and a scan, delivered on time, never defective.
/// </summary>
/// <param name="PerDay">Orders per day; not negative.</param>
/// <param name="Days">The purchase days.</param>
/// <param name="Channel">The fulfilment channel.</param>
public sealed record ExtraCleanOrders(int PerDay, DayWindow Days, FulfillmentChannel Channel) : HypotheticalChange
{
    internal override RuleViolation? ApplyTo(LedgerOverlay overlay)
    {
        if (PerDay < 0)
        {
            return RuleViolation.About("perDay", $"must not be negative, was {PerDay}", RuleViolationKind.OutOfRange, PerDay);
        }

        foreach (NodaTime.LocalDate day in Days.EnumerateDays())
        {
            foreach (Order o in KnownLedger.CleanOrders("WHATIF", day, PerDay, Channel, overlay.Calendar))
            {
                overlay.Added.Add(o);
            }
        }

        return null;
    }

    /// <summary>Describes the change in words, e.g. for a what-if report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{PerDay} extra clean {(Channel == FulfillmentChannel.Mfn ? "MFN" : "AFN")} orders a day, purchased {Days.From:uuuu-MM-dd} to {Days.To:uuuu-MM-dd}";
}
