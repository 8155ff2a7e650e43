using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Deadlines;

/// <summary>Lists what a seller has open at an instant, for a whole ledger or one order, soonest due first.</summary>
/// <remarks>
/// Each order's obligations are computed by <see cref="SellerDeadlines.AllObligationsOf"/> under the policy version in effect
/// on its purchase day, and kept when <see cref="SellerObligation.IsOpenAt"/> holds: started at or before the
/// instant, not settled by then, and either not yet due or past due with a completion the ledger would record
/// (return answers and refunds), which are then overdue.
/// </remarks>
public static class SellerObligations
{
    /// <summary>Returns the obligations open at <paramref name="at"/> over the whole ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="at">The instant.</param>
    /// <param name="timeline">The policy versions.</param>
    /// <param name="suspendedAt">When the account was suspended, if it was (adds the plan of action; the ledger has no suspension record).</param>
    /// <returns>The open obligations, soonest due first.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OpenObligations Open(SellerLedger ledger, Instant at, PolicyTimeline timeline, Instant? suspendedAt = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(timeline);
        var open = new List<SellerObligation>();

        // Straight through the table, in ledger order, without making Order objects: only the records that create
        // obligations are read, and only their open obligations are made (SellerDeadlines.AddOpen). The list is the same as
        // filtering every order's SellerDeadlines.AllObligationsOf (a record's obligations do not depend on the others' order).
        OrderRows table = ledger.OrderTable;
        for (int i = 0; i < table.Count; i++)
        {
            if (ledger.RecordsAt(i) is not { } records
                || (records.Contacts.IsEmpty && records.Claims.IsEmpty && records.Chargebacks.IsEmpty && records.Returns.IsEmpty))
            {
                continue;
            }

            OrderFacts order = table.FactsAt(i);
            SellerDeadlines.AddOpen(
                open, order.Channel, records.Contacts, records.Claims, records.Chargebacks, records.Returns,
                ClaimEligibilityRules.PolicyForPurchase(order.PurchasedAt, timeline), at);
        }

        if (suspendedAt is { } suspended)
        {
            SellerObligation plan = SellerDeadlines.PlanOfAction(suspended, timeline.For(timeline.Latest.Reporting.DayOf(suspended)));
            if (plan.IsOpenAt(at))
            {
                open.Add(plan);
            }
        }

        return new OpenObligations(at, Sort(open));
    }

    /// <summary>Returns the obligations of one order open at <paramref name="at"/>.</summary>
    /// <param name="history">The order and its records.</param>
    /// <param name="at">The instant.</param>
    /// <param name="timeline">The policy versions.</param>
    /// <returns>The open obligations, soonest due first.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OpenObligations ForOrder(OrderHistory history, Instant at, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(timeline);
        var open = new List<SellerObligation>();
        SellerDeadlines.AddOpen(
            open, history.Order.Channel, history.Contacts, history.Claims, history.Chargebacks, history.Returns,
            ClaimEligibilityRules.PolicyFor(history.Order, timeline), at);
        return new OpenObligations(at, Sort(open));
    }

    private static ImmutableArray<SellerObligation> Sort(IEnumerable<SellerObligation> items)
        => items.OrderBy(o => o.DueAt).ThenBy(o => o.Kind).ThenBy(o => o.Subject, StringComparer.Ordinal).ToImmutableArray();
}
