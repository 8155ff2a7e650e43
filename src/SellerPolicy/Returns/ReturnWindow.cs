using NodaTime;
using SellerPolicy.Internal;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Returns;

/// <summary>
/// The period in which a buyer may request a return of an order: from the purchase until
/// <see cref="ClosesAt"/> (both included), with the rule that set the end.
/// </summary>
/// <remarks>
/// The window closes <see cref="ReturnPolicy.WindowDays"/> × 24 h after the basis instant (the delivered scan
/// by default, else the latest estimated delivery date; policy may choose the estimate). When a holiday rule
/// of the policy covers the order (its basis date — ordered, shipped or delivered — falls in the rule's
/// period), the window closes at the last instant of the rule's return-by day instead, if that is later.
/// </remarks>
public sealed record ReturnWindow
{
    private ReturnWindow(Instant opensAt, Instant closesAt, ReturnWindowBasisUsed basis, Instant basisAt, HolidayReturnExtension? extension, string rule, string policyVersion)
    {
        OpensAt = opensAt;
        ClosesAt = closesAt;
        Basis = basis;
        BasisAt = basisAt;
        HolidayExtension = extension;
        Rule = rule;
        PolicyVersion = policyVersion;
    }

    /// <summary>Gets when a return may first be requested: the purchase.</summary>
    public Instant OpensAt { get; }

    /// <summary>Gets the last instant a return may be requested (included).</summary>
    public Instant ClosesAt { get; }

    /// <summary>Gets which fact the window was counted from.</summary>
    public ReturnWindowBasisUsed Basis { get; }

    /// <summary>Gets the instant the window was counted from.</summary>
    public Instant BasisAt { get; }

    /// <summary>Gets the holiday rule that extended the window, if one did.</summary>
    public HolidayReturnExtension? HolidayExtension { get; }

    /// <summary>Gets the rule in words, e.g. "30 days from the delivered scan 2026-01-10T18:00:00Z".</summary>
    public string Rule { get; }

    /// <summary>Gets the policy version that set the window.</summary>
    public string PolicyVersion { get; }

    /// <summary>Returns whether a request at <paramref name="at"/> is inside the window (both ends included).</summary>
    /// <param name="at">The request instant.</param>
    /// <returns>True when <c>OpensAt ≤ at ≤ ClosesAt</c>.</returns>
    public bool Contains(Instant at) => at >= OpensAt && at <= ClosesAt;

    /// <summary>
    /// Returns the return window of <paramref name="order"/> under <paramref name="policy"/>, or null when the
    /// order has neither a delivered scan nor a latest estimated delivery date (nothing to count from).
    /// </summary>
    /// <param name="order">The order.</param>
    /// <param name="policy">The policy (use the version in effect on the purchase date; see the timeline overload).</param>
    /// <returns>The window, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReturnWindow? For(Order order, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(policy);
        ReturnPolicy rules = policy.Returns;
        (ReturnWindowBasisUsed basis, Instant basisAt)? start = rules.WindowBasis == ReturnWindowBasis.EstimatedDelivery
            ? Pick(order.LatestDeliveryDate, ReturnWindowBasisUsed.LatestDeliveryDate) ?? Pick(order.DeliveredAt, ReturnWindowBasisUsed.DeliveredAt)
            : Pick(order.DeliveredAt, ReturnWindowBasisUsed.DeliveredAt) ?? Pick(order.LatestDeliveryDate, ReturnWindowBasisUsed.LatestDeliveryDate);
        if (start is not { } s)
        {
            return null;
        }

        Instant closesAt = s.basisAt + Duration.FromDays(rules.WindowDays);
        string what = s.basis == ReturnWindowBasisUsed.DeliveredAt ? "the delivered scan" : "the latest estimated delivery date";
        string rule = $"{rules.WindowDays} days from {what} {Preconditions.Format(s.basisAt)}";
        HolidayReturnExtension? applied = null;
        foreach (HolidayReturnExtension extension in rules.HolidayExtensions)
        {
            Instant? basisOfRule = extension.Basis switch
            {
                HolidayBasis.Ordered => order.PurchasedAt,
                HolidayBasis.Shipped => order.ShippedAt,
                _ => s.basisAt,
            };
            if (basisOfRule is not { } b || !extension.Period.Contains(policy.Reporting.DayOf(b)))
            {
                continue;
            }

            Instant extendedClose = policy.Reporting.EndOf(extension.ReturnBy) - Duration.Epsilon;
            if (extendedClose > closesAt)
            {
                closesAt = extendedClose;
                applied = extension;
                rule = $"holiday rule: {extension.Basis.ToString().ToLowerInvariant()} {extension.Period} returnable until {extension.ReturnBy:uuuu-MM-dd}";
            }
        }

        return new ReturnWindow(order.PurchasedAt, closesAt, s.basis, s.basisAt, applied, rule, policy.Version);

        static (ReturnWindowBasisUsed, Instant)? Pick(Instant? at, ReturnWindowBasisUsed basis) => at is { } i ? (basis, i) : null;
    }

    /// <summary>Returns the return window under the policy version in effect on the order's purchase day.</summary>
    /// <param name="order">The order.</param>
    /// <param name="timeline">The policy timeline.</param>
    /// <returns>The window, or null when there is nothing to count from.</returns>
    public static ReturnWindow? For(Order order, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(timeline);
        MarketplacePolicy policy = timeline.For(timeline.Latest.Reporting.DayOf(order.PurchasedAt));
        return For(order, policy);
    }
}
