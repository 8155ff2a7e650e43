namespace SellerPolicy.Ingestion.Amazon;

/// <summary>What was read from one file.</summary>
/// <remarks><c>RowsRead = RowsUsed + RowsLeftOut + RowsSuperseded + RowsSkipped</c>.</remarks>
/// <param name="File">The file's name.</param>
/// <param name="Kind">The kind of file.</param>
/// <param name="RowsRead">Data rows in the file (the header not counted).</param>
/// <param name="RowsUsed">Rows that made (part of) a record of the ledger, before the ledger's own cross-record checks.</param>
/// <param name="RowsLeftOut">Rows with a problem, or belonging to an order with a problem.</param>
/// <param name="RowsSuperseded">Order rows replaced by a later state of the same order (a later <c>last-updated-date</c>).</param>
/// <param name="RowsSkipped">Rows deliberately not imported, with the reason in the import's notes (for example orders of sales channel <c>Non-Amazon</c>).</param>
public sealed record AmazonFileSummary(string File, AmazonFileKind Kind, int RowsRead, int RowsUsed, int RowsLeftOut, int RowsSuperseded, int RowsSkipped);
