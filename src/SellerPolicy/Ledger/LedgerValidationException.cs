using System.Collections.Immutable;

namespace SellerPolicy.Ledger;

/// <summary>Thrown when records do not make a valid ledger; lists every problem.</summary>
public sealed class LedgerValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found.</param>
    public LedgerValidationException(ImmutableArray<LedgerProblem> problems)
        : base(BuildMessage(problems))
        => Problems = problems;

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<LedgerProblem> Problems { get; }

    private static string BuildMessage(ImmutableArray<LedgerProblem> problems)
        => $"The ledger has {problems.Length} problem{(problems.Length == 1 ? "" : "s")}:{Environment.NewLine}"
           + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
