using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Returns;

/// <summary>
/// The seller's deadlines on one return request: answer it, refund it after receipt, and when the buyer's
/// return label stops being valid.
/// </summary>
/// <remarks>
/// <para>Every deadline is an inclusive due instant: an action at or before it is on time. The last instant of
/// a day is <c>policy.Reporting.EndOf(day) - Duration.Epsilon</c> (the reporting time zone decides what a day is).</para>
/// <para>Pass the policy version in effect on the order's purchase day (see <see cref="PolicyTimeline.For(LocalDate)"/>).</para>
/// </remarks>
public static class ReturnDeadlines
{
    /// <summary>
    /// Returns the last instant the seller may answer (authorise or reject) the request:
    /// <c>RequestedAt + policy.Returns.ResponseTime</c> (48 h by default; weekends and holidays count).
    /// </summary>
    /// <param name="request">The return request.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The inclusive due instant.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Instant RespondBy(ReturnRequest request, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        return request.RequestedAt + policy.Returns.ResponseTime;
    }

    /// <summary>
    /// Returns the last instant the seller may refund a received return: the last instant of the
    /// <c>policy.Returns.RefundBusinessDays</c>-th business day after the day of receipt (the receipt day itself
    /// is not counted; weekends and <c>policy.Returns.Holidays</c> are skipped). Null until the item is received.
    /// </summary>
    /// <param name="request">The return request.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The inclusive due instant, or null when <see cref="ReturnRequest.ReceivedAt"/> is absent.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Instant? RefundDueBy(ReturnRequest request, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        if (request.ReceivedAt is not { } received)
        {
            return null;
        }

        LocalDate receiptDay = policy.Reporting.DayOf(received);
        LocalDate dueDay = BusinessDays(policy).AddBusinessDays(receiptDay, policy.Returns.RefundBusinessDays);
        return policy.Reporting.EndOf(dueDay) - Duration.Epsilon;
    }

    /// <summary>
    /// Returns the last instant the buyer's return label is valid: <c>policy.Returns.LabelValidDays</c> × 24 h after
    /// the authorisation (<see cref="ReturnRequest.RespondedAt"/>). Null until authorised: when there is no answer
    /// yet, when the status is <see cref="ReturnStatus.Requested"/>, <see cref="ReturnStatus.Rejected"/> or
    /// <see cref="ReturnStatus.Closed"/> (the ledger does not say whether a closed request was authorised), and for a
    /// returnless refund (no label).
    /// </summary>
    /// <param name="request">The return request.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The inclusive expiry instant, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Instant? LabelExpiresAt(ReturnRequest request, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        bool authorised = request.Status is ReturnStatus.Authorized or ReturnStatus.Received or ReturnStatus.Refunded;
        if (!authorised || request.Returnless || request.RespondedAt is not { } authorisedAt)
        {
            return null;
        }

        return authorisedAt + Duration.FromDays(policy.Returns.LabelValidDays);
    }

    /// <summary>Returns the business-day calendar of the policy: weekends and <c>policy.Returns.Holidays</c> are not business days.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static BusinessDayCalendar BusinessDays(MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Returns.Holidays.IsDefaultOrEmpty ? BusinessDayCalendar.WeekendsOnly : new BusinessDayCalendar(policy.Returns.Holidays);
    }
}
