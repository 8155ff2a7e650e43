using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Ledger;

/// <summary>An order and every record attached to it, each list in time order.</summary>
public sealed class OrderHistory
{
    internal OrderHistory(
        Order order,
        ImmutableArray<Feedback> feedback,
        ImmutableArray<AtoZClaim> claims,
        ImmutableArray<Chargeback> chargebacks,
        ImmutableArray<ReturnRequest> returns,
        ImmutableArray<BuyerContact> contacts)
    {
        Order = order;
        Feedback = feedback;
        Claims = claims;
        Chargebacks = chargebacks;
        Returns = returns;
        Contacts = contacts;
    }

    /// <summary>Gets the order.</summary>
    public Order Order { get; }

    /// <summary>Gets the order's feedback (at most one).</summary>
    public ImmutableArray<Feedback> Feedback { get; }

    /// <summary>Gets the A-to-z claims on the order, by filing time.</summary>
    public ImmutableArray<AtoZClaim> Claims { get; }

    /// <summary>Gets the chargebacks on the order, by receipt time.</summary>
    public ImmutableArray<Chargeback> Chargebacks { get; }

    /// <summary>Gets the return requests on the order, by request time.</summary>
    public ImmutableArray<ReturnRequest> Returns { get; }

    /// <summary>Gets the buyer's messages about the order, by time.</summary>
    public ImmutableArray<BuyerContact> Contacts { get; }

    /// <summary>Gets when the buyer first contacted the seller about the order, if they did.</summary>
    public Instant? FirstContactAt => Contacts.IsEmpty ? null : Contacts[0].BuyerContactedAt;
}
