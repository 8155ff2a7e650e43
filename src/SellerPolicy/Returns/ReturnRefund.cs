using System.Collections.Immutable;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Returns;

/// <summary>What a buyer gets back for a return, line by line, and why.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Seller's fault (<see cref="ReturnPolicy.SellerFaultReasons"/>): the item plus its share of the outbound
/// shipping; nothing deducted.</item>
/// <item>Buyer's fault (<see cref="ReturnPolicy.BuyerFaultReasons"/>): the item; the seller may deduct the return
/// shipping (at most the item price) and a restocking fee (<see cref="RestockingFee"/>).</item>
/// <item>A reason code in neither list is treated as the seller's fault (the buyer may claim a full refund) and
/// the reasons say so.</item>
/// <item>Lost package (<see cref="ForLostPackage(Order, MarketplacePolicy)"/>): every item and all the shipping.</item>
/// </list>
/// The outbound shipping share of a partial return is the order's shipping price × the returned item value ÷ the
/// order's item total, rounded to the currency's minor unit (<see cref="Money.RoundedToMinorUnit"/>: 2 decimals for EUR or USD,
/// none for JPY; midpoint away from zero), like the restocking fee. The total is never below zero.
/// </remarks>
public sealed record ReturnRefund
{
    private ReturnRefund(ReturnFault fault, Money item, Money outboundShipping, Money returnShippingDeducted, RestockingFee restockingFee, ImmutableArray<string> reasons, string policyVersion)
    {
        Fault = fault;
        Item = item;
        OutboundShipping = outboundShipping;
        ReturnShippingDeducted = returnShippingDeducted;
        RestockingFee = restockingFee;
        Reasons = reasons;
        PolicyVersion = policyVersion;
        Money total = item + outboundShipping - returnShippingDeducted - restockingFee.MaxAmount;
        Total = total.Amount < 0 ? Money.Zero(item.Currency) : total;
    }

    /// <summary>Gets who caused the return.</summary>
    public ReturnFault Fault { get; }

    /// <summary>Gets the price of the returned units (unit price × quantity; every item for a lost package).</summary>
    public Money Item { get; }

    /// <summary>Gets the outbound shipping refunded (zero for a buyer's-fault return).</summary>
    public Money OutboundShipping { get; }

    /// <summary>Gets the return shipping the seller may deduct (zero unless the buyer's fault).</summary>
    public Money ReturnShippingDeducted { get; }

    /// <summary>Gets the highest restocking fee the seller may deduct (zero unless the buyer's fault).</summary>
    public RestockingFee RestockingFee { get; }

    /// <summary>Gets the refund: item + outbound shipping − return shipping − restocking fee, not below zero.</summary>
    public Money Total { get; }

    /// <summary>Gets the rules applied, in words.</summary>
    public ImmutableArray<string> Reasons { get; }

    /// <summary>Gets the policy version applied.</summary>
    public string PolicyVersion { get; }

    /// <summary>Returns who caused a return with reason code <paramref name="reason"/> under the policy, or null when the policy does not list it.</summary>
    /// <param name="reason">Amazon's return reason code, such as <c>DEFECTIVE</c> (compared exactly).</param>
    /// <param name="policy">The policy.</param>
    /// <returns><see cref="ReturnFault.Seller"/>, <see cref="ReturnFault.Buyer"/>, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReturnFault? FaultOf(string reason, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Returns.SellerFaultReasons.Contains(reason))
        {
            return ReturnFault.Seller;
        }

        return policy.Returns.BuyerFaultReasons.Contains(reason) ? ReturnFault.Buyer : null;
    }

    /// <summary>Returns the refund due on a return request.</summary>
    /// <param name="order">The request's order.</param>
    /// <param name="request">The return request.</param>
    /// <param name="policy">The policy in effect on the order's purchase day.</param>
    /// <param name="condition">The condition the item came back in (default original).</param>
    /// <param name="returnShippingCost">What the return label cost, deductible on a buyer's-fault return; null: nothing deducted.</param>
    /// <returns>The refund and its parts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The request belongs to another order or names a SKU the order does not have, or the return shipping cost is negative or in another currency.</exception>
    public static ReturnRefund For(Order order, ReturnRequest request, MarketplacePolicy policy, ReturnCondition condition = ReturnCondition.Original, Money? returnShippingCost = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        ReturnPolicyCheck check = ReturnPolicyCheck.Of(order, request, policy);
        OrderLine line = order.FindLine(request.Sku)
            ?? throw new ArgumentException($"request {request.Key} names SKU {request.Sku}, which order {order.OrderId} does not have.", nameof(request));
        if (returnShippingCost is { } cost && (cost.Amount < 0 || cost.Currency != order.Currency))
        {
            throw new ArgumentException($"returnShippingCost must be a non-negative amount in {order.Currency}, was {cost}.", nameof(returnShippingCost));
        }

        string currency = order.Currency;
        Money zero = Money.Zero(currency);
        Money item = line.UnitPrice * request.Quantity;
        var reasons = ImmutableArray.CreateBuilder<string>();
        ReturnFault fault;
        if (FaultOf(request.Reason, policy) is { } known)
        {
            fault = known;
            reasons.Add($"reason {request.Reason} is the {(known == ReturnFault.Seller ? "seller's" : "buyer's")} fault");
        }
        else
        {
            fault = ReturnFault.Seller;
            reasons.Add($"reason {request.Reason} is in neither fault list of the policy: treated as the seller's fault (full refund)");
        }

        if (fault == ReturnFault.Seller)
        {
            Money shipping = ShippingShare(order, item);
            reasons.Add($"seller's fault: item {item} plus outbound shipping {shipping}, no return shipping deducted");
            return new ReturnRefund(fault, item, shipping, zero, RestockingFee.Maximum(item, condition, check.InPolicy, fault, policy), reasons.ToImmutable(), policy.Version);
        }

        Money deducted = returnShippingCost is { } c ? c.Min(item) : zero;
        RestockingFee fee = RestockingFee.Maximum(item, condition, check.InPolicy, fault, policy);
        reasons.Add($"buyer's fault: item {item}; return shipping {deducted} may be deducted; outbound shipping is not refunded");
        reasons.Add(fee.Reason);
        return new ReturnRefund(fault, item, zero, deducted, fee, reasons.ToImmutable(), policy.Version);
    }

    /// <summary>Returns the refund of a package lost on its way to the buyer: every item and all the shipping.</summary>
    /// <param name="order">The order.</param>
    /// <param name="policy">The policy in effect on the order's purchase day.</param>
    /// <returns>The refund; its reasons say who bears it (<see cref="LostPackageResponsibility"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReturnRefund ForLostPackage(Order order, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(policy);
        Money item = order.ItemTotal;
        Money shipping = order.ShippingPrice ?? Money.Zero(order.Currency);
        LostPackageResponsibility who = LostPackageResponsibility.For(order);
        ImmutableArray<string> reasons =
        [
            $"lost package: everything back, items {item} and shipping {shipping}",
            $"paid by {who.Payer.ToString().ToLowerInvariant()}: {who.Reason}",
        ];
        RestockingFee none = RestockingFee.Maximum(item, ReturnCondition.Original, true, ReturnFault.LostPackage, policy);
        return new ReturnRefund(ReturnFault.LostPackage, item, shipping, Money.Zero(order.Currency), none, reasons, policy.Version);
    }

    /// <summary>Returns the outbound shipping share of <paramref name="item"/>: shipping × item ÷ item total, to the currency's minor unit.</summary>
    internal static Money ShippingShare(Order order, Money item)
    {
        if (order.ShippingPrice is not { } shipping || shipping.Amount == 0)
        {
            return Money.Zero(order.Currency);
        }

        Money total = order.ItemTotal;
        if (total.Amount == 0 || item.Amount >= total.Amount)
        {
            return shipping;
        }

        return new Money(shipping.Amount * item.Amount / total.Amount, shipping.Currency).RoundedToMinorUnit();
    }

    /// <inheritdoc />
    public bool Equals(ReturnRefund? other)
        => other is not null && Fault == other.Fault && Item == other.Item && OutboundShipping == other.OutboundShipping
           && ReturnShippingDeducted == other.ReturnShippingDeducted && RestockingFee == other.RestockingFee && Total == other.Total
           && Reasons.SequenceEqual(other.Reasons) && PolicyVersion == other.PolicyVersion;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Fault, Item, Total, PolicyVersion);
}
