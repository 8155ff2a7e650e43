using SellerPolicy.Internal;
using SellerPolicy.Ledger;

namespace SellerPolicy.Returns;

/// <summary>Who bears a package lost on its way to the buyer, and why.</summary>
/// <remarks>
/// Fulfilled by Amazon (AFN): Amazon. Seller-fulfilled (MFN): the seller, unless Buy Shipping claims protection
/// applies — the label was bought through Buy Shipping with claims protection
/// (<see cref="Order.BuyShippingClaimsProtected"/>) and the first carrier scan is on time (at or before the
/// order's latest ship date). Without a first carrier scan or a latest ship date the scan cannot be shown to be on
/// time, and the seller bears the loss.
/// </remarks>
public sealed record LostPackageResponsibility
{
    private LostPackageResponsibility(LostPackagePayer payer, string reason)
    {
        Payer = payer;
        Reason = reason;
    }

    /// <summary>Gets who bears the refund.</summary>
    public LostPackagePayer Payer { get; }

    /// <summary>Gets the rule that decided, in words.</summary>
    public string Reason { get; }

    /// <summary>Returns who bears a lost package of <paramref name="order"/>.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The payer and the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    public static LostPackageResponsibility For(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Channel == FulfillmentChannel.Afn)
        {
            return new(LostPackagePayer.Amazon, "Fulfilled by Amazon: Amazon refunds the buyer from its own funds");
        }

        if (!order.BuyShippingClaimsProtected)
        {
            return new(LostPackagePayer.Seller, "seller-fulfilled without Buy Shipping claims protection: the seller refunds");
        }

        if (order.FirstCarrierScanAt is not { } scan)
        {
            return new(LostPackagePayer.Seller, "Buy Shipping claims protection needs a first carrier scan on time; the order has no carrier scan");
        }

        if (order.LatestShipDate is not { } latest)
        {
            return new(LostPackagePayer.Seller, "Buy Shipping claims protection needs a first carrier scan on time; the order has no latest ship date to judge it by");
        }

        return scan <= latest
            ? new(LostPackagePayer.Amazon, $"Buy Shipping claims protection: first carrier scan {Preconditions.Format(scan)} on time (latest ship date {Preconditions.Format(latest)})")
            : new(LostPackagePayer.Seller, $"Buy Shipping claims protection lost: first carrier scan {Preconditions.Format(scan)} after the latest ship date {Preconditions.Format(latest)}");
    }
}
