using System.CommandLine;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;

namespace SellerPolicy.Cli;

/// <summary>Loads the ledger a command works on, from <c>--ledger FILE</c> (strict or <c>--lenient</c>) or <c>--sample</c>.</summary>
internal static class LedgerSource
{
    /// <summary>Loads the ledger; strict problems end the command with exit code 1 and every problem listed.</summary>
    public static LoadedLedger Load(ParseResult parse, Option<FileInfo?> ledgerOption, Option<bool>? sampleOption, Option<bool>? lenientOption, CliConsole console, string marketplace = "amazon")
    {
        FileInfo? file = parse.GetValue(ledgerOption);
        bool sample = sampleOption is not null && parse.GetValue(sampleOption);
        if (file is not null && sample)
        {
            throw CliException.Usage("give either --ledger FILE or --sample, not both.");
        }

        if (file is null && !sample)
        {
            throw CliException.Usage(sampleOption is null ? "--ledger FILE is required." : "give --ledger FILE or --sample.");
        }

        LoadedLedger loaded = sample ? SampleLedgers.Load(marketplace) : LoadFile(file!, lenientOption is not null && parse.GetValue(lenientOption), console);
        CliJson.AttachNotes(console.Out, loaded.Ledger.Notes);
        return loaded;
    }

    /// <summary>Whether a ledger file is Parquet (by its extension, <c>.parquet</c>); any other is JSON Lines.</summary>
    public static bool IsParquet(FileInfo file) => file.Extension.Equals(".parquet", StringComparison.OrdinalIgnoreCase);

    public static LoadedLedger LoadFile(FileInfo file, bool lenient, CliConsole console)
    {
        CliFiles.Input(file, "ledger file");
        LedgerBuildResult result;
        try
        {
            using (NoCollectionRegion.ForFile(file.Length))
            {
                LedgerBuildMode mode = lenient ? LedgerBuildMode.Lenient : LedgerBuildMode.Strict;
                result = IsParquet(file) ? LedgerParquet.ReadFile(file.FullName, mode) : LedgerReader.ReadFile(file.FullName, mode);
            }
        }
        catch (IOException ex)
        {
            throw CliException.Input($"{file.Name}: {ex.Message}");
        }

        if (!result.Succeeded)
        {
            throw CliException.Input(
                $"{file.Name} has {ProblemList.Count(result.Problems.Length, "problem", "problems")}; no figures were computed (use --lenient to leave bad records out):"
                + Environment.NewLine + string.Join(Environment.NewLine, ProblemList.Lines(result.Problems)));
        }

        if (!result.Problems.IsEmpty)
        {
            console.Error.WriteLine(
                $"sellerpolicy: --lenient: left out {ProblemList.Count(result.RecordsLeftOut, "record", "records")} of {result.RecordsRead.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} in {file.Name} ({ProblemList.Count(result.Problems.Length, "problem", "problems")}):");
            ProblemList.Write(console.Error, result.Problems);
        }

        foreach (LedgerNote note in result.Ledger.Notes)
        {
            console.Error.WriteLine($"sellerpolicy: note: {file.Name}: {note.Message}");
        }

        return new LoadedLedger(result.Ledger, file.Name, result.RecordsRead, result.RecordsLeftOut, result.Problems.Length);
    }
}
