using System.Collections.Immutable;
using SellerPolicy.Internal;
using SellerPolicy.Ledger;

namespace SellerPolicy.Claims;

/// <summary>
/// What a seller should gather to answer an A-to-z claim, per reason, filled in with the order's own facts.
/// </summary>
/// <remarks>
/// Guidance distilled from the seller reply templates of seed 004 (a Chinese seller guide: for "not received"
/// state the tracking number and delivery date; for a product problem resolve it with the buyer and ask them to
/// withdraw the claim) and the Polish Seller Central page of seed 003 (accurate listings, tracked shipping with
/// signature for valuable items, prompt refunds). It is advice, not a rule: nothing here changes a verdict.
/// </remarks>
public static class ClaimEvidence
{
    /// <summary>Returns the evidence to prepare for a claim on <paramref name="history"/>'s order for <paramref name="reason"/>.</summary>
    /// <param name="reason">The claim reason.</param>
    /// <param name="history">The order and its records (tracking, delivery, returns, contacts are quoted).</param>
    /// <returns>One line per piece of evidence, most important first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    public static ImmutableArray<string> For(ClaimReason reason, OrderHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        Preconditions.CheckDefined(reason, nameof(reason));
        Order order = history.Order;
        var lines = ImmutableArray.CreateBuilder<string>();
        string Fmt(NodaTime.Instant? i) => i is { } v ? Preconditions.Format(v) : "(not in the ledger)";

        string Messages() => history.Contacts.IsEmpty
            ? "The buyer's messages and your answers, with their dates (the ledger records no buyer contact)."
            : $"The buyer's messages and your answers, with their dates (first contact {Fmt(history.FirstContactAt)}).";

        string Returns() => history.Returns.IsEmpty
            ? "The return you offered or authorised (the ledger records no return request on this order)."
            : "Return request(s): " + string.Join("; ", history.Returns.Select(r =>
                $"{r.Key} {r.Reason} {r.Status}, requested {Fmt(r.RequestedAt)}"
                + (r.ShippedAt is { } s ? $", shipped back {Fmt(s)}" : string.Empty)
                + (r.ReceivedAt is { } rc ? $", received {Fmt(rc)}" : string.Empty)
                + (r.RefundedAt is { } rf ? $", refunded {Fmt(rf)}" + (r.RefundAmount is { } amt ? $" {amt}" : string.Empty) : string.Empty))) + ".";

        switch (reason)
        {
            case ClaimReason.NotReceived:
                if (order.TrackingId is { } tracking)
                {
                    lines.Add(order.DeliveredAt is { } delivered
                        ? $"Tracking number {tracking} and the delivery date {Fmt(delivered)}: state that the carrier delivered the parcel, so non-receipt is not the seller's fault."
                        : $"Tracking number {tracking} with its carrier scans (first scan {Fmt(order.FirstCarrierScanAt)}); no delivered scan is recorded.");
                }
                else
                {
                    lines.Add("No tracking number on the order: Amazon usually grants such a claim; offer the buyer a refund or a resend and ask them to withdraw the claim.");
                }

                lines.Add($"Ship confirmation {Fmt(order.ShippedAt)}"
                          + (order.LatestShipDate is { } lsd ? $" against the latest ship date {Fmt(lsd)}" : string.Empty)
                          + $", and the promised delivery date {Fmt(order.LatestDeliveryDate)}.");
                if (order.BuyShippingClaimsProtected)
                {
                    lines.Add("The label was bought through Buy Shipping with claims protection: with an on-time first scan Amazon funds the claim and it does not count.");
                }

                lines.Add("Proof that the parcel went to the address Amazon gave; signature confirmation for valuable items (Seller Central help, \"Claims and chargebacks\").");
                lines.Add(Messages());
                break;

            case ClaimReason.DamagedOrDefective:
                lines.Add(Messages());
                lines.Add(Returns());
                lines.Add("Photos of the item and its packing as shipped; if it failed after a period of use, the delivery date "
                          + $"{Fmt(order.DeliveredAt)} and the usage period (damage from misuse is not the seller's fault).");
                lines.Add("Once the problem is solved (replacement or refund), ask the buyer to withdraw the claim: Your Orders > Order Details > Problem with this order > Withdraw claim.");
                break;

            case ClaimReason.MateriallyDifferent:
                lines.Add($"The detail page and your offer for {string.Join(", ", order.Lines.Select(l => l.Asin is { } a ? $"{l.Sku} (ASIN {a})" : l.Sku.ToString()))}: the item must match the page and the condition guidelines; condition notes do not excuse differences (Seller Central help, \"Claims and chargebacks\").");
                lines.Add("Photos of the item shipped, showing it matches the listing.");
                lines.Add(Messages());
                lines.Add(Returns());
                break;

            case ClaimReason.ReturnNotRefunded:
                lines.Add(Returns());
                lines.Add("The return's tracking and the day you received it: the refund is due within the policy's business days of receipt.");
                lines.Add("The refund transaction (date and amount), or why the returned item was not refundable in full.");
                lines.Add(Messages());
                break;

            case ClaimReason.RefundPromiseNotKept:
                lines.Add($"The refund transaction: date and amount against what was promised (items {order.ItemTotal}"
                          + (order.ShippingPrice is { } ship ? $", shipping {ship}" : string.Empty) + ").");
                lines.Add(Returns());
                lines.Add(Messages());
                break;

            default:
                lines.Add(Messages());
                lines.Add("Whatever shows the order was fulfilled as listed: tracking, delivery date, listing.");
                break;
        }

        return lines.ToImmutable();
    }
}
