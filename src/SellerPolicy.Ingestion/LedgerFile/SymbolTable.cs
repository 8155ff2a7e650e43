namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// One shared instance per distinct text of the few-valued strings of a ledger (SKU, ASIN, category, marketplace,
/// country, currency, return reason), so that a large ledger keeps one copy of each instead of one per record. Stops
/// growing at <see cref="MaxSymbols"/> texts (further texts are returned as given). Not thread-safe: one per reading
/// thread, shared by that thread's fast and full parsers.
/// </summary>
internal sealed class SymbolTable
{
    /// <summary>The most texts kept.</summary>
    public const int MaxSymbols = 16_384;

    private readonly Dictionary<string, string> _symbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty table.</summary>
    public SymbolTable() => _lookup = _symbols.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the shared instance of <paramref name="text"/> (keeping it when new and there is room).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The shared instance.</returns>
    public string Intern(string text)
    {
        if (_symbols.TryGetValue(text, out string? shared))
        {
            return shared;
        }

        if (_symbols.Count < MaxSymbols)
        {
            _symbols.Add(text, text);
        }

        return text;
    }

    /// <summary>Returns the shared instance of <paramref name="text"/>, allocating a string only when it is new.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The shared instance.</returns>
    public string Intern(ReadOnlySpan<char> text) => _lookup.TryGetValue(text, out string? shared) ? shared : Intern(new string(text));
}
