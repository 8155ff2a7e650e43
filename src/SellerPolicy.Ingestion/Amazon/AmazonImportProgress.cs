namespace SellerPolicy.Ingestion.Amazon;

/// <summary>Progress of an import: the file being read and how many of its rows have been read.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Kind">The kind of file.</param>
/// <param name="RowsRead">Data rows read so far in this file.</param>
/// <param name="Finished">Whether the file has been read to its end.</param>
public readonly record struct AmazonImportProgress(string File, AmazonFileKind Kind, int RowsRead, bool Finished);
