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
        OrderId = FindViolation(orderId, buyerContactedAt) is { } violation ? throw violation.Throw() : orderId;
        BuyerContactedAt = buyerContactedAt;
    }

    /// <summary>Finds the rule of the constructor that the values break, without throwing (the constructor's own check).</summary>
    /// <param name="orderId">The order the buyer wrote about.</param>
    /// <param name="buyerContactedAt">When the buyer's message arrived.</param>
    /// <returns>The violation (an empty order id), or null when the values make a contact.</returns>
    public static RuleViolation? FindViolation(OrderId orderId, Instant buyerContactedAt) => RuleViolation.Required(orderId.Value, nameof(orderId));

    /// <summary>Gets the order the buyer wrote about.</summary>
    public OrderId OrderId { get; }

    /// <summary>Gets when the buyer's message arrived.</summary>
    public Instant BuyerContactedAt { get; }
}
