using NodaTime;

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
        if (FindViolation(chargebackId, orderId, receivedAt, type, outcome, decidedAt) is { } violation)
        {
            throw violation.Throw();
        }

        ChargebackId = chargebackId;
        OrderId = orderId;
        ReceivedAt = receivedAt;
        Type = type;
        Outcome = outcome;
        DecidedAt = decidedAt;
    }

    /// <summary>Finds the first rule of the constructor that the values break, without throwing (the constructor's own check).</summary>
    /// <param name="chargebackId">The chargeback id.</param>
    /// <param name="orderId">The order disputed.</param>
    /// <param name="receivedAt">When the seller was notified.</param>
    /// <param name="type">Service or fraud.</param>
    /// <param name="outcome">The decision.</param>
    /// <param name="decidedAt">When it was decided.</param>
    /// <returns>The violation (field and rule), or null when the values make a chargeback.</returns>
    public static RuleViolation? FindViolation(
        ChargebackId chargebackId, OrderId orderId, Instant receivedAt, ChargebackType type, ChargebackOutcome? outcome = null, Instant? decidedAt = null)
        => RuleViolation.Required(chargebackId.Value, nameof(chargebackId))
            ?? RuleViolation.Required(orderId.Value, nameof(orderId))
            ?? RuleViolation.Defined(type, nameof(type))
            ?? RuleViolation.BothOrNeither(outcome.HasValue, nameof(outcome), decidedAt.HasValue, nameof(decidedAt))
            ?? RuleViolation.NotBefore(decidedAt, nameof(decidedAt), receivedAt, nameof(receivedAt))
            ?? RuleViolation.Defined(outcome, nameof(outcome));

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
