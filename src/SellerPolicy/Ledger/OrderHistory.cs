using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Ledger;

/// <summary>An order and every record attached to it, each list in time order.</summary>
/// <remarks>Every record must refer to the order; the constructor checks it and sorts each list by time.</remarks>
public sealed class OrderHistory
{
    /// <summary>Creates an order's history.</summary>
    /// <param name="order">The order.</param>
    /// <param name="feedback">Its feedback (at most one is valid in a ledger).</param>
    /// <param name="claims">Its A-to-z claims.</param>
    /// <param name="chargebacks">Its chargebacks.</param>
    /// <param name="returns">Its return requests.</param>
    /// <param name="contacts">The buyer's messages about it.</param>
    /// <exception cref="ArgumentException">A record refers to another order.</exception>
    public OrderHistory(
        Order order,
        ImmutableArray<Feedback> feedback,
        ImmutableArray<AtoZClaim> claims,
        ImmutableArray<Chargeback> chargebacks,
        ImmutableArray<ReturnRequest> returns,
        ImmutableArray<BuyerContact> contacts)
    {
        Order = order ?? throw new ArgumentNullException(nameof(order));
        Feedback = Check(feedback, f => f.OrderId, nameof(feedback)).Sort((a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        Claims = Check(claims, c => c.OrderId, nameof(claims)).Sort((a, b) => a.FiledAt.CompareTo(b.FiledAt));
        Chargebacks = Check(chargebacks, c => c.OrderId, nameof(chargebacks)).Sort((a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        Returns = Check(returns, r => r.OrderId, nameof(returns)).Sort((a, b) => a.RequestedAt.CompareTo(b.RequestedAt));
        Contacts = Check(contacts, c => c.OrderId, nameof(contacts)).Sort((a, b) => a.BuyerContactedAt.CompareTo(b.BuyerContactedAt));
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

    /// <summary>Returns a history of the order alone, with no attached records.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The history.</returns>
    public static OrderHistory Of(Order order) => new(order, [], [], [], [], []);

    private ImmutableArray<T> Check<T>(ImmutableArray<T> items, Func<T, OrderId> orderId, string field)
    {
        if (items.IsDefault)
        {
            throw new ArgumentException($"{field} must not be a default ImmutableArray.", field);
        }

        foreach (T item in items)
        {
            if (orderId(item) != Order.OrderId)
            {
                throw new ArgumentException($"{field} holds a record of order {orderId(item)}, not of order {Order.OrderId}.", field);
            }
        }

        return items;
    }
}
