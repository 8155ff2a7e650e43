using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// Reads a seller's ledger from the JSON Lines format (docs/ledger-format.md): one JSON object per line,
/// blank lines allowed, records in any order, unknown fields ignored.
/// </summary>
/// <remarks>
/// <para>The file is streamed line by line as UTF-8 bytes: only one line is held at a time, so a large file
/// never needs its size in strings. A UTF-8 byte order mark is skipped; CRLF and LF line ends are accepted.</para>
/// <para>Every problem is reported with its line and field (see <see cref="LedgerProblem"/>). In strict mode
/// (the default) any problem means no ledger; in lenient mode bad records are left out and counted in
/// <see cref="LedgerBuildResult.RecordsLeftOut"/>.</para>
/// </remarks>
public static class LedgerReader
{
    /// <summary>Reads a ledger file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="mode">Strict (default) or lenient.</param>
    /// <returns>The ledger and every problem, each located as <c>{file name}:{line}</c>.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LedgerBuildResult ReadFile(string path, LedgerBuildMode mode = LedgerBuildMode.Strict)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        return Read(stream, Path.GetFileName(path), mode);
    }

    /// <summary>Reads a ledger from a stream.</summary>
    /// <param name="stream">The UTF-8 JSON Lines content.</param>
    /// <param name="fileName">The name used in problem locations, or null for <c>line N</c>.</param>
    /// <param name="mode">Strict (default) or lenient.</param>
    /// <returns>The ledger and every problem.</returns>
    public static LedgerBuildResult Read(Stream stream, string? fileName = null, LedgerBuildMode mode = LedgerBuildMode.Strict)
    {
        ArgumentNullException.ThrowIfNull(stream);
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        foreach ((ReadOnlyMemory<byte> line, int number) in Utf8Lines.Read(stream))
        {
            if (IsBlank(line.Span))
            {
                continue;
            }

            LedgerRecordParser.Parse(line, new SourceLocation(fileName, number), builder);
        }

        return builder.Build(mode);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
