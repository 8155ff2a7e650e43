using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>The shared state of one import: options, problems, notes and per-file counters.</summary>
internal sealed class ImportContext(AmazonImportOptions options, IProgress<AmazonImportProgress>? progress)
{
    private const int ProgressEvery = 1000;

    public AmazonImportOptions Options { get; } = options;

    public List<LedgerProblem> Problems { get; } = [];

    public List<string> Notes { get; } = [];

    public List<FileCounter> Files { get; } = [];

    public FileCounter StartFile(AmazonSourceFile source, AmazonFileKind kind)
    {
        var counter = new FileCounter(source.Name, kind);
        Files.Add(counter);
        return counter;
    }

    public void Report(FileCounter file, int rowsRead, bool finished = false)
    {
        if (progress is not null && (finished || rowsRead % ProgressEvery == 0))
        {
            progress.Report(new AmazonImportProgress(file.File, file.Kind, rowsRead, finished));
        }
    }

    /// <summary>Gets or sets the marketplace the files are known to be of (the option, else the one the orders report names): it decides a legacy encoding and the date order.</summary>
    public AmazonMarketplace? Marketplace { get; set; } = options.Marketplace;

    /// <summary>Gets the records (not rows) left out before the ledger builder saw them: orders by id, one per other record.</summary>
    public int RecordsLeftOut { get; set; }

    /// <summary>
    /// Reads a table to its end, calling <paramref name="onRow"/> for each readable row; adds row problems. Notes the
    /// encoding and separator when they are not the layout's, the columns used and ignored, and header rows repeated
    /// inside the data.
    /// </summary>
    public void ReadRows(AmazonSourceFile source, AmazonFileKind kind, ReportLayout layout, Action<TabularRow, FileCounter> onRow, Action<TabularFile>? onOpen = null)
    {
        FileCounter counter = StartFile(source, kind);
        if (!source.TryOpen(Marketplace, out TextReader? text, out System.Text.Encoding? encoding, out LedgerProblem? undecodable))
        {
            Problems.Add(undecodable!);
            Finish(counter, null);
            return;
        }

        using (text)
        {
            if (encoding is not null && encoding.CodePage is not 65001)
            {
                Notes.Add($"{source.Name}: read as {AmazonTextDecoding.NameOf(encoding)} (the file is not UTF-8).");
            }

            using TabularFile? table = TabularFile.Open(source.Name, text, layout, Problems);
            if (table is null)
            {
                Finish(counter, null);
                return;
            }

            if (table.IsEmpty)
            {
                Notes.Add($"{source.Name}: the file is empty (an empty report: no rows).");
                Finish(counter, table);
                return;
            }

            if (table.Separator != layout.Separator)
            {
                Notes.Add($"{source.Name}: {SeparatorName(table.Separator)}-separated (the {layout.Title} is {SeparatorName(layout.Separator)}-separated as Amazon sends it; re-saved from a spreadsheet?): read with {SeparatorName(table.Separator)}s.");
            }

            string used = string.Join(", ", table.Used.Select(u => ReportLayout.KeyOf(u.Header) == ReportLayout.KeyOf(u.Column.Name) && u.Header == u.Column.Name ? u.Column.Name : $"{u.Column.Name} (from '{u.Header}')"));
            Notes.Add($"{source.Name}: columns used: {used}" + (table.Ignored.Count == 0 ? "." : $"; ignored: {string.Join(", ", table.Ignored)}."));
            table.Marketplace = Marketplace;
            onOpen?.Invoke(table);
            while (table.TryReadRow(out TabularRow row))
            {
                onRow(row, counter);
                Problems.AddRange(row.Problems);
                Report(counter, table.RowsRead);
            }

            Finish(counter, table);
        }

        void Finish(FileCounter c, TabularFile? t)
        {
            if (t is not null)
            {
                c.RowsRead = t.RowsRead;
                c.RowsLeftOut += t.RowsUnreadable;
                c.RowsSkipped += t.RepeatedHeaderLines.Count;
                if (t.StrayQuoteRows > 0)
                {
                    Notes.Add($"{source.Name}: {Count(t.StrayQuoteRows, "row has", "rows have")} a double quote inside a value (such as 12\" ruler); it was kept as text.");
                }

                if (t.RepeatedHeaderLines.Count > 0)
                {
                    string lines = string.Join(", ", t.RepeatedHeaderLines.Take(5)) + (t.RepeatedHeaderLines.Count > 5 ? ", ..." : "");
                    Notes.Add($"{source.Name}: {Count(t.RepeatedHeaderLines.Count, "data row repeats", "data rows repeat")} the header row (line {lines}: files joined together?); skipped, not read as data.");
                }
            }
            else
            {
                // The file is unusable: every data line is left out; count them from a fresh read.
                c.RowsRead = CountDataLines(source);
                c.RowsLeftOut = c.RowsRead;
            }

            Report(c, c.RowsRead, finished: true);
        }
    }

    /// <summary>Returns "1 row has", "3 rows have": a count with its words in the right number.</summary>
    public static string Count(int count, string one, string many)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many)}");

    private static string SeparatorName(char separator) => separator switch
    {
        '\t' => "tab",
        ',' => "comma",
        ';' => "semicolon",
        _ => $"'{separator}'",
    };

    private static int CountDataLines(AmazonSourceFile source)
    {
        using TextReader reader = source.OpenForCounting();
        int lines = 0;
        bool header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Trim('\uFEFF').Length == 0)
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            lines++;
        }

        return lines;
    }
}

/// <summary>The mutable counters of one file, turned into an <see cref="AmazonFileSummary"/> at the end.</summary>
internal sealed class FileCounter(string file, AmazonFileKind kind)
{
    public string File { get; } = file;

    public AmazonFileKind Kind { get; } = kind;

    public int RowsRead { get; set; }

    public int RowsUsed { get; set; }

    public int RowsLeftOut { get; set; }

    public int RowsSuperseded { get; set; }

    public int RowsSkipped { get; set; }

    public AmazonFileSummary ToSummary() => new(File, Kind, RowsRead, RowsUsed, RowsLeftOut, RowsSuperseded, RowsSkipped);
}
