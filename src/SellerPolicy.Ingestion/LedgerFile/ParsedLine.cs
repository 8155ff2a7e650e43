using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// What one line of a ledger file gave, other than an order (orders go to a batch, <see cref="Ledger.HighPerformance.OrderBatch"/>): a record
/// (<see cref="Feedback"/>, <see cref="AtoZClaim"/>, <see cref="Chargeback"/>, <see cref="ReturnRequest"/> or
/// <see cref="BuyerContact"/>), a <see cref="LedgerProblem"/> or a <see cref="RefusedOrder"/>, with where it was read. Lines are parsed apart from the builder (possibly on several threads) and then added to it in
/// file order, so that "the first record wins" and the order of problems do not depend on the threads.
/// </summary>
/// <param name="Item">The record or the problem.</param>
/// <param name="At">Where it was read.</param>
internal readonly record struct ParsedLine(object Item, SourceLocation At)
{
    /// <summary>Adds the record (or the problem) to <paramref name="builder"/>.</summary>
    /// <param name="builder">The builder.</param>
    public void AddTo(SellerLedger.Builder builder)
    {
        switch (Item)
        {
            case Feedback feedback:
                builder.Add(feedback, At);
                break;
            case AtoZClaim claim:
                builder.Add(claim, At);
                break;
            case Chargeback chargeback:
                builder.Add(chargeback, At);
                break;
            case ReturnRequest request:
                builder.Add(request, At);
                break;
            case BuyerContact contact:
                builder.Add(contact, At);
                break;
            case LedgerProblem problem:
                builder.AddProblem(problem);
                break;
            case RefusedOrder refused:
                builder.AddRefusedOrder(refused.OrderId, refused.Problem);
                break;
            default:
                throw new InvalidOperationException($"A parsed line holds a {Item.GetType().Name}, which is not a ledger record.");
        }
    }
}
