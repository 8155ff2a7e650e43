using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>An order line that could not be made: its id (for the records that refer to it) and the first problem it has.</summary>
/// <param name="OrderId">The id the order has in the file.</param>
/// <param name="Problem">Why it was refused, located at its line.</param>
internal sealed record RefusedOrder(OrderId OrderId, LedgerProblem Problem);
