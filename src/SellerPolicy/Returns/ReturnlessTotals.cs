using SellerPolicy.Ledger;

namespace SellerPolicy.Returns;

/// <summary>Counts and money over a group of returnless evaluations (a whole candidate rule set, or one of its rules).</summary>
/// <remarks>
/// <para>Money is in the rule set's currency and sums <see cref="ReturnlessDecision.Returnless"/> evaluations only
/// (a returnless decision is never taken on an order in another currency).</para>
/// <para>The recovery assumption: had the item come back, the seller would have recovered
/// <see cref="ReturnlessRuleSet.RecoveryRate"/> × its price (resold or restocked), and paid the return shipping.
/// The refund is paid either way, so the difference a returnless refund makes is
/// <c>Net = ReturnCostAvoided − ValueGivenAway × RecoveryRate</c> (<see cref="RecoveryForgone"/> is the second term).
/// Positive: returnless refunds saved money.</para>
/// <para>The recovery forgone is rounded to the currency's minor unit (<see cref="Money.RoundedToMinorUnit"/>, half away
/// from zero), so the net is in cents too when the inputs are; the other totals are sums of the evaluations' amounts, kept as
/// they are.</para>
/// </remarks>
/// <param name="Requests">Return requests in the group.</param>
/// <param name="Returnless">Of which decided returnless.</param>
/// <param name="RequireReturn">Of which decided return required.</param>
/// <param name="ManualReview">Of which sent to manual review.</param>
/// <param name="RefundedWithoutReturn">The refunds of the returnless requests.</param>
/// <param name="ReturnCostAvoided">The return shipping they avoided.</param>
/// <param name="ValueGivenAway">The price of the units the buyers kept.</param>
/// <param name="RecoveryForgone">What the seller would have recovered from those units: value given away × recovery rate, rounded to the currency's minor unit.</param>
/// <param name="Net">Return cost avoided − recovery forgone.</param>
public sealed record ReturnlessTotals(
    int Requests,
    int Returnless,
    int RequireReturn,
    int ManualReview,
    Money RefundedWithoutReturn,
    Money ReturnCostAvoided,
    Money ValueGivenAway,
    Money RecoveryForgone,
    Money Net)
{
    /// <summary>Returns the totals of <paramref name="evaluations"/> under <paramref name="ruleSet"/>'s currency and recovery rate.</summary>
    /// <param name="evaluations">The evaluations.</param>
    /// <param name="ruleSet">The rule set that produced them.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReturnlessTotals Of(IEnumerable<ReturnlessEvaluation> evaluations, ReturnlessRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        ArgumentNullException.ThrowIfNull(ruleSet);
        Money zero = Money.Zero(ruleSet.Currency);
        int requests = 0, returnless = 0, requireReturn = 0, manual = 0;
        Money refunded = zero, avoided = zero, given = zero;
        foreach (ReturnlessEvaluation e in evaluations)
        {
            requests++;
            switch (e.Decision)
            {
                case ReturnlessDecision.Returnless:
                    returnless++;
                    refunded += e.RefundAmount;
                    avoided += e.ReturnCostAvoided;
                    given += e.ValueGivenAway;
                    break;
                case ReturnlessDecision.RequireReturn:
                    requireReturn++;
                    break;
                default:
                    manual++;
                    break;
            }
        }

        Money forgone = (given * ruleSet.RecoveryRate).RoundedToMinorUnit();
        return new ReturnlessTotals(requests, returnless, requireReturn, manual, refunded, avoided, given, forgone, avoided - forgone);
    }
}
