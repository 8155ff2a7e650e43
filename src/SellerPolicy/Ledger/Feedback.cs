using NodaTime;

namespace SellerPolicy.Ledger;

/// <summary>A buyer's seller-feedback rating on an order, and its removal if it was removed.</summary>
/// <remarks>
/// Rules checked on construction: the rating is 1-5; a removal has both its instant and its kind and
/// is not before the feedback. Equality compares every property. Whether the rating is negative is
/// policy (<see cref="Policies.OrderDefectRatePolicy.NegativeFeedbackMaxRating"/>), not a property here.
/// </remarks>
public sealed record Feedback
{
    /// <summary>Creates a feedback.</summary>
    /// <param name="orderId">The order rated.</param>
    /// <param name="receivedAt">When the feedback was left.</param>
    /// <param name="rating">1 (worst) to 5 (best).</param>
    /// <param name="removedAt">When it was removed or struck through, if it was.</param>
    /// <param name="removal">How it was removed; required with <paramref name="removedAt"/>.</param>
    /// <exception cref="ArgumentException">A rule in the type remarks does not hold.</exception>
    public Feedback(OrderId orderId, Instant receivedAt, int rating, Instant? removedAt = null, FeedbackRemoval? removal = null)
    {
        if (FindViolation(orderId, receivedAt, rating, removedAt, removal) is { } violation)
        {
            throw violation.Throw();
        }

        OrderId = orderId;
        ReceivedAt = receivedAt;
        Rating = rating;
        RemovedAt = removedAt;
        Removal = removal;
    }

    /// <summary>Finds the first rule of the constructor that the values break, without throwing (the constructor's own check).</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="receivedAt">When it was left.</param>
    /// <param name="rating">The star rating.</param>
    /// <param name="removedAt">When it was removed.</param>
    /// <param name="removal">Why it was removed.</param>
    /// <returns>The violation (field and rule), or null when the values make a feedback.</returns>
    public static RuleViolation? FindViolation(OrderId orderId, Instant receivedAt, int rating, Instant? removedAt = null, FeedbackRemoval? removal = null)
        => RuleViolation.Required(orderId.Value, nameof(orderId))
            ?? RuleViolation.Range(rating, 1, 5, nameof(rating))
            ?? RuleViolation.BothOrNeither(removedAt.HasValue, nameof(removedAt), removal.HasValue, nameof(removal))
            ?? RuleViolation.NotBefore(removedAt, nameof(removedAt), receivedAt, nameof(receivedAt))
            ?? RuleViolation.Defined(removal, nameof(removal));

    /// <summary>Gets the order rated.</summary>
    public OrderId OrderId { get; }

    /// <summary>Gets when the feedback was left.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>Gets the rating, 1 to 5.</summary>
    public int Rating { get; }

    /// <summary>Gets when the feedback was removed or struck through, if it was.</summary>
    public Instant? RemovedAt { get; }

    /// <summary>Gets how the feedback was removed (present exactly when <see cref="RemovedAt"/> is).</summary>
    public FeedbackRemoval? Removal { get; }

    /// <summary>Returns a copy removed at <paramref name="removedAt"/> (a what-if, or a later fact).</summary>
    /// <param name="removedAt">When it was removed.</param>
    /// <param name="removal">How.</param>
    /// <returns>A new feedback.</returns>
    public Feedback WithRemoval(Instant removedAt, FeedbackRemoval removal) => new(OrderId, ReceivedAt, Rating, removedAt, removal);
}
