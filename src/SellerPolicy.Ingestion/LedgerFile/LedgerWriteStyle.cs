namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>How <see cref="LedgerWriter"/> lays out each record's JSON (the records are the same in every style).</summary>
public enum LedgerWriteStyle
{
    /// <summary>The ledger's own: no spaces, <c>kind</c> first, fields in the order of docs/ledger-format.md.</summary>
    Compact,

    /// <summary>
    /// Another tool's: a space after every <c>,</c> and <c>:</c> and the fields of every object in alphabetical order (so
    /// <c>kind</c> is rarely first), as Python's <c>json.dumps(record, sort_keys=True)</c> writes. For testing readers on
    /// files that were not written by this library.
    /// </summary>
    Spaced,
}
