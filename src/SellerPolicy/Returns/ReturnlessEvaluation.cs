using System.Collections.Immutable;
using SellerPolicy.Ledger;

namespace SellerPolicy.Returns;

/// <summary>The decision on one return request under a returnless rule set, the rule that matched, why, and the economics.</summary>
/// <remarks>
/// <para>Economics: <see cref="RefundAmount"/> is the refund the request is due (<see cref="ReturnRefund.Total"/>,
/// in the order's currency) whatever the decision; <see cref="ReturnCostAvoided"/> and <see cref="ValueGivenAway"/>
/// are in the rule set's currency and zero unless the decision is <see cref="ReturnlessDecision.Returnless"/>.</para>
/// <para>Equality compares every property, reasons element by element.</para>
/// </remarks>
public sealed class ReturnlessEvaluation : IEquatable<ReturnlessEvaluation>
{
    internal ReturnlessEvaluation(
        ReturnRequest request,
        BuyerId? buyerId,
        ReturnlessDecision decision,
        string? rule,
        ImmutableArray<string> reasons,
        Money refundAmount,
        Money returnCostAvoided,
        Money valueGivenAway,
        string policyVersion)
    {
        Request = request;
        BuyerId = buyerId;
        Decision = decision;
        Rule = rule;
        Reasons = reasons;
        RefundAmount = refundAmount;
        ReturnCostAvoided = returnCostAvoided;
        ValueGivenAway = valueGivenAway;
        PolicyVersion = policyVersion;
    }

    /// <summary>Gets the request judged.</summary>
    public ReturnRequest Request { get; }

    /// <summary>Gets the request's identity: the RMA id, else order id + SKU + request instant (<see cref="ReturnRequest.Key"/>).</summary>
    public string Key => Request.Key;

    /// <summary>Gets the order's buyer, when known.</summary>
    public BuyerId? BuyerId { get; }

    /// <summary>Gets the decision.</summary>
    public ReturnlessDecision Decision { get; }

    /// <summary>Gets the name of the rule that matched (also when the buyer guard then sent the request to review); null when none did.</summary>
    public string? Rule { get; }

    /// <summary>Gets the reasons in words, most decisive first.</summary>
    public ImmutableArray<string> Reasons { get; }

    /// <summary>Gets the refund the request is due, in the order's currency.</summary>
    public Money RefundAmount { get; }

    /// <summary>Gets the return shipping a returnless refund saves (zero unless returnless), in the rule set's currency.</summary>
    public Money ReturnCostAvoided { get; }

    /// <summary>Gets the price of the units the buyer keeps: unit price × quantity (zero unless returnless).</summary>
    public Money ValueGivenAway { get; }

    /// <summary>Gets the policy version that judged the return window and the fault.</summary>
    public string PolicyVersion { get; }

    /// <inheritdoc />
    public bool Equals(ReturnlessEvaluation? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Request.Equals(other.Request) && BuyerId == other.BuyerId && Decision == other.Decision && Rule == other.Rule
                   && Reasons.SequenceEqual(other.Reasons) && RefundAmount == other.RefundAmount && ReturnCostAvoided == other.ReturnCostAvoided
                   && ValueGivenAway == other.ValueGivenAway && PolicyVersion == other.PolicyVersion));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReturnlessEvaluation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Decision, Rule, RefundAmount);

    /// <summary>Returns <c>{key}: {decision} ({rule})</c>.</summary>
    public override string ToString() => $"{Key}: {Decision}{(Rule is null ? string.Empty : $" ({Rule})")}";
}
