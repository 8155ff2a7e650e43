namespace SellerPolicy.Orleans.Grains;

/// <summary>
/// The persistent state of a seller account's grain: its records in a compact, versioned form (see
/// <see cref="Library.SellerBook"/>). Format 1: Brotli-compressed segments of the ledger file (JSON Lines, as the ledger
/// writer writes them), oldest first; each accepted batch appends one segment with the whole history of every order it
/// touched, a record in a later segment supersedes the same record in an earlier one, and the segments are compacted
/// into one now and then.
/// </summary>
[GenerateSerializer]
internal sealed class SellerRecordsState
{
    /// <summary>Gets or sets the format of <see cref="Segments"/>; 0 for an account never written.</summary>
    [Id(0)]
    public int FormatVersion { get; set; }

    /// <summary>Gets or sets the records in the form <see cref="FormatVersion"/> names.</summary>
    [Id(1)]
    public List<byte[]> Segments { get; set; } = [];

    /// <summary>Gets or sets how many distinct records the segments hold.</summary>
    [Id(2)]
    public int RecordCount { get; set; }

    /// <summary>Gets or sets how many batches changed the records (the sequence of the status notifications).</summary>
    [Id(3)]
    public long Batches { get; set; }

    /// <summary>Gets the stored size of the records.</summary>
    public int StoredBytes => Segments.Sum(s => s.Length);
}
