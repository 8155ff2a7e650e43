using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>The outcome of an Amazon import: the ledger build (ledger and every problem) and a summary of what was read.</summary>
/// <param name="Build">The ledger build: the ledger unless strict mode found problems, and every problem with file, line and column.</param>
/// <param name="Summary">What was read, made, left out and assumed.</param>
public sealed record AmazonImportResult(LedgerBuildResult Build, AmazonImportSummary Summary)
{
    /// <summary>Gets the ledger, or null when strict mode found problems.</summary>
    public SellerLedger? Ledger => Build.Ledger;

    /// <summary>Gets every problem, sorted by file and line.</summary>
    public ImmutableArray<LedgerProblem> Problems => Build.Problems;

    /// <summary>Gets whether a ledger was produced.</summary>
    [MemberNotNullWhen(true, nameof(Ledger))]
    public bool Succeeded => Build.Ledger is not null;
}
