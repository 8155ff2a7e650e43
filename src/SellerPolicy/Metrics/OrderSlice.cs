using System.Collections.Immutable;
using SellerPolicy.Ledger;

namespace SellerPolicy.Metrics;

/// <summary>One order and its records, each list in the ledger's canonical order: what a forecast or what-if changes.</summary>
internal sealed record OrderSlice(
    Order Order,
    ImmutableArray<Feedback> Feedback,
    ImmutableArray<AtoZClaim> Claims,
    ImmutableArray<Chargeback> Chargebacks,
    ImmutableArray<ReturnRequest> Returns,
    ImmutableArray<BuyerContact> Contacts)
{
    /// <summary>Returns order <paramref name="index"/> of <paramref name="ledger"/> with its records.</summary>
    public static OrderSlice At(SellerLedger ledger, int index)
    {
        Order order = ledger.OrderTable.OrderAt(index);
        return ledger.RecordsAt(index) is { } r
            ? new OrderSlice(order, r.Feedback, r.Claims, r.Chargebacks, r.Returns, r.Contacts)
            : new OrderSlice(order, [], [], [], [], []);
    }

    /// <summary>Adds the order and its records to <paramref name="builder"/>.</summary>
    public void AddTo(SellerLedger.Builder builder)
    {
        builder.Add(Order);
        foreach (Feedback f in Feedback)
        {
            builder.Add(f);
        }

        foreach (AtoZClaim c in Claims)
        {
            builder.Add(c);
        }

        foreach (Chargeback c in Chargebacks)
        {
            builder.Add(c);
        }

        foreach (ReturnRequest r in Returns)
        {
            builder.Add(r);
        }

        foreach (BuyerContact c in Contacts)
        {
            builder.Add(c);
        }
    }

    /// <summary>Returns the slice as the evidence a metric reads.</summary>
    public OrderEvidence Evidence()
        => new(OrderFacts.Of(Order), Feedback.AsSpan(), Claims.AsSpan(), Chargebacks.AsSpan(), Returns.AsSpan(), Contacts.AsSpan());

    /// <summary>Throws when the slice breaks a ledger rule (a what-if that cannot happen), with the ledger's message.</summary>
    public void EnsureValid()
    {
        SellerLedger.Builder b = SellerLedger.CreateBuilder().Add(Order);
        foreach (Feedback f in Feedback)
        {
            b.Add(f);
        }

        foreach (AtoZClaim c in Claims)
        {
            b.Add(c);
        }

        foreach (Chargeback c in Chargebacks)
        {
            b.Add(c);
        }

        foreach (ReturnRequest r in Returns)
        {
            b.Add(r);
        }

        foreach (BuyerContact c in Contacts)
        {
            b.Add(c);
        }

        b.ToImmutable();
    }
}
