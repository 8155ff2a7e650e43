using NodaTime;
using SellerPolicy.Internal;

namespace SellerPolicy.Ledger;

/// <summary>A buyer's request to return (or be refunded for) units of one SKU of an order.</summary>
/// <remarks>
/// <para>Rules checked on construction: the quantity is positive; the reason is not blank; the answer,
/// the buyer's shipment, the receipt and the refund are not before the request; a refund amount is not
/// negative.</para>
/// <para>A request has an RMA id (<see cref="ReturnId"/>) except a returnless refund, which may have none:
/// its identity is then the order id, SKU and request instant (<see cref="Key"/>).</para>
/// </remarks>
public sealed record ReturnRequest
{
    /// <summary>Creates a return request.</summary>
    /// <param name="returnId">The RMA id; null for a returnless refund without one.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="sku">The SKU returned.</param>
    /// <param name="quantity">Units returned; positive.</param>
    /// <param name="requestedAt">When the buyer asked.</param>
    /// <param name="reason">Amazon's return reason code, such as <c>DEFECTIVE</c>.</param>
    /// <param name="status">Where the request stands.</param>
    /// <param name="inPolicy">Whether Amazon judged the request within the return policy; null when unknown.</param>
    /// <param name="respondedAt">When the seller answered.</param>
    /// <param name="rejectedIncorrectly">Whether the seller rejected a request it should have accepted.</param>
    /// <param name="negativeReturnFeedback">Whether the buyer left negative feedback on the return experience.</param>
    /// <param name="shippedAt">When the buyer shipped the item back, if known (an extension of the ledger format).</param>
    /// <param name="receivedAt">When the seller received the item back.</param>
    /// <param name="refundedAt">When the buyer was refunded.</param>
    /// <param name="refundAmount">How much was refunded.</param>
    /// <param name="returnless">Whether the refund was returnless (the buyer keeps the item).</param>
    /// <exception cref="ArgumentException">A rule in the type remarks does not hold.</exception>
    public ReturnRequest(
        ReturnId? returnId,
        OrderId orderId,
        Sku sku,
        int quantity,
        Instant requestedAt,
        string reason,
        ReturnStatus status = ReturnStatus.Requested,
        bool? inPolicy = null,
        Instant? respondedAt = null,
        bool rejectedIncorrectly = false,
        bool negativeReturnFeedback = false,
        Instant? shippedAt = null,
        Instant? receivedAt = null,
        Instant? refundedAt = null,
        Money? refundAmount = null,
        bool returnless = false)
    {
        if (FindViolation(returnId, orderId, sku, quantity, requestedAt, reason, status, respondedAt, shippedAt, receivedAt, refundedAt, refundAmount) is { } violation)
        {
            throw violation.Throw();
        }

        ReturnId = returnId;
        OrderId = orderId;
        Sku = sku;
        Quantity = quantity;
        RequestedAt = requestedAt;
        Reason = reason;
        Status = status;
        InPolicy = inPolicy;

        RespondedAt = respondedAt;
        RejectedIncorrectly = rejectedIncorrectly;
        NegativeReturnFeedback = negativeReturnFeedback;
        ShippedAt = shippedAt;
        ReceivedAt = receivedAt;
        RefundedAt = refundedAt;
        RefundAmount = refundAmount;
        Returnless = returnless;
    }

    /// <summary>Finds the first rule of the constructor that the values break, without throwing (the constructor's own check).</summary>
    /// <param name="returnId">The RMA id; null for a returnless refund without one.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="sku">The SKU returned.</param>
    /// <param name="quantity">Units returned.</param>
    /// <param name="requestedAt">When the buyer asked.</param>
    /// <param name="reason">The return reason code.</param>
    /// <param name="status">Where the request stands.</param>
    /// <param name="respondedAt">When the seller answered.</param>
    /// <param name="shippedAt">When the buyer shipped the item back.</param>
    /// <param name="receivedAt">When the seller received the item back.</param>
    /// <param name="refundedAt">When the buyer was refunded.</param>
    /// <param name="refundAmount">How much was refunded.</param>
    /// <returns>The violation (field and rule), or null when the values make a return request.</returns>
    public static RuleViolation? FindViolation(
        ReturnId? returnId, OrderId orderId, Sku sku, int quantity, Instant requestedAt, string? reason, ReturnStatus status = ReturnStatus.Requested,
        Instant? respondedAt = null, Instant? shippedAt = null, Instant? receivedAt = null, Instant? refundedAt = null, Money? refundAmount = null)
        => (returnId is { Value.Length: 0 } ? new RuleViolation(nameof(returnId), "returnId must not be empty; use null for a returnless refund without RMA.") : null)
            ?? RuleViolation.Required(orderId.Value, nameof(orderId))
            ?? RuleViolation.Required(sku.Value, nameof(sku))
            ?? RuleViolation.Positive(quantity, nameof(quantity))
            ?? RuleViolation.Text(reason, nameof(reason))
            ?? RuleViolation.Defined(status, nameof(status))
            ?? RuleViolation.NotBefore(respondedAt, nameof(respondedAt), requestedAt, nameof(requestedAt))
            ?? RuleViolation.NotBefore(shippedAt, nameof(shippedAt), requestedAt, nameof(requestedAt))
            ?? RuleViolation.NotBefore(receivedAt, nameof(receivedAt), requestedAt, nameof(requestedAt))
            ?? RuleViolation.NotBefore(refundedAt, nameof(refundedAt), requestedAt, nameof(requestedAt))
            ?? (refundAmount is { Amount: < 0 } negative
                ? RuleViolation.About(nameof(refundAmount), $"must not be negative, was {negative}", RuleViolationKind.OutOfRange, negative)
                : null);

    /// <summary>Gets the RMA id; null for a returnless refund without one.</summary>
    public ReturnId? ReturnId { get; }

    /// <summary>Gets the order.</summary>
    public OrderId OrderId { get; }

    /// <summary>Gets the SKU returned.</summary>
    public Sku Sku { get; }

    /// <summary>Gets the number of units returned (positive).</summary>
    public int Quantity { get; }

    /// <summary>Gets when the buyer asked.</summary>
    public Instant RequestedAt { get; }

    /// <summary>Gets Amazon's return reason code, such as <c>DEFECTIVE</c> or <c>NO_LONGER_NEEDED</c>.</summary>
    public string Reason { get; }

    /// <summary>Gets where the request stands.</summary>
    public ReturnStatus Status { get; }

    /// <summary>Gets whether the request was within the return policy; null when the source did not say.</summary>
    public bool? InPolicy { get; }

    /// <summary>Gets when the seller answered the request.</summary>
    public Instant? RespondedAt { get; }

    /// <summary>Gets whether the seller rejected the request when it should have accepted it.</summary>
    public bool RejectedIncorrectly { get; }

    /// <summary>Gets whether the buyer left negative feedback on the return.</summary>
    public bool NegativeReturnFeedback { get; }

    /// <summary>Gets when the buyer shipped the item back, if known.</summary>
    public Instant? ShippedAt { get; }

    /// <summary>Gets when the seller received the item back.</summary>
    public Instant? ReceivedAt { get; }

    /// <summary>Gets when the buyer was refunded.</summary>
    public Instant? RefundedAt { get; }

    /// <summary>Gets the amount refunded.</summary>
    public Money? RefundAmount { get; }

    /// <summary>Gets whether the refund was returnless (the buyer keeps the item).</summary>
    public bool Returnless { get; }

    /// <summary>
    /// Gets the request's identity: the RMA id when there is one, else
    /// <c>{orderId}/{sku}/{requestedAt}</c> (a returnless refund without RMA).
    /// </summary>
    public string Key => ReturnId is { } id ? id.Value : $"{OrderId}/{Sku}/{Preconditions.Format(RequestedAt)}";
}
