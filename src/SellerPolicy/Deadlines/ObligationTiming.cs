using NodaTime;

namespace SellerPolicy.Deadlines;

/// <summary>
/// The instants of an obligation without its texts: when it started, when it is due, when the ledger shows it settled, and
/// whether the ledger records its completion. <see cref="SellerDeadlines"/> works these out first, so that a whole ledger's
/// open list makes an obligation (and formats its rule) only when it is open.
/// </summary>
/// <param name="StartedAt">When the obligation started.</param>
/// <param name="DueAt">The deadline (included).</param>
/// <param name="SettledAt">When the ledger shows it met or moot, if it does.</param>
/// <param name="CompletionRecorded">Whether the ledger records its completion (so a missed one is overdue).</param>
internal readonly record struct ObligationTiming(Instant StartedAt, Instant DueAt, Instant? SettledAt, bool CompletionRecorded)
{
    /// <summary>
    /// Returns whether the obligation is open at <paramref name="at"/>: started, not settled by then, and not due yet or
    /// past due with a completion the ledger would record (the one rule; <see cref="SellerObligation.IsOpenAt"/> uses it).
    /// </summary>
    public bool IsOpenAt(Instant at)
        => StartedAt <= at && !(SettledAt is { } settled && settled <= at) && (at <= DueAt || CompletionRecorded);
}
