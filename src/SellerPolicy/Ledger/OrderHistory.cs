using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Ledger;

/// <summary>An order and every record attached to it, each list in time order.</summary>
/// <remarks>
/// Every record must refer to the order; the constructor checks it and sorts each list by time. Equality is by value, like a
/// record's: the same order (by value, see <see cref="Ledger.Order.Equals(Ledger.Order?)"/>) and equal record lists, compared
/// element by element, so <c>ledger.GetHistory(id) == ledger.GetHistory(id)</c> holds.
/// </remarks>
public sealed class OrderHistory : IEquatable<OrderHistory>
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

    /// <summary>Returns whether <paramref name="other"/> has an equal order and equal records, list by list and in order.</summary>
    /// <param name="other">Another history, or null.</param>
    /// <returns>True when every value is equal.</returns>
    public bool Equals(OrderHistory? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Order == other.Order && Feedback.SequenceEqual(other.Feedback) && Claims.SequenceEqual(other.Claims)
                   && Chargebacks.SequenceEqual(other.Chargebacks) && Returns.SequenceEqual(other.Returns)
                   && Contacts.SequenceEqual(other.Contacts)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OrderHistory);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(Order, Feedback.Length, Claims.Length, Chargebacks.Length, Returns.Length, Contacts.Length);

    /// <summary>Returns whether two histories are equal by value (see <see cref="Equals(OrderHistory?)"/>).</summary>
    /// <param name="left">A history, or null.</param>
    /// <param name="right">A history, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(OrderHistory? left, OrderHistory? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two histories differ by value.</summary>
    /// <param name="left">A history, or null.</param>
    /// <param name="right">A history, or null.</param>
    /// <returns>True when they are not equal.</returns>
    public static bool operator !=(OrderHistory? left, OrderHistory? right) => !(left == right);

    /// <summary>
    /// Returns the order and how many records of each kind it has, e.g.
    /// <c>Order 111-0000001-0000001 (Mfn, 2026-03-01T14:05:00Z): 1 feedback, 1 claim, 0 chargebacks, 0 returns, 2 contacts</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{Order}: {Feedback.Length} feedback, {Count(Claims.Length, "claim")}, {Count(Chargebacks.Length, "chargeback")}, "
           + $"{Count(Returns.Length, "return")}, {Count(Contacts.Length, "contact")}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

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
