using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using SellerPolicy.Internal;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Returns;

/// <summary>Decides every return request of a ledger under a returnless rule set.</summary>
/// <remarks>
/// <para>Order of judgement, per request, in the ledger's request order (request instant, then key):</para>
/// <list type="number">
/// <item>Outside the return policy (<see cref="ReturnPolicyCheck.Of(Order, ReturnRequest, MarketplacePolicy)"/>:
/// the ledger's <c>inPolicy</c>, else the return window under the policy in effect on the purchase day):
/// <see cref="ReturnlessDecision.ManualReview"/>.</item>
/// <item>The order is in another currency than the rules: <see cref="ReturnlessDecision.ManualReview"/> (prices are
/// never compared across currencies).</item>
/// <item>The SKU is exempted, or no rule matches (active at the purchase instant, unit price of the returned line in
/// range, category, reason): <see cref="ReturnlessDecision.RequireReturn"/>, with the reason each rule missed.</item>
/// <item>The buyer guard is reached: the buyer already had <see cref="BuyerGuard.MaxReturnless"/> requests that this
/// same evaluation decided returnless, requested in the <see cref="BuyerGuard.WithinDays"/> × 24 h before (both
/// ends included): <see cref="ReturnlessDecision.ManualReview"/>. Without a buyer id the guard cannot count and is
/// not applied (the reasons say so).</item>
/// <item>Otherwise <see cref="ReturnlessDecision.Returnless"/>.</item>
/// </list>
/// <para>Return cost avoided: <see cref="ReturnCostAssumption.International"/> when the order ships to a known
/// country other than <see cref="ReturnlessRuleSet.HomeCountry"/>, else <see cref="ReturnCostAssumption.Domestic"/>
/// (an unknown country counts as domestic, the cheaper assumption, so savings are not overstated); one parcel per
/// request whatever the quantity.</para>
/// </remarks>
public static class ReturnlessEvaluator
{
    /// <summary>Evaluates every return request of <paramref name="ledger"/>, in request order.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="ruleSet">The rule set; must be valid.</param>
    /// <param name="timeline">The policy timeline (return window and fault of each reason).</param>
    /// <returns>One evaluation per return request, in the ledger's request order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The rule set is invalid; the message lists every problem.</exception>
    public static ImmutableArray<ReturnlessEvaluation> Evaluate(SellerLedger ledger, ReturnlessRuleSet ruleSet, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(timeline);
        ruleSet.EnsureValid();

        // Rules by name, so that the reasons (and any tie, impossible in a valid set) never depend on file order.
        ImmutableArray<ReturnlessRule> rules = ruleSet.Rules.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var returnlessByBuyer = new Dictionary<BuyerId, List<Instant>>();
        var results = ImmutableArray.CreateBuilder<ReturnlessEvaluation>(ledger.Returns.Length);
        foreach (ReturnRequest request in ledger.Returns)
        {
            results.Add(EvaluateOne(ledger.GetOrder(request.OrderId), request, ruleSet, rules, timeline, returnlessByBuyer));
        }

        return results.MoveToImmutable();
    }

    private static ReturnlessEvaluation EvaluateOne(
        Order order,
        ReturnRequest request,
        ReturnlessRuleSet set,
        ImmutableArray<ReturnlessRule> rules,
        PolicyTimeline timeline,
        Dictionary<BuyerId, List<Instant>> returnlessByBuyer)
    {
        MarketplacePolicy policy = timeline.For(timeline.Latest.Reporting.DayOf(order.PurchasedAt));
        OrderLine? line = order.FindLine(request.Sku);
        Money setZero = Money.Zero(set.Currency);
        Money refund = line is null ? Money.Zero(order.Currency) : ReturnRefund.For(order, request, policy).Total;
        var reasons = ImmutableArray.CreateBuilder<string>();

        ReturnlessEvaluation Decide(ReturnlessDecision decision, string? rule, Money costAvoided, Money valueGiven)
            => new(request, order.BuyerId, decision, rule, reasons.ToImmutable(), refund, costAvoided, valueGiven, policy.Version);

        ReturnPolicyCheck check = ReturnPolicyCheck.Of(order, request, policy);
        if (!check.InPolicy)
        {
            reasons.Add("outside the return policy: " + check.Reason);
            return Decide(ReturnlessDecision.ManualReview, null, setZero, setZero);
        }

        if (order.Currency != set.Currency)
        {
            reasons.Add($"order in {order.Currency}, rules in {set.Currency}: prices are not compared across currencies");
            return Decide(ReturnlessDecision.ManualReview, null, setZero, setZero);
        }

        if (line is null)
        {
            reasons.Add($"order {order.OrderId} has no line for SKU {request.Sku}");
            return Decide(ReturnlessDecision.ManualReview, null, setZero, setZero);
        }

        if (set.IsExempt(request.Sku))
        {
            reasons.Add($"SKU {request.Sku} is exempted from returnless refunds");
            return Decide(ReturnlessDecision.RequireReturn, null, setZero, setZero);
        }

        ReturnlessRule? matched = null;
        foreach (ReturnlessRule rule in rules)
        {
            if (Miss(rule, order, line, request) is { } miss)
            {
                reasons.Add($"rule '{rule.Name}' does not apply: {miss}");
            }
            else
            {
                matched = rule;
                break;
            }
        }

        if (matched is null)
        {
            reasons.Insert(0, rules.IsEmpty ? "the rule set has no rules" : "no rule applies");
            return Decide(ReturnlessDecision.RequireReturn, null, setZero, setZero);
        }

        reasons.Clear();
        reasons.Add($"rule '{matched.Name}' applies: active at the purchase {Preconditions.Format(order.PurchasedAt)}, unit price {Num(line.UnitPrice.Amount)} {set.Currency} in {matched.PriceRange}");
        if (set.BuyerGuard is { } guard)
        {
            if (order.BuyerId is { } buyer)
            {
                Instant since = request.RequestedAt - Duration.FromDays(guard.WithinDays);
                List<Instant> earlier = returnlessByBuyer.TryGetValue(buyer, out List<Instant>? list) ? list : [];
                int count = earlier.Count(i => i >= since && i <= request.RequestedAt);
                if (count >= guard.MaxReturnless)
                {
                    reasons.Insert(0, $"buyer {buyer} already had {count} returnless refund(s) in the {guard.WithinDays} days before (limit {guard.MaxReturnless})");
                    return Decide(ReturnlessDecision.ManualReview, matched.Name, setZero, setZero);
                }

                reasons.Add($"buyer {buyer} had {count} returnless refund(s) in the {guard.WithinDays} days before (limit {guard.MaxReturnless})");
                earlier.Add(request.RequestedAt);
                returnlessByBuyer[buyer] = earlier;
            }
            else
            {
                reasons.Add("buyer unknown: the buyer guard cannot count and is not applied");
            }
        }

        bool international = set.IsInternational(order.ShipToCountry);
        decimal cost = international ? set.ReturnCost.International : set.ReturnCost.Domestic;
        reasons.Add($"{(international ? "international" : "domestic")} return cost avoided: {Num(cost)} {set.Currency}");
        return Decide(ReturnlessDecision.Returnless, matched.Name, new Money(cost, set.Currency), line.UnitPrice * request.Quantity);
    }

    private static string? Miss(ReturnlessRule rule, Order order, OrderLine line, ReturnRequest request)
    {
        if (!rule.IsActiveAt(order.PurchasedAt))
        {
            string until = rule.ActiveUntil is { } u ? $" until {Preconditions.Format(u)}" : string.Empty;
            return $"not active at the purchase {Preconditions.Format(order.PurchasedAt)} (active from {Preconditions.Format(rule.ActiveFrom)}{until})";
        }

        if (!rule.PriceRange.Contains(line.UnitPrice.Amount))
        {
            return $"unit price {Num(line.UnitPrice.Amount)} outside {rule.PriceRange}";
        }

        if (!rule.CoversCategory(line.Category))
        {
            return line.Category is null
                ? "the order line has no category"
                : $"category {line.Category} not in {string.Join("/", rule.Categories!.Value)}";
        }

        return rule.CoversReason(request.Reason) ? null : $"reason {request.Reason} not in {string.Join("/", rule.Reasons!.Value)}";
    }

    private static string Num(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
