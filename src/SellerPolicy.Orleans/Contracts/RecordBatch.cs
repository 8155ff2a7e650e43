namespace SellerPolicy.Orleans.Contracts;

/// <summary>
/// Records for one seller account in the ledger's own format (JSON Lines, docs/ledger-format.md): one record a line, any
/// kinds, any order.
/// </summary>
/// <param name="Name">The name problems are located by, as a file name is (<c>batch-17:3: …</c>); not blank.</param>
/// <param name="Lines">The JSON Lines text.</param>
[GenerateSerializer, Immutable]
public sealed record RecordBatch(string Name, string Lines);
