using SellerPolicy.Ledger;

namespace SellerPolicy.Cli;

/// <summary>A ledger as a command loaded it, with what was left out in lenient mode.</summary>
/// <param name="Ledger">The ledger.</param>
/// <param name="Source">Where it came from: a file name, or "sample".</param>
/// <param name="RecordsRead">Records offered, bad ones included.</param>
/// <param name="RecordsLeftOut">Records left out (lenient mode only; 0 otherwise).</param>
/// <param name="ProblemCount">Problems found (lenient mode only; strict mode fails instead).</param>
internal sealed record LoadedLedger(SellerLedger Ledger, string Source, int RecordsRead, int RecordsLeftOut, int ProblemCount);
