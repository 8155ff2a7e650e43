using System.Collections.Immutable;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>What an import read, made and left out: per file, per kind of record, and the notes on what it assumed.</summary>
/// <param name="Files">One entry per file, in the order read.</param>
/// <param name="Orders">Orders in the ledger (0 when strict mode found problems).</param>
/// <param name="Feedback">Feedback records in the ledger.</param>
/// <param name="Claims">A-to-z claims in the ledger.</param>
/// <param name="Chargebacks">Chargebacks in the ledger.</param>
/// <param name="Returns">Return requests in the ledger.</param>
/// <param name="Contacts">Buyer contacts in the ledger.</param>
/// <param name="Problems">Problems found (each listed in the result).</param>
/// <param name="RecordsLeftOut">Records left out of the ledger (lenient) or that would have been (strict): each order once however many of its rows had problems, each other record once; never the number of problems. A file that could not be read at all counts in <see cref="RowsLeftOut"/> only.</param>
/// <param name="Notes">What the import assumed or skipped on purpose, in words (never a problem, never silent).</param>
public sealed record AmazonImportSummary(
    ImmutableArray<AmazonFileSummary> Files,
    int Orders,
    int Feedback,
    int Claims,
    int Chargebacks,
    int Returns,
    int Contacts,
    int Problems,
    int RecordsLeftOut,
    ImmutableArray<string> Notes)
{
    /// <summary>Gets the data rows read over every file.</summary>
    public int RowsRead => Files.Sum(f => f.RowsRead);

    /// <summary>Gets the rows left out over every file.</summary>
    public int RowsLeftOut => Files.Sum(f => f.RowsLeftOut);
}
