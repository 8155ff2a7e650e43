using NodaTime;
using SellerPolicy.Internal;
using SellerPolicy.Ledger;

namespace SellerPolicy.Deadlines;

/// <summary>
/// One thing a seller must do by a deadline: what, about which order and record, when it started, when it is due,
/// when the ledger shows it met (if it does), what happens if it is missed, and the rule that set the deadline.
/// </summary>
/// <remarks>
/// <para>The due instant is included: an action at or before <see cref="DueAt"/> is on time.</para>
/// <para>An obligation is open at an instant <c>at</c> when it started (<c>StartedAt ≤ at</c>), is not settled by
/// then, and either is not yet due (<c>at ≤ DueAt</c>) or is past due but the ledger records its completion
/// (<see cref="CompletionRecorded"/>), so that a missed one can honestly be reported overdue. The ledger records no
/// seller message, claim answer, chargeback answer or appeal: those are listed only until they are due.</para>
/// </remarks>
public sealed record SellerObligation
{
    /// <summary>Creates an obligation.</summary>
    /// <param name="kind">What must be done.</param>
    /// <param name="orderId">The order concerned, if any (a plan of action concerns the account).</param>
    /// <param name="subject">The record it is about: a claim id, chargeback id, return key, or the order id.</param>
    /// <param name="startedAt">When the obligation started.</param>
    /// <param name="dueAt">The deadline (included); not before <paramref name="startedAt"/>.</param>
    /// <param name="settledAt">When the ledger shows it met or moot, if it does.</param>
    /// <param name="completionRecorded">Whether the ledger records its completion (so a missed one is overdue).</param>
    /// <param name="ifMissed">What happens if it is missed.</param>
    /// <param name="rule">The rule that set the deadline, with its numbers.</param>
    /// <param name="policyVersion">The policy version that set it.</param>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="dueAt"/> is before <paramref name="startedAt"/>.</exception>
    public SellerObligation(
        SellerObligationKind kind, OrderId? orderId, string subject, Instant startedAt, Instant dueAt, Instant? settledAt,
        bool completionRecorded, string ifMissed, string rule, string policyVersion)
    {
        Kind = Preconditions.CheckDefined(kind, nameof(kind));
        OrderId = orderId;
        Subject = Preconditions.CheckNotBlank(subject, nameof(subject));
        Preconditions.CheckNotBefore(dueAt, nameof(dueAt), startedAt, nameof(startedAt));
        StartedAt = startedAt;
        DueAt = dueAt;
        SettledAt = settledAt;
        CompletionRecorded = completionRecorded;
        IfMissed = Preconditions.CheckNotBlank(ifMissed, nameof(ifMissed));
        Rule = Preconditions.CheckNotBlank(rule, nameof(rule));
        PolicyVersion = Preconditions.CheckNotBlank(policyVersion, nameof(policyVersion));
    }

    /// <summary>Gets what must be done.</summary>
    public SellerObligationKind Kind { get; }

    /// <summary>Gets the order concerned; null for an account-level obligation.</summary>
    public OrderId? OrderId { get; }

    /// <summary>Gets the record it is about: a claim id, chargeback id, return key, or the order id.</summary>
    public string Subject { get; }

    /// <summary>Gets when the obligation started.</summary>
    public Instant StartedAt { get; }

    /// <summary>Gets the deadline (included).</summary>
    public Instant DueAt { get; }

    /// <summary>Gets when the ledger shows it met or moot (answered, refunded, decided...); null when it does not.</summary>
    public Instant? SettledAt { get; }

    /// <summary>Gets whether the ledger records the obligation's completion, so that a missed one can be reported overdue.</summary>
    public bool CompletionRecorded { get; }

    /// <summary>Gets what happens if it is missed.</summary>
    public string IfMissed { get; }

    /// <summary>Gets the rule that set the deadline.</summary>
    public string Rule { get; }

    /// <summary>Gets the policy version that set it.</summary>
    public string PolicyVersion { get; }

    /// <summary>Returns whether the obligation is open at <paramref name="at"/> (see the type remarks).</summary>
    /// <param name="at">The instant.</param>
    /// <returns>True when started, not settled, and not due yet or trackably overdue.</returns>
    public bool IsOpenAt(Instant at) => new ObligationTiming(StartedAt, DueAt, SettledAt, CompletionRecorded).IsOpenAt(at);

    /// <summary>Returns whether the obligation is open and past due at <paramref name="at"/>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>True when open and <c>at &gt; DueAt</c>.</returns>
    public bool IsOverdueAt(Instant at) => IsOpenAt(at) && at > DueAt;

    /// <summary>Returns <c>{kind} {subject} due {dueAt}</c>.</summary>
    public override string ToString() => $"{Kind} {Subject} due {Preconditions.Format(DueAt)}";
}
