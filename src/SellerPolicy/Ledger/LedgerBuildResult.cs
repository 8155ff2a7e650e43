using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace SellerPolicy.Ledger;

/// <summary>The outcome of building a ledger: the ledger (unless strict mode found problems) and every problem.</summary>
public sealed class LedgerBuildResult
{
    internal LedgerBuildResult(SellerLedger? ledger, ImmutableArray<LedgerProblem> problems, int recordsRead, int recordsLeftOut, LedgerBuildMode mode)
    {
        Ledger = ledger;
        Problems = problems;
        RecordsRead = recordsRead;
        RecordsLeftOut = recordsLeftOut;
        Mode = mode;
    }

    /// <summary>Gets the ledger; null when strict mode found problems.</summary>
    public SellerLedger? Ledger { get; }

    /// <summary>Gets every problem found, in the order of the records.</summary>
    public ImmutableArray<LedgerProblem> Problems { get; }

    /// <summary>Gets how many records were offered (including bad ones).</summary>
    public int RecordsRead { get; }

    /// <summary>Gets how many records were left out of the ledger (lenient mode), or would have been (strict mode).</summary>
    public int RecordsLeftOut { get; }

    /// <summary>Gets the mode the ledger was built in.</summary>
    public LedgerBuildMode Mode { get; }

    /// <summary>Gets whether a ledger was produced.</summary>
    [MemberNotNullWhen(true, nameof(Ledger))]
    public bool Succeeded => Ledger is not null;

    /// <summary>Returns the ledger or throws <see cref="LedgerValidationException"/> listing every problem.</summary>
    /// <returns>The ledger.</returns>
    /// <exception cref="LedgerValidationException">No ledger was produced.</exception>
    public SellerLedger GetLedgerOrThrow() => Ledger ?? throw new LedgerValidationException(Problems);
}
