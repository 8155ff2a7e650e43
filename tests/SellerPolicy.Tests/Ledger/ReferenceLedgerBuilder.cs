using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Ledger;

namespace SellerPolicy.Tests.Ledger;

/// <summary>
/// The ledger builder's rules written the simple way (LINQ sorts, a dictionary of orders, every message formatted
/// eagerly): the oracle that <see cref="SellerLedger.Builder.Build"/> is checked against.
/// </summary>
internal static class ReferenceLedgerBuilder
{
    /// <summary>The records given to a builder, each kind in the order it was added.</summary>
    internal sealed record Input(
        List<(Order Record, SourceLocation? At)> Orders,
        List<(Feedback Record, SourceLocation? At)> Feedback,
        List<(AtoZClaim Record, SourceLocation? At)> Claims,
        List<(Chargeback Record, SourceLocation? At)> Chargebacks,
        List<(ReturnRequest Record, SourceLocation? At)> Returns,
        List<(BuyerContact Record, SourceLocation? At)> Contacts);

    /// <summary>What a lenient build must give.</summary>
    internal sealed record Output(
        ImmutableArray<LedgerProblem> Problems,
        int LeftOut,
        ImmutableArray<Order> Orders,
        ImmutableArray<Feedback> Feedback,
        ImmutableArray<AtoZClaim> Claims,
        ImmutableArray<Chargeback> Chargebacks,
        ImmutableArray<ReturnRequest> Returns,
        ImmutableArray<BuyerContact> Contacts);

    private static string Format(Instant value) => InstantPattern.ExtendedIso.Format(value);

    public static Output Build(Input input)
    {
        var problems = new List<(LedgerProblem Problem, int Order)>();
        int leftOut = 0;
        int sequence = 0;

        void Problem(LedgerProblemKind kind, string message, SourceLocation? at, string? field)
            => problems.Add((new LedgerProblem(kind, message, at, field), sequence++));

        var orders = new Dictionary<OrderId, Order>();
        foreach ((Order order, SourceLocation? at) in input.Orders)
        {
            if (!orders.TryAdd(order.OrderId, order))
            {
                Problem(LedgerProblemKind.DuplicateId, $"duplicate order id {order.OrderId}: an order with this id was already {(at is null ? "added" : "read")}.", at, "orderId");
                leftOut++;
            }
        }

        bool Attached(OrderId orderId, Instant eventAt, string what, string timeField, SourceLocation? at, out Order? order)
        {
            if (!orders.TryGetValue(orderId, out order))
            {
                Problem(LedgerProblemKind.UnknownOrder, $"{what} refers to unknown order {orderId}.", at, "orderId");
                return false;
            }

            if (eventAt < order.PurchasedAt)
            {
                Problem(LedgerProblemKind.EventBeforePurchase,
                    $"{what}: {timeField} ({Format(eventAt)}) is before order {orderId} was placed ({Format(order.PurchasedAt)}).", at, timeField);
                return false;
            }

            return true;
        }

        var feedback = new List<Feedback>();
        var rated = new HashSet<OrderId>();
        foreach ((Feedback f, SourceLocation? at) in input.Feedback)
        {
            if (!Attached(f.OrderId, f.ReceivedAt, $"feedback on order {f.OrderId}", "receivedAt", at, out _))
            {
                leftOut++;
            }
            else if (!rated.Add(f.OrderId))
            {
                Problem(LedgerProblemKind.DuplicateFeedback, $"order {f.OrderId} already has a feedback: an order has at most one.", at, "orderId");
                leftOut++;
            }
            else
            {
                feedback.Add(f);
            }
        }

        var claims = new List<AtoZClaim>();
        var claimIds = new HashSet<ClaimId>();
        foreach ((AtoZClaim c, SourceLocation? at) in input.Claims)
        {
            if (!claimIds.Add(c.ClaimId))
            {
                Problem(LedgerProblemKind.DuplicateId, $"duplicate claim id {c.ClaimId}.", at, "claimId");
                leftOut++;
            }
            else if (!Attached(c.OrderId, c.FiledAt, $"claim {c.ClaimId}", "filedAt", at, out _))
            {
                leftOut++;
            }
            else
            {
                claims.Add(c);
            }
        }

        var chargebacks = new List<Chargeback>();
        var chargebackIds = new HashSet<ChargebackId>();
        foreach ((Chargeback c, SourceLocation? at) in input.Chargebacks)
        {
            if (!chargebackIds.Add(c.ChargebackId))
            {
                Problem(LedgerProblemKind.DuplicateId, $"duplicate chargeback id {c.ChargebackId}.", at, "chargebackId");
                leftOut++;
            }
            else if (!Attached(c.OrderId, c.ReceivedAt, $"chargeback {c.ChargebackId}", "receivedAt", at, out _))
            {
                leftOut++;
            }
            else
            {
                chargebacks.Add(c);
            }
        }

        var returns = new List<ReturnRequest>();
        var returnKeys = new HashSet<string>(StringComparer.Ordinal);
        var returnedUnits = new Dictionary<(OrderId, Sku), int>();
        foreach ((ReturnRequest r, SourceLocation? at) in input.Returns.OrderBy(x => x.Record.RequestedAt))
        {
            string what = r.ReturnId is { } rma ? $"return {rma}" : $"returnless refund {r.Key}";
            if (!returnKeys.Add(r.Key))
            {
                Problem(LedgerProblemKind.DuplicateId, $"duplicate return id {r.Key}.", at, "returnId");
                leftOut++;
                continue;
            }

            if (!Attached(r.OrderId, r.RequestedAt, what, "requestedAt", at, out Order? order))
            {
                leftOut++;
                continue;
            }

            int ordered = order!.Lines.Where(l => l.Sku == r.Sku).Sum(l => l.Quantity);
            if (ordered == 0)
            {
                Problem(LedgerProblemKind.UnknownSku, $"{what} names SKU {r.Sku}, which order {r.OrderId} does not have.", at, "sku");
                leftOut++;
                continue;
            }

            int already = returnedUnits.GetValueOrDefault((r.OrderId, r.Sku));
            if (already + r.Quantity > ordered)
            {
                Problem(LedgerProblemKind.QuantityExceeded,
                    $"{what} returns {r.Quantity} of SKU {r.Sku}, but order {r.OrderId} has {ordered}" + (already > 0 ? $" and {already} already returned." : "."),
                    at, "quantity");
                leftOut++;
                continue;
            }

            if (r.RefundAmount is { } refund && refund.Currency != order.Currency)
            {
                Problem(LedgerProblemKind.CurrencyMismatch, $"{what}: refundAmount is in {refund.Currency}, order {r.OrderId} is in {order.Currency}.", at, "refundAmount");
                leftOut++;
                continue;
            }

            returnedUnits[(r.OrderId, r.Sku)] = already + r.Quantity;
            returns.Add(r);
        }

        var contacts = new List<BuyerContact>();
        foreach ((BuyerContact c, SourceLocation? at) in input.Contacts)
        {
            if (Attached(c.OrderId, c.BuyerContactedAt, $"contact on order {c.OrderId}", "buyerContactedAt", at, out _))
            {
                contacts.Add(c);
            }
            else
            {
                leftOut++;
            }
        }

        return new Output(
            [.. problems
                .OrderBy(p => p.Problem.Location?.File, StringComparer.Ordinal)
                .ThenBy(p => p.Problem.Location?.Line ?? int.MaxValue)
                .ThenBy(p => p.Order)
                .Select(p => p.Problem)],
            leftOut,
            [.. orders.Values.OrderBy(o => o.PurchasedAt).ThenBy(o => o.OrderId)],
            [.. feedback.OrderBy(f => f.ReceivedAt).ThenBy(f => f.OrderId)],
            [.. claims.OrderBy(c => c.FiledAt).ThenBy(c => c.ClaimId)],
            [.. chargebacks.OrderBy(c => c.ReceivedAt).ThenBy(c => c.ChargebackId)],
            [.. returns.OrderBy(r => r.RequestedAt).ThenBy(r => r.Key, StringComparer.Ordinal)],
            [.. contacts.OrderBy(c => c.BuyerContactedAt).ThenBy(c => c.OrderId)]);
    }
}
