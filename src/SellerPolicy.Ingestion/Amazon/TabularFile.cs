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
        Separator = separator;
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

    /// <summary>Gets or sets the marketplace the file is known to be of (each row starts with it).</summary>
    public AmazonMarketplace? Marketplace { get; set; }

    /// <summary>Gets the separator the file was read with (found from its header row).</summary>
    public char Separator { get; }

    /// <summary>Gets the number of data rows read so far (bad ones included).</summary>
    public int RowsRead { get; private set; }

    /// <summary>Gets the number of rows a quoting fault or a field count made unreadable.</summary>
    public int RowsUnreadable { get; private set; }

    /// <summary>Gets the lines of data rows that repeat the header row (files joined together): skipped, not data.</summary>
    public List<int> RepeatedHeaderLines { get; } = [];

    /// <summary>Gets whether the file had no header row at all (an empty report).</summary>
    public bool IsEmpty { get; private set; }

    /// <summary>Gets the number of rows that kept a stray quote as text.</summary>
    public int StrayQuoteRows { get; private set; }

    /// <summary>Gets the columns read, each with the header text that gave it, in header order.</summary>
    public List<(ReportColumn Column, string Header)> Used { get; } = [];

    /// <summary>Gets the header names of the columns not read.</summary>
    public List<string> Ignored { get; } = [];

    /// <summary>
    /// Opens the file and checks its header: finds the separator (tab, comma or semicolon: the one under which the
    /// header names most of <paramref name="layout"/>'s columns), maps each header to its column by
    /// <see cref="ReportLayout.Find"/>, and returns null (after reporting the missing columns) when a required column is
    /// absent or the header cannot be read.
    /// </summary>
    public static TabularFile? Open(string file, TextReader reader, ReportLayout layout, List<LedgerProblem> problems)
    {
        int blankLines = 0;
        string? headerLine;
        while ((headerLine = reader.ReadLine()) is not null && headerLine.Trim().Trim('\uFEFF').Trim().Length == 0)
        {
            blankLines++;
        }

        char separator = headerLine is null ? layout.Separator : SeparatorOf(headerLine, layout);
        var replay = new ReplayReader(new string('\n', blankLines) + headerLine + "\n", reader);
        var table = new TabularFile(file, replay, separator, problems);
        if (headerLine is null)
        {
            table.IsEmpty = true;
            return table;
        }

        IReadOnlyList<string> headers;
        try
        {
            headers = table._csv.Headers;
        }
        catch (CsvFormatException ex)
        {
            problems.Add(new LedgerProblem(LedgerProblemKind.Syntax, $"the header row cannot be read: {ex.Message}", new SourceLocation(file, blankLines + 1)));
            table.Dispose();
            return null;
        }

        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            table.IsEmpty = true;
            return table;
        }

        table.HeaderLine = blankLines + 1;
        for (int i = 0; i < headers.Count; i++)
        {
            if (layout.Find(headers[i]) is { } column && !table._columns.ContainsKey(column.Name))
            {
                table._columns[column.Name] = i;
                table.Used.Add((column, headers[i]));
            }
            else if (!string.IsNullOrWhiteSpace(headers[i]))
            {
                table.Ignored.Add(headers[i]);
            }
        }

        var at = new SourceLocation(file, table.HeaderLine);
        if (table.Used.Count == 0)
        {
            string found = string.Join(", ", headers.Where(h => !string.IsNullOrWhiteSpace(h)).Take(6).Select(h => $"'{h}'"));
            problems.Add(new LedgerProblem(LedgerProblemKind.Syntax,
                $"the header row names none of the columns of the {layout.Title} (it has {found}{(headers.Count > 6 ? ", ..." : "")}): is this the right file, "
                + $"or a report downloaded with its column names in another language? The importer reads Amazon's English column names (docs/importing.md lists them).",
                at));
            table.Dispose();
            return null;
        }

        bool complete = true;
        foreach (ReportColumn column in layout.Columns.Where(c => c.Required && !table._columns.ContainsKey(c.Name)))
        {
            complete = false;
            string also = column.Variants.Length == 0 ? "" : $" (or {string.Join(", ", column.Variants.Select(v => $"'{v}'"))})";
            problems.Add(new LedgerProblem(LedgerProblemKind.Syntax, $"required column '{column.Name}'{also} is missing from the header row.", at, column.Name));
        }

        if (!complete)
        {
            table.Dispose();
            return null;
        }

        return table;
    }

    /// <summary>Gets the line of the header row.</summary>
    public int HeaderLine { get; private set; } = 1;

    /// <summary>The separator under which <paramref name="header"/> names most known columns; the layout's on a tie.</summary>
    private static char SeparatorOf(string header, ReportLayout layout)
    {
        char best = layout.Separator;
        int bestScore = Score(header, best, layout);
        foreach (char candidate in "\t,;")
        {
            int score = Score(header, candidate, layout);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;

        static int Score(string header, char separator, ReportLayout layout)
            => header.Split(separator).Count(name => layout.Find(name.Trim().Trim('"')) is not null);
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

            if (RepeatsHeader())
            {
                RepeatedHeaderLines.Add(line);
                continue;
            }

            row = new TabularRow(this, at);
            return true;
        }

        row = default;
        return false;
    }

    /// <summary>Whether every column read holds its own header name (a header row in the middle of the data).</summary>
    private bool RepeatsHeader()
    {
        IReadOnlyList<string> headers = _csv.Headers;
        foreach (int index in _columns.Values)
        {
            if (!string.Equals(ReportLayout.KeyOf(_csv.GetString(index)), ReportLayout.KeyOf(headers[index]), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
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

    /// <summary>Gives back a line already read, then the rest of the reader.</summary>
    private sealed class ReplayReader(string first, TextReader rest) : TextReader
    {
        private int _position;

        public override int Peek() => _position < first.Length ? first[_position] : rest.Peek();

        public override int Read() => _position < first.Length ? first[_position++] : rest.Read();

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_position < first.Length)
            {
                int n = Math.Min(buffer.Length, first.Length - _position);
                first.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return rest.Read(buffer);
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.TextAfterClosingQuote => "text follows the closing quote of a quoted field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a quoted field is not closed on its line",
        CsvMalformedReason.FieldCountMismatch => "its number of fields differs from the header",
        _ => reason.ToString(),
    };
}
