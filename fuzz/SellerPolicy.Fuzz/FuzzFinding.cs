namespace SellerPolicy.Fuzz;

/// <summary>
/// A misbehaviour that is not an exception of the reader itself (the fast and the full ledger parser disagree, a result
/// depends on the block size): thrown so that afl-fuzz records the input as a crash.
/// </summary>
internal sealed class FuzzFinding(string message) : Exception(message);
