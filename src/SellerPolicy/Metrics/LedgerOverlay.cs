using System.Collections.Immutable;
using SellerPolicy.Ledger;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// Hypothetical changes laid over a ledger without copying it: the few orders whose records change, and synthetic orders
/// added. The engine recomputes only these (<see cref="AccountHealthEngine.WhatIf"/>); <see cref="ToLedger"/> makes the
/// changed ledger itself (<see cref="WhatIf.Apply"/>).
/// </summary>
internal sealed class LedgerOverlay(SellerLedger ledger, ReportingCalendar calendar)
{
    private readonly Dictionary<OrderId, Feedback> _feedback = [];
    private readonly Dictionary<ClaimId, AtoZClaim> _claims = [];
    private readonly Dictionary<ChargebackId, Chargeback> _chargebacks = [];

    public SellerLedger Ledger => ledger;

    public ReportingCalendar Calendar => calendar;

    /// <summary>Gets the changed orders by their index in the ledger.</summary>
    public Dictionary<int, OrderSlice> Replaced { get; } = [];

    /// <summary>Gets the synthetic orders added.</summary>
    public List<Order> Added { get; } = [];

    /// <summary>Replaces the feedback of <paramref name="orderId"/>; false when it has none.</summary>
    public bool ReplaceFeedback(OrderId orderId, Func<Feedback, Feedback> change)
    {
        if (!ledger.TryGetIndex(orderId, out int index) || SliceAt(index) is not { Feedback.IsEmpty: false } slice)
        {
            return false;
        }

        Feedback changed = change(slice.Feedback[0]);
        _feedback[orderId] = changed;
        Replaced[index] = slice with { Feedback = slice.Feedback.SetItem(0, changed) };
        return true;
    }

    /// <summary>Replaces claim <paramref name="claimId"/>; false when the ledger has no such claim.</summary>
    public bool ReplaceClaim(ClaimId claimId, Func<AtoZClaim, AtoZClaim> change)
    {
        if (!Find(ledger.Claims, c => c.ClaimId == claimId, c => c.OrderId, out int index))
        {
            return false;
        }

        OrderSlice slice = SliceAt(index);
        int at = slice.Claims.IndexOf(slice.Claims.First(c => c.ClaimId == claimId));
        AtoZClaim changed = change(slice.Claims[at]);
        _claims[claimId] = changed;
        Replaced[index] = slice with { Claims = slice.Claims.SetItem(at, changed) };
        return true;
    }

    /// <summary>Replaces chargeback <paramref name="chargebackId"/>; false when the ledger has no such chargeback.</summary>
    public bool ReplaceChargeback(ChargebackId chargebackId, Func<Chargeback, Chargeback> change)
    {
        if (!Find(ledger.Chargebacks, c => c.ChargebackId == chargebackId, c => c.OrderId, out int index))
        {
            return false;
        }

        OrderSlice slice = SliceAt(index);
        int at = slice.Chargebacks.IndexOf(slice.Chargebacks.First(c => c.ChargebackId == chargebackId));
        Chargeback changed = change(slice.Chargebacks[at]);
        _chargebacks[chargebackId] = changed;
        Replaced[index] = slice with { Chargebacks = slice.Chargebacks.SetItem(at, changed) };
        return true;
    }

    /// <summary>Throws when a changed order breaks a ledger rule (the message names the record and the rule).</summary>
    public void EnsureValid()
    {
        foreach (OrderSlice slice in Replaced.Values)
        {
            slice.EnsureValid();
        }
    }

    /// <summary>Returns the ledger with the changes applied (validated as any ledger).</summary>
    public SellerLedger ToLedger()
    {
        SellerLedger.Builder builder = ledger.ToBuilder();
        builder.ReplaceFeedback(f => _feedback.GetValueOrDefault(f.OrderId));
        builder.ReplaceClaims(c => _claims.GetValueOrDefault(c.ClaimId));
        builder.ReplaceChargebacks(c => _chargebacks.GetValueOrDefault(c.ChargebackId));
        foreach (Order o in Added)
        {
            builder.Add(o);
        }

        return builder.ToImmutable();
    }

    private OrderSlice SliceAt(int index) => Replaced.TryGetValue(index, out OrderSlice? slice) ? slice : OrderSlice.At(ledger, index);

    private bool Find<T>(ImmutableArray<T> records, Func<T, bool> match, Func<T, OrderId> orderOf, out int index)
    {
        foreach (T record in records)
        {
            if (match(record))
            {
                return ledger.TryGetIndex(orderOf(record), out index);
            }
        }

        index = -1;
        return false;
    }
}
