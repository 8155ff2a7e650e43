namespace SellerPolicy.Ledger;

/// <summary>One problem found in a seller's records, with where it is and what rule it breaks.</summary>
/// <param name="Kind">The class of problem.</param>
/// <param name="Message">What is wrong, naming the record, the value and the rule.</param>
/// <param name="Location">Where the record came from, when known.</param>
/// <param name="Field">The field at fault, as named in the ledger file, when one field is at fault.</param>
public sealed record LedgerProblem(LedgerProblemKind Kind, string Message, SourceLocation? Location = null, string? Field = null)
{
    /// <summary>Formats as <c>ledger.jsonl:17: claim C-9 refers to unknown order 111-...</c>.</summary>
    public override string ToString() => Location is { } at ? $"{at}: {Message}" : Message;
}
