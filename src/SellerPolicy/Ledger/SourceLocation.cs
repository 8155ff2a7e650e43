namespace SellerPolicy.Ledger;

/// <summary>Where a record came from: a file (optional) and a 1-based line number.</summary>
/// <param name="File">The file name as the user gave it, or null.</param>
/// <param name="Line">The 1-based line number.</param>
public readonly record struct SourceLocation(string? File, int Line)
{
    /// <summary>Formats as <c>ledger.jsonl:17</c>, or <c>line 17</c> without a file.</summary>
    public override string ToString() => File is null ? $"line {Line}" : $"{File}:{Line}";
}
