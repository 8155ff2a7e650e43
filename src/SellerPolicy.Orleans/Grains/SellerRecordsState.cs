namespace SellerPolicy.Orleans.Grains;

/// <summary>
/// The persistent state of a seller account's grain: its records in a compact, versioned form (see
/// <see cref="Library.SellerBook"/>): format 1 is the ledger file (JSON Lines, as the ledger writer writes it, one version of
/// each record) compressed with Brotli.
/// </summary>
[GenerateSerializer]
internal sealed class SellerRecordsState
{
    /// <summary>Gets or sets the format of <see cref="Records"/>; 0 for an account never written.</summary>
    [Id(0)]
    public int FormatVersion { get; set; }

    /// <summary>Gets or sets the records in the form <see cref="FormatVersion"/> names.</summary>
    [Id(1)]
    public byte[] Records { get; set; } = [];

    /// <summary>Gets or sets how many records <see cref="Records"/> holds.</summary>
    [Id(2)]
    public int RecordCount { get; set; }

    /// <summary>Gets or sets how many batches changed the records (the sequence of the status notifications).</summary>
    [Id(3)]
    public long Batches { get; set; }
}
