using CsvHelper;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// Reads a delimited file (Amazon's tab-separated reports, our comma-separated companion files) row by row,
/// by header name, turning every malformed record, short row and missing column into a <see cref="LedgerProblem"/>
/// that names the file, the line and the column.
/// </summary>
/// <remarks>
/// <para>The header row is matched by name, ignoring case, surrounding white space and a byte order mark; columns
/// the reader does not know are ignored; a required column that is absent is one problem naming it, and then no
/// row of the file is read (each data line is counted as left out).</para>
/// <para>Values are trimmed of every kind of white space (including no-break spaces); an empty value reads as null.
/// A quote inside an unquoted field (<c>12" ruler</c>) is kept as text, as Amazon writes it, and is not a
/// problem; every other quoting fault (text after a closing quote, a line break inside quotes, an unterminated
/// quote) is a problem and leaves the row out. So is a row with fewer fields than the header, or with non-empty
/// fields beyond it.</para>
/// </remarks>
internal sealed class TabularFile : IDisposable
{
    private readonly CsvReader _csv;
    private readonly Dictionary<long, CsvMalformedReason> _malformed = [];
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<LedgerProblem> _problems;

    private TabularFile(string file, TextReader reader, char separator, List<LedgerProblem> problems)
    {
        File = file;
        _problems = problems;
        CsvReaderOptions options = CsvReaderOptions.Default with
        {
            Separator = separator,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            AllowLineBreaksInQuotes = false,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            NormalizeHeaderName = name => name.Trim().Trim('\uFEFF').Trim(),
            OnMalformedRecord = m => _malformed.TryAdd(m.LineNumber, m.Reason),
        };
        _csv = CsvReader.Create(reader, options, leaveOpen: true);
    }

    /// <summary>Gets the file name used in problems.</summary>
    public string File { get; }

    /// <summary>Gets the number of data rows read so far (bad ones included).</summary>
    public int RowsRead { get; private set; }

    /// <summary>Gets the number of rows a quoting fault or a field count made unreadable.</summary>
    public int RowsUnreadable { get; private set; }

    /// <summary>Gets whether the file had no header row at all (an empty report).</summary>
    public bool IsEmpty { get; private set; }

    /// <summary>Gets the number of rows that kept a stray quote as text.</summary>
    public int StrayQuoteRows { get; private set; }

    /// <summary>
    /// Opens the file and checks its header. Returns null (after reporting one problem per missing column) when a
    /// required column is absent or the header cannot be read.
    /// </summary>
    public static TabularFile? Open(string file, TextReader reader, char separator, IReadOnlyList<string> required, IReadOnlyList<string> optional, List<LedgerProblem> problems)
    {
        var table = new TabularFile(file, reader, separator, problems);
        IReadOnlyList<string> headers;
        try
        {
            headers = table._csv.Headers;
        }
        catch (CsvFormatException ex)
        {
            problems.Add(new LedgerProblem(LedgerProblemKind.Syntax, $"the header row cannot be read: {ex.Message}", new SourceLocation(file, 1)));
            table.Dispose();
            return null;
        }

        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            table.IsEmpty = true;
            return table;
        }

        bool complete = true;
        foreach (string column in required)
        {
            if (table._csv.TryGetFieldIndex(column, out int index))
            {
                table._columns[column] = index;
            }
            else
            {
                complete = false;
                problems.Add(new LedgerProblem(LedgerProblemKind.Syntax, $"required column '{column}' is missing from the header row.", new SourceLocation(file, 1), column));
            }
        }

        foreach (string column in optional)
        {
            if (table._csv.TryGetFieldIndex(column, out int index))
            {
                table._columns[column] = index;
            }
        }

        if (!complete)
        {
            table.Dispose();
            return null;
        }

        return table;
    }

    /// <summary>Gets the number of header columns.</summary>
    public int HeaderCount => IsEmpty ? 0 : _csv.Headers.Count;

    /// <summary>Returns whether the header has <paramref name="column"/>.</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>
    /// Moves to the next readable row. Rows with a quoting fault or a wrong field count are reported and skipped
    /// here (counted in <see cref="RowsRead"/> and <see cref="RowsUnreadable"/>).
    /// </summary>
    public bool TryReadRow(out TabularRow row)
    {
        while (!IsEmpty && _csv.Read())
        {
            RowsRead++;
            int line = checked((int)_csv.LineNumber);
            var at = new SourceLocation(File, line);
            if (_malformed.Remove(_csv.LineNumber, out CsvMalformedReason reason))
            {
                if (reason == CsvMalformedReason.StrayQuote)
                {
                    StrayQuoteRows++;
                }
                else
                {
                    RowsUnreadable++;
                    _problems.Add(new LedgerProblem(LedgerProblemKind.Syntax, $"the row cannot be read: {Describe(reason)}.", at));
                    continue;
                }
            }

            int fields = _csv.FieldCount;
            int header = _csv.Headers.Count;
            if (fields < header)
            {
                RowsUnreadable++;
                string firstMissing = _csv.Headers[fields];
                _problems.Add(new LedgerProblem(LedgerProblemKind.Syntax,
                    $"the row has {fields} fields, the header has {header}: column '{firstMissing}' and those after it are missing.", at, firstMissing));
                continue;
            }

            bool extra = false;
            for (int i = header; i < fields; i++)
            {
                extra |= !string.IsNullOrWhiteSpace(_csv.GetString(i));
            }

            if (extra)
            {
                RowsUnreadable++;
                _problems.Add(new LedgerProblem(LedgerProblemKind.Syntax, $"the row has {fields} fields, the header has {header}.", at));
                continue;
            }

            row = new TabularRow(this, at);
            return true;
        }

        row = default;
        return false;
    }

    /// <summary>Returns the trimmed value of <paramref name="column"/> in the current row, or null when empty or absent.</summary>
    internal string? Get(string column)
    {
        if (!_columns.TryGetValue(column, out int index) || index >= _csv.FieldCount)
        {
            return null;
        }

        string value = _csv.GetString(index).Trim();
        return value.Length == 0 ? null : value;
    }

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.TextAfterClosingQuote => "text follows the closing quote of a quoted field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a quoted field is not closed on its line",
        CsvMalformedReason.FieldCountMismatch => "its number of fields differs from the header",
        _ => reason.ToString(),
    };
}
