namespace SellerPolicy.Orleans.Contracts;

/// <summary>
/// Why a batch was refused: the problem the ledger file reader reports for the same line (rule, line, field).
/// </summary>
/// <param name="Kind">The class of problem, as the library names it (<c>Syntax</c>, <c>InvalidValue</c>, <c>UnknownOrder</c>, …).</param>
/// <param name="Message">The message, naming the value and the rule.</param>
/// <param name="Source">The batch name, or null when the problem is not of one line.</param>
/// <param name="Line">The 1-based line of the batch, or null.</param>
/// <param name="Field">The field at fault, or null.</param>
/// <param name="Text">The problem as the reader prints it: <c>{source}:{line}: {message}</c>.</param>
[GenerateSerializer, Immutable]
public sealed record RecordProblem(string Kind, string Message, string? Source, int? Line, string? Field, string Text)
{
    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
