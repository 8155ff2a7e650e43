using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Internal;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Returns;

namespace SellerPolicy.Deadlines;

/// <summary>
/// The seller's deadlines, one calculator per kind: each turns a ledger record into a <see cref="SellerObligation"/>
/// with its due instant, what happens if it is missed, and when the ledger shows it settled.
/// </summary>
/// <remarks>
/// <para>Durations are exact (a day is 24 hours) except the refund, which counts business days
/// (<see cref="ReturnDeadlines"/>). Every number comes from the policy passed in: use the version in effect on the
/// order's purchase day (<see cref="ClaimEligibilityRules.PolicyFor"/>), as <see cref="SellerObligations"/> does.</para>
/// <para>What the ledger cannot say (docs/claims.md): it records no seller reply to a buyer, no information request
/// from Amazon, no appeal and no suspension. A buyer message is open for the response time from its arrival; the
/// claim notification is taken as Amazon's information request (seed 000: "you typically have 48 hours to react";
/// seed 003: answer claim notifications within 3 calendar days), settled by the decision; an appeal is settled by a
/// reversal; the plan of action needs the suspension instant from the caller.</para>
/// </remarks>
public static class SellerDeadlines
{
    /// <summary>Returns the deadline to answer a buyer's message: <c>buyerContactedAt + claims.buyerMessageResponse</c>.</summary>
    /// <param name="contact">The buyer's message.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The obligation; the ledger records no reply, so it is never settled.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SellerObligation AnswerBuyer(BuyerContact contact, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(policy);
        Duration within = policy.Claims.BuyerMessageResponse;
        ObligationTiming when = AnswerBuyerTiming(contact, policy);
        return new SellerObligation(
            SellerObligationKind.AnswerBuyer, contact.OrderId, contact.OrderId.Value, when.StartedAt, when.DueAt, when.SettledAt, when.CompletionRecorded,
            $"once {D(policy.Claims.ContactWait)} have passed the buyer may file an A-to-z claim; a late answer also hurts the contact response time",
            $"answer a buyer's message within {D(within)} of {F(contact.BuyerContactedAt)}, weekends and holidays included (claims.buyerMessageResponse)",
            policy.Version);
    }

    /// <summary>
    /// Returns the deadline to answer Amazon's information request on a claim, taken to be the claim notification:
    /// <c>filedAt + claims.informationRequestResponse</c>, settled by the decision.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The obligation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SellerObligation AnswerInformationRequest(AtoZClaim claim, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(policy);
        Duration within = policy.Claims.InformationRequestResponse;
        ObligationTiming when = AnswerInformationRequestTiming(claim, policy);
        return new SellerObligation(
            SellerObligationKind.AnswerInformationRequest, claim.OrderId, claim.ClaimId.Value, when.StartedAt, when.DueAt, when.SettledAt, when.CompletionRecorded,
            "Amazon decides the claim without the seller's side, usually for the buyer, and a granted claim counts toward ODR",
            $"answer the claim notification of {F(claim.FiledAt)} within {D(within)} (policy claims.informationRequestResponse; Amazon's newer US help and Seller Central help \"Claims and chargebacks\" give 3 calendar days, 72 h)",
            policy.Version);
    }

    /// <summary>
    /// Returns the deadline to appeal a claim granted against the seller (<see cref="ClaimOutcome.GrantedSellerFunded"/>):
    /// <c>decidedAt + claims.appealWindow</c>, settled by a reversal; null for any other claim.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The obligation, or null when there is nothing to appeal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SellerObligation? AppealClaim(AtoZClaim claim, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(policy);
        if (AppealClaimTiming(claim, policy) is not { } when)
        {
            return null;
        }

        Duration within = policy.Claims.AppealWindow;
        return new SellerObligation(
            SellerObligationKind.AppealClaim, claim.OrderId, claim.ClaimId.Value, when.StartedAt, when.DueAt, when.SettledAt, when.CompletionRecorded,
            "the decision stands: the claim keeps counting toward ODR while its order is in the window",
            $"appeal a granted claim within {D(within)} of the decision {F(when.StartedAt)} (claims.appealWindow)",
            policy.Version);
    }

    /// <summary>Returns the deadline to respond to a chargeback: <c>receivedAt + claims.chargebackResponse</c>, settled by the decision.</summary>
    /// <param name="chargeback">The chargeback.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The obligation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SellerObligation RespondToChargeback(Chargeback chargeback, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(chargeback);
        ArgumentNullException.ThrowIfNull(policy);
        Duration within = policy.Claims.ChargebackResponse;
        ObligationTiming when = RespondToChargebackTiming(chargeback, policy);
        return new SellerObligation(
            SellerObligationKind.RespondToChargeback, chargeback.OrderId, chargeback.ChargebackId.Value, when.StartedAt, when.DueAt, when.SettledAt, when.CompletionRecorded,
            chargeback.Type == ChargebackType.Service
                ? "the chargeback is decided for the buyer and, being a service chargeback, counts toward ODR"
                : "the chargeback is decided for the buyer (a fraud chargeback does not count toward ODR)",
            $"respond to the chargeback notification of {F(chargeback.ReceivedAt)} within {D(within)} (claims.chargebackResponse)",
            policy.Version);
    }

    /// <summary>
    /// Returns the deadline to answer a return request (<see cref="ReturnDeadlines.RespondBy"/>), settled by the answer;
    /// an answered status without an instant counts as settled at the request. Null for a returnless refund.
    /// </summary>
    /// <param name="request">The return request.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The obligation, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SellerObligation? RespondToReturnRequest(ReturnRequest request, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        if (RespondToReturnRequestTiming(request, policy) is not { } when)
        {
            return null;
        }

        return new SellerObligation(
            SellerObligationKind.RespondToReturnRequest, request.OrderId, request.Key, when.StartedAt, when.DueAt, when.SettledAt, when.CompletionRecorded,
            "a late answer counts toward the return dissatisfaction rate",
            $"answer a return request within {D(policy.Returns.ResponseTime)} of {F(request.RequestedAt)} (returns.responseTime)",
            policy.Version);
    }

    /// <summary>
    /// Returns the deadline to refund a received return (<see cref="ReturnDeadlines.RefundDueBy"/>: the end of the
    /// 2nd business day after the receipt day), settled by the refund; a refunded or closed status without an instant
    /// counts as settled at the receipt. Null until the item is received, and for a returnless refund.
    /// </summary>
    /// <param name="request">The return request.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The obligation, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SellerObligation? RefundReturn(ReturnRequest request, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        if (RefundReturnTiming(request, policy) is not { } when)
        {
            return null;
        }

        return new SellerObligation(
            SellerObligationKind.RefundReturn, request.OrderId, request.Key, when.StartedAt, when.DueAt, when.SettledAt, when.CompletionRecorded,
            "Amazon may refund the buyer and charge the seller, and the buyer may file a 'return not refunded' A-to-z claim",
            $"refund within {policy.Returns.RefundBusinessDays} business days of receiving the return on {policy.Reporting.DayOf(when.StartedAt):uuuu-MM-dd} (returns.refundBusinessDays; weekends and returns.holidays skipped)",
            policy.Version);
    }

    /// <summary>
    /// Returns when the buyer's return label expires (<see cref="ReturnDeadlines.LabelExpiresAt"/>), settled when the
    /// buyer ships or the seller receives the item. A watch for the seller, not an action. Null until authorised.
    /// </summary>
    /// <param name="request">The return request.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The obligation, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SellerObligation? ReturnLabelExpiry(ReturnRequest request, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        if (ReturnLabelExpiryTiming(request, policy) is not { } when)
        {
            return null;
        }

        return new SellerObligation(
            SellerObligationKind.ReturnLabelExpiry, request.OrderId, request.Key, when.StartedAt, when.DueAt, when.SettledAt, when.CompletionRecorded,
            "the label lapses and the request may expire; the buyer needs a new label to send the item back",
            $"the return label is valid for {policy.Returns.LabelValidDays} days from the authorisation {F(when.StartedAt)} (returns.labelValidDays)",
            policy.Version);
    }

    /// <summary>Returns the deadline for a plan of action after a suspension: <c>suspendedAt + claims.planOfAction</c>.</summary>
    /// <param name="suspendedAt">When the account was suspended (the ledger has no such record).</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The obligation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static SellerObligation PlanOfAction(Instant suspendedAt, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Duration within = policy.Claims.PlanOfAction;
        return new SellerObligation(
            SellerObligationKind.PlanOfAction, null, "account", suspendedAt, suspendedAt + within, null, false,
            "the account stays deactivated",
            $"send a plan of action (root causes, actions taken, preventive measures) within {D(within)} of the suspension {F(suspendedAt)} (claims.planOfAction)",
            policy.Version);
    }

    /// <summary>
    /// Returns every obligation the records of one order create, whatever their state (see
    /// <see cref="SellerObligation.IsOpenAt"/>). Return obligations are left out for an order Fulfilled by Amazon:
    /// Amazon handles its returns and refunds.
    /// </summary>
    /// <param name="history">The order and its records.</param>
    /// <param name="policy">The policy (the version in effect on the order's purchase day).</param>
    /// <returns>The obligations, in no particular order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<SellerObligation> AllObligationsOf(OrderHistory history, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(policy);
        var all = ImmutableArray.CreateBuilder<SellerObligation>();
        void Add(SellerObligation? obligation)
        {
            if (obligation is not null)
            {
                all.Add(obligation);
            }
        }

        foreach (BuyerContact contact in history.Contacts)
        {
            Add(AnswerBuyer(contact, policy));
        }

        foreach (AtoZClaim claim in history.Claims)
        {
            Add(AnswerInformationRequest(claim, policy));
            Add(AppealClaim(claim, policy));
        }

        foreach (Chargeback chargeback in history.Chargebacks)
        {
            Add(RespondToChargeback(chargeback, policy));
        }

        if (history.Order.Channel == FulfillmentChannel.Mfn)
        {
            foreach (ReturnRequest request in history.Returns)
            {
                Add(RespondToReturnRequest(request, policy));
                Add(RefundReturn(request, policy));
                Add(ReturnLabelExpiry(request, policy));
            }
        }

        return all.ToImmutable();
    }

    /// <summary>
    /// Adds the obligations of one order open at <paramref name="at"/>, in the order <see cref="AllObligationsOf"/> lists them:
    /// each record's timing is worked out first and only an open obligation is made (with its texts), so the orders of a
    /// ledger with nothing open cost a few instant comparisons each.
    /// </summary>
    internal static void AddOpen(
        List<SellerObligation> open, FulfillmentChannel channel, ImmutableArray<BuyerContact> contacts, ImmutableArray<AtoZClaim> claims,
        ImmutableArray<Chargeback> chargebacks, ImmutableArray<ReturnRequest> returns, MarketplacePolicy policy, Instant at)
    {
        foreach (BuyerContact contact in contacts)
        {
            if (AnswerBuyerTiming(contact, policy).IsOpenAt(at))
            {
                open.Add(AnswerBuyer(contact, policy));
            }
        }

        foreach (AtoZClaim claim in claims)
        {
            if (AnswerInformationRequestTiming(claim, policy).IsOpenAt(at))
            {
                open.Add(AnswerInformationRequest(claim, policy));
            }

            if (AppealClaimTiming(claim, policy)?.IsOpenAt(at) == true)
            {
                open.Add(AppealClaim(claim, policy)!);
            }
        }

        foreach (Chargeback chargeback in chargebacks)
        {
            if (RespondToChargebackTiming(chargeback, policy).IsOpenAt(at))
            {
                open.Add(RespondToChargeback(chargeback, policy));
            }
        }

        if (channel == FulfillmentChannel.Mfn)
        {
            foreach (ReturnRequest request in returns)
            {
                if (RespondToReturnRequestTiming(request, policy)?.IsOpenAt(at) == true)
                {
                    open.Add(RespondToReturnRequest(request, policy)!);
                }

                if (RefundReturnTiming(request, policy)?.IsOpenAt(at) == true)
                {
                    open.Add(RefundReturn(request, policy)!);
                }

                if (ReturnLabelExpiryTiming(request, policy)?.IsOpenAt(at) == true)
                {
                    open.Add(ReturnLabelExpiry(request, policy)!);
                }
            }
        }
    }

    // The instants of each obligation, one place per kind: the calculators above make their obligations from these, and
    // AddOpen tests them before making any text.
    private static ObligationTiming AnswerBuyerTiming(BuyerContact contact, MarketplacePolicy policy)
        => new(contact.BuyerContactedAt, contact.BuyerContactedAt + policy.Claims.BuyerMessageResponse, null, false);

    private static ObligationTiming AnswerInformationRequestTiming(AtoZClaim claim, MarketplacePolicy policy)
        => new(claim.FiledAt, claim.FiledAt + policy.Claims.InformationRequestResponse, claim.DecidedAt, false);

    private static ObligationTiming? AppealClaimTiming(AtoZClaim claim, MarketplacePolicy policy)
        => claim.Outcome == ClaimOutcome.GrantedSellerFunded && claim.DecidedAt is { } decided
            ? new(decided, decided + policy.Claims.AppealWindow, claim.ReversedAt, false)
            : null;

    private static ObligationTiming RespondToChargebackTiming(Chargeback chargeback, MarketplacePolicy policy)
        => new(chargeback.ReceivedAt, chargeback.ReceivedAt + policy.Claims.ChargebackResponse, chargeback.DecidedAt, false);

    private static ObligationTiming? RespondToReturnRequestTiming(ReturnRequest request, MarketplacePolicy policy)
        => request.Returnless
            ? null
            : new(
                request.RequestedAt,
                ReturnDeadlines.RespondBy(request, policy),
                request.RespondedAt ?? (request.Status == ReturnStatus.Requested ? null : request.RequestedAt),
                true);

    private static ObligationTiming? RefundReturnTiming(ReturnRequest request, MarketplacePolicy policy)
        => request.Returnless || request.ReceivedAt is not { } received || ReturnDeadlines.RefundDueBy(request, policy) is not { } due
            ? null
            : new(received, due, request.RefundedAt ?? (request.Status is ReturnStatus.Refunded or ReturnStatus.Closed ? received : null), true);

    private static ObligationTiming? ReturnLabelExpiryTiming(ReturnRequest request, MarketplacePolicy policy)
        => ReturnDeadlines.LabelExpiresAt(request, policy) is not { } expires || request.RespondedAt is not { } authorised
            ? null
            : new(authorised, expires, request.ShippedAt ?? request.ReceivedAt, false);

    private static string F(Instant instant) => Preconditions.Format(instant);

    private static string D(Duration duration) => ClaimEligibilityRules.FormatDuration(duration);
}
