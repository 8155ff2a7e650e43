using NodaTime;

namespace SellerPolicy.Ledger;

/// <summary>A buyer's message to the seller about an order; the first one starts the A-to-z contact rule.</summary>
public sealed record BuyerContact
{
    /// <summary>Creates a contact.</summary>
    /// <param name="orderId">The order the buyer wrote about.</param>
    /// <param name="buyerContactedAt">When the buyer's message arrived.</param>
    /// <exception cref="ArgumentException">The order id is empty.</exception>
    public BuyerContact(OrderId orderId, Instant buyerContactedAt)
    {
        OrderId = orderId.Value.Length > 0 ? orderId : throw new ArgumentException("orderId is required.", nameof(orderId));
        BuyerContactedAt = buyerContactedAt;
    }

    /// <summary>Gets the order the buyer wrote about.</summary>
    public OrderId OrderId { get; }

    /// <summary>Gets when the buyer's message arrived.</summary>
    public Instant BuyerContactedAt { get; }
}
