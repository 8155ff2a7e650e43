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

    /// <summary>Reads a table to its end, calling <paramref name="onRow"/> for each readable row; adds row problems.</summary>
    public void ReadRows(AmazonSourceFile source, AmazonFileKind kind, char separator, string[] required, string[] optional, Action<TabularRow, FileCounter> onRow, Action<TabularFile>? onOpen = null)
    {
        FileCounter counter = StartFile(source, kind);
        using TextReader text = source.Open();
        using TabularFile? table = TabularFile.Open(source.Name, text, separator, required, optional, Problems);
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

        onOpen?.Invoke(table);
        while (table.TryReadRow(out TabularRow row))
        {
            onRow(row, counter);
            Problems.AddRange(row.Problems);
            Report(counter, table.RowsRead);
        }

        Finish(counter, table);

        void Finish(FileCounter c, TabularFile? t)
        {
            if (t is not null)
            {
                c.RowsRead = t.RowsRead;
                c.RowsLeftOut += t.RowsUnreadable;
                if (t.StrayQuoteRows > 0)
                {
                    Notes.Add($"{source.Name}: {t.StrayQuoteRows} row(s) have a double quote inside a value (such as 12\" ruler); it was kept as text.");
                }
            }
            else
            {
                // The header was unusable: every data line is left out; count them from a fresh read.
                c.RowsRead = CountDataLines(source);
                c.RowsLeftOut = c.RowsRead;
            }

            Report(c, c.RowsRead, finished: true);
        }
    }

    private static int CountDataLines(AmazonSourceFile source)
    {
        using TextReader reader = source.Open();
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
