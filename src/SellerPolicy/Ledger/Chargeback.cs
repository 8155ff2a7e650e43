using NodaTime;
using SellerPolicy.Internal;

namespace SellerPolicy.Ledger;

/// <summary>A chargeback: the buyer disputed the card payment with the issuer.</summary>
/// <remarks>
/// Rules checked on construction: a decision has both an outcome and an instant, not before the
/// chargeback was received. Fraud chargebacks never count toward ODR; a service chargeback decided for
/// the seller stops counting from its decision.
/// </remarks>
public sealed record Chargeback
{
    /// <summary>Creates a chargeback.</summary>
    /// <param name="chargebackId">The chargeback id.</param>
    /// <param name="orderId">The order disputed.</param>
    /// <param name="receivedAt">When the seller was notified.</param>
    /// <param name="type">Service or fraud.</param>
    /// <param name="outcome">The decision; null while pending.</param>
    /// <param name="decidedAt">When it was decided; required with <paramref name="outcome"/>.</param>
    /// <exception cref="ArgumentException">A rule in the type remarks does not hold.</exception>
    public Chargeback(
        ChargebackId chargebackId, OrderId orderId, Instant receivedAt, ChargebackType type,
        ChargebackOutcome? outcome = null, Instant? decidedAt = null)
    {
        ChargebackId = chargebackId.Value.Length > 0 ? chargebackId : throw new ArgumentException("chargebackId is required.", nameof(chargebackId));
        OrderId = orderId.Value.Length > 0 ? orderId : throw new ArgumentException("orderId is required.", nameof(orderId));
        ReceivedAt = receivedAt;
        Type = Preconditions.CheckDefined(type, nameof(type));
        Preconditions.CheckBothOrNeither(outcome.HasValue, nameof(outcome), decidedAt.HasValue, nameof(decidedAt));
        Preconditions.CheckNotBefore(decidedAt, nameof(decidedAt), receivedAt, nameof(receivedAt));
        Outcome = outcome is { } o ? Preconditions.CheckDefined(o, nameof(outcome)) : null;
        DecidedAt = decidedAt;
    }

    /// <summary>Gets the chargeback id.</summary>
    public ChargebackId ChargebackId { get; }

    /// <summary>Gets the order disputed.</summary>
    public OrderId OrderId { get; }

    /// <summary>Gets when the seller was notified.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>Gets whether it is a service or a fraud chargeback.</summary>
    public ChargebackType Type { get; }

    /// <summary>Gets the decision; null while pending.</summary>
    public ChargebackOutcome? Outcome { get; }

    /// <summary>Gets when it was decided (present exactly when <see cref="Outcome"/> is).</summary>
    public Instant? DecidedAt { get; }

    /// <summary>Returns a copy with the decision replaced (both null: pending).</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="decidedAt">When.</param>
    /// <returns>A new chargeback.</returns>
    public Chargeback WithDecision(ChargebackOutcome? outcome, Instant? decidedAt) => new(ChargebackId, OrderId, ReceivedAt, Type, outcome, decidedAt);
}
