using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Internal;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Returns;

namespace SellerPolicy.Claims;

/// <summary>
/// Decides whether a buyer may file an A-to-z Guarantee claim on an order, for a reason, at an instant
/// (domain-rules.md section 3.2; docs/claims.md).
/// </summary>
/// <remarks>
/// <para>Arithmetic is on instants and a day is 24 hours. "Not received" opens at the earliest of
/// <c>latestDeliveryDate + NotReceivedOpensAfterDelivery</c> (72 h), the delivered scan (the buyer disputes it)
/// and, in the legacy policy, <c>purchasedAt + NotReceivedOpensAfterPurchase</c> (30 days). The other reasons
/// open at the delivered scan, else at the latest estimated delivery date. The window closes
/// <c>WindowLength</c> (90 days) after the latest estimated delivery date, or after the purchase in the legacy
/// policy; a window never closes before it opens (a close that would fall earlier is moved to the opening).</para>
/// <para>The contact rule holds when <c>at ≥ firstContact + ContactWait</c> (48 h). Damaged or defective and
/// materially different need a return request made at or before <c>at</c>. Return not refunded and refund promise
/// not kept need a return request made within the order's <see cref="ReturnWindow"/> and shipped back (known at
/// <c>at</c>) within <c>ReturnShipWithinDays</c> × 24 h of being arranged (the seller's answer, else the request);
/// a returnless refund needs no shipment.</para>
/// <para>Facts after <c>at</c> do not exist: a chargeback, contact or return later than <c>at</c> is ignored. An instant before
/// the order was placed is an error (<see cref="ArgumentOutOfRangeException"/>), not <see cref="ClaimEligibilityCode.TooEarly"/>:
/// there was no order to claim on.</para>
/// </remarks>
public static class ClaimEligibilityRules
{
    /// <summary>
    /// Judges a claim under the policy version in effect on the order's purchase day, so an old order is judged
    /// under the rules of its time.
    /// </summary>
    /// <param name="history">The order and its records.</param>
    /// <param name="reason">The reason the buyer would file for.</param>
    /// <param name="at">The instant the claim would be filed.</param>
    /// <param name="timeline">The policy versions.</param>
    /// <returns>The verdict, with its code, window, rule and evidence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined, or <paramref name="at"/> is before the order was placed.</exception>
    public static ClaimEligibility Evaluate(OrderHistory history, ClaimReason reason, Instant at, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(timeline);
        return Evaluate(history, reason, at, PolicyFor(history.Order, timeline));
    }

    /// <summary>Judges a claim under one policy version.</summary>
    /// <param name="history">The order and its records.</param>
    /// <param name="reason">The reason the buyer would file for.</param>
    /// <param name="at">The instant the claim would be filed.</param>
    /// <param name="policy">The policy version to apply.</param>
    /// <returns>The verdict, with its code, window, rule and evidence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined, or <paramref name="at"/> is before the order was placed.</exception>
    public static ClaimEligibility Evaluate(OrderHistory history, ClaimReason reason, Instant at, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(policy);
        Preconditions.CheckDefined(reason, nameof(reason));
        Order order = history.Order;
        if (at < order.PurchasedAt)
        {
            // Not "too early": no window is about to open, the order did not exist (the ledger refuses a claim filed then too).
            throw new ArgumentOutOfRangeException(
                nameof(at), $"at ({F(at)}) is before order {order.OrderId} was placed ({F(order.PurchasedAt)}): a claim can only be filed on an order that exists.");
        }

        ClaimPolicy rules = policy.Claims;
        var failures = new List<(ClaimEligibilityCode Code, string Rule)>();
        void Fail(ClaimEligibilityCode code, string rule) => failures.Add((code, rule));

        if (order.Channel == FulfillmentChannel.Afn)
        {
            Fail(ClaimEligibilityCode.FulfilledByAmazon, "the order is Fulfilled by Amazon: the buyer goes to Amazon customer service; the A-to-z Guarantee covers items sold and fulfilled by the seller");
        }

        if (history.Chargebacks.FirstOrDefault(c => c.ReceivedAt <= at) is { } chargeback)
        {
            Fail(ClaimEligibilityCode.ChargebackFiled, $"the buyer filed chargeback {chargeback.ChargebackId} with the card issuer (received {F(chargeback.ReceivedAt)}): the guarantee does not cover an order under a chargeback");
        }

        if (rules.NotCoveredReasons.Contains(reason))
        {
            Fail(ClaimEligibilityCode.NotCovered, $"the guarantee does not cover the reason {reason} (policy claims.notCoveredReasons)");
        }
        else if (order.Lines.All(l => l.Category is { } c && rules.NotCoveredCategories.Contains(c)))
        {
            Fail(ClaimEligibilityCode.NotCovered, $"every line of the order is in a category the guarantee does not cover ({string.Join(", ", order.Lines.Select(l => l.Category).Distinct(StringComparer.OrdinalIgnoreCase))}; policy claims.notCoveredCategories)");
        }

        Window window = WindowOf(order, reason, rules);
        if (window.Missing is { } missing)
        {
            Fail(ClaimEligibilityCode.MissingDeliveryEstimate, missing);
        }
        else if (reason == ClaimReason.NotReceived && order.LatestDeliveryDate is null && at < window.OpensAt)
        {
            Fail(ClaimEligibilityCode.MissingDeliveryEstimate, $"the order has no latest estimated delivery date: the window opens at {F(window.OpensAt!.Value)} at the latest ({window.OpenRule}), and it may open earlier, 72 h after the estimate");
        }

        if (window.ClosesAt is { } closes && at > closes)
        {
            Fail(ClaimEligibilityCode.WindowClosed, $"the window closed at {F(closes)} ({window.CloseRule}); Amazon may still accept a claim it finds warranted");
        }

        if (window.OpensAt is { } opens && at < opens && !(reason == ClaimReason.NotReceived && order.LatestDeliveryDate is null))
        {
            Fail(ClaimEligibilityCode.TooEarly, $"the window opens at {F(opens)} ({window.OpenRule})");
        }

        if (ReturnProblem(history, reason, at, policy) is { } returnProblem)
        {
            Fail(ClaimEligibilityCode.ReturnNotRequested, returnProblem);
        }

        Instant? firstContact = history.FirstContactAt;
        Instant? waitEnds = firstContact + rules.ContactWait;
        string waitText = FormatDuration(rules.ContactWait);
        if (firstContact is not { } contacted || contacted > at)
        {
            Fail(ClaimEligibilityCode.ContactSellerFirst, $"the buyer has not contacted the seller about the order: they must do so and give the seller {waitText} to answer");
        }
        else if (at < waitEnds)
        {
            Fail(ClaimEligibilityCode.ContactSellerFirst, $"the buyer contacted the seller at {F(contacted)}: the seller has {waitText} to answer, until {F(waitEnds.Value)}");
        }

        string rule = failures.Count > 0
            ? failures[0].Rule
            : $"{reason}: window {F(window.OpensAt!.Value)} to {F(window.ClosesAt!.Value)} ({window.OpenRule}; {window.CloseRule}); "
              + $"the buyer contacted the seller at {F(firstContact!.Value)} and {waitText} passed at {F(waitEnds!.Value)}";

        return new ClaimEligibility(
            order.OrderId, reason, at, failures.Select(f => f.Code).ToImmutableArray(),
            window.OpensAt, window.ClosesAt, waitEnds, rule, policy.Version, ClaimEvidence.For(reason, history));
    }

    /// <summary>Returns the policy version in effect on <paramref name="order"/>'s purchase day.</summary>
    /// <param name="order">The order.</param>
    /// <param name="timeline">The policy versions.</param>
    /// <returns>The version that judges the order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MarketplacePolicy PolicyFor(Order order, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(timeline);
        return PolicyForPurchase(order.PurchasedAt, timeline);
    }

    /// <summary>Returns the policy version in effect on the day of <paramref name="purchasedAt"/> (an order read from the ledger's table).</summary>
    internal static MarketplacePolicy PolicyForPurchase(Instant purchasedAt, PolicyTimeline timeline)
        => timeline.For(timeline.Latest.Reporting.DayOf(purchasedAt));

    private static Window WindowOf(Order order, ClaimReason reason, ClaimPolicy rules)
    {
        Instant? estimate = order.LatestDeliveryDate;
        Instant? delivered = order.DeliveredAt;
        Instant? opens = null;
        string openRule = string.Empty;
        void Candidate(Instant? at, string why)
        {
            if (at is { } value && (opens is null || value < opens))
            {
                opens = value;
                openRule = why;
            }
        }

        if (reason == ClaimReason.NotReceived)
        {
            Candidate(estimate + rules.NotReceivedOpensAfterDelivery, $"{FormatDuration(rules.NotReceivedOpensAfterDelivery)} after the latest estimated delivery date {Fo(estimate)}");
            Candidate(delivered, $"the delivered scan {Fo(delivered)} the buyer disputes");
            if (rules.NotReceivedOpensAfterPurchase is { } afterPurchase)
            {
                Candidate(order.PurchasedAt + afterPurchase, $"{FormatDuration(afterPurchase)} after the purchase {F(order.PurchasedAt)} (legacy rule)");
            }
        }
        else if (delivered is { } d)
        {
            Candidate(d, $"opens at delivery: the delivered scan {F(d)}");
        }
        else
        {
            Candidate(estimate, $"opens at delivery: no delivered scan, so the latest estimated delivery date {Fo(estimate)}");
        }

        Instant? closes;
        string closeRule;
        if (rules.WindowBasis == ClaimWindowBasis.PurchaseDate)
        {
            closes = order.PurchasedAt + rules.WindowLength;
            closeRule = $"closes {FormatDuration(rules.WindowLength)} after the purchase {F(order.PurchasedAt)} (legacy rule)";
        }
        else
        {
            closes = estimate + rules.WindowLength;
            closeRule = $"closes {FormatDuration(rules.WindowLength)} after the latest estimated delivery date {Fo(estimate)}";
        }

        if (opens is { } o && closes is { } c && c < o)
        {
            closes = o;
            closeRule += $", moved to the opening {F(o)} because a window never closes before it opens";
        }

        string? missing = null;
        if (closes is null)
        {
            missing = $"the order has no latest estimated delivery date: the window closes {FormatDuration(rules.WindowLength)} after it, so its end cannot be computed";
        }
        else if (opens is null)
        {
            missing = "the order has neither a delivered scan nor a latest estimated delivery date: the window opens at delivery, so its start cannot be computed";
        }

        return new Window(opens, closes, openRule, closeRule, missing);
    }

    private static string? ReturnProblem(OrderHistory history, ClaimReason reason, Instant at, MarketplacePolicy policy)
    {
        ImmutableArray<ReturnRequest> known = history.Returns.Where(r => r.RequestedAt <= at).ToImmutableArray();
        switch (reason)
        {
            case ClaimReason.DamagedOrDefective or ClaimReason.MateriallyDifferent:
                return known.IsEmpty
                    ? $"for {reason} the buyer must first ask the seller for a return; the ledger has no return request on the order by {F(at)}"
                    : null;

            case ClaimReason.ReturnNotRefunded or ClaimReason.RefundPromiseNotKept:
                if (known.IsEmpty)
                {
                    return $"for {reason} the buyer must have requested a return within the return window and shipped it back; the ledger has no return request on the order by {F(at)}";
                }

                ReturnWindow? returnWindow = ReturnWindow.For(history.Order, policy);
                Duration shipWithin = Duration.FromDays(policy.Claims.ReturnShipWithinDays);
                string? problem = null;
                foreach (ReturnRequest request in known)
                {
                    if (returnWindow is null || !returnWindow.Contains(request.RequestedAt))
                    {
                        problem ??= returnWindow is null
                            ? $"return {request.Key} cannot be placed in a return window: the order has no delivery date"
                            : $"return {request.Key} was requested at {F(request.RequestedAt)}, outside the return window that closed at {F(returnWindow.ClosesAt)} ({returnWindow.Rule})";
                        continue;
                    }

                    if (request.Returnless)
                    {
                        return null;
                    }

                    Instant arranged = request.RespondedAt is { } answered && answered <= at ? answered : request.RequestedAt;
                    Instant shipBy = arranged + shipWithin;
                    if (request.ShippedAt is { } shipped && shipped <= at && shipped <= shipBy)
                    {
                        return null;
                    }

                    problem = request.ShippedAt is { } late && late <= at
                        ? $"return {request.Key} was shipped back at {F(late)}, later than {policy.Claims.ReturnShipWithinDays} days after it was arranged at {F(arranged)} (by {F(shipBy)})"
                        : $"return {request.Key} has not been shipped back by {F(at)}: the buyer must ship it within {policy.Claims.ReturnShipWithinDays} days of {F(arranged)} (by {F(shipBy)})";
                }

                return problem;

            default:
                return null;
        }
    }

    private static string F(Instant instant) => Preconditions.Format(instant);

    private static string Fo(Instant? instant) => instant is { } i ? F(i) : "(not in the ledger)";

    internal static string FormatDuration(Duration duration)
        => duration.BclCompatibleTicks % NodaConstants.TicksPerDay == 0 && duration >= Duration.FromDays(3)
            ? $"{duration.Days} days"
            : duration.BclCompatibleTicks % NodaConstants.TicksPerHour == 0 ? $"{(long)duration.TotalHours} h" : duration.ToString();

    private readonly record struct Window(Instant? OpensAt, Instant? ClosesAt, string OpenRule, string CloseRule, string? Missing);
}
