using System.CommandLine;
using SellerPolicy.Ingestion.LedgerFile;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy convert --ledger IN --out OUT [--lenient]</c>: rewrites a ledger from JSON Lines to Parquet or back, each
/// file's format given by its extension (<c>.parquet</c>, anything else JSON Lines).
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger(required: true);
        Option<bool> lenientOption = CliOptions.Lenient();
        var outOption = new Option<FileInfo?>("--out")
        {
            Description = "The ledger file to write: Parquet when it ends in .parquet, else JSON Lines (replaced when it exists).",
            Required = true,
            HelpName = "FILE",
        };
        var command = new Command("convert", "Rewrite a ledger as Parquet (--out FILE.parquet) or as JSON Lines (any other name); the same records, checked on the way.")
        {
            ledgerOption, outOption, lenientOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            FileInfo source = parse.GetValue(ledgerOption)!;
            FileInfo target = parse.GetValue(outOption)!;
            LoadedLedger loaded = LedgerSource.LoadFile(source, parse.GetValue(lenientOption), console);
            bool parquet = LedgerSource.IsParquet(target);
            CliFiles.WriteOutput(target, "--out", [source], path =>
            {
                if (parquet)
                {
                    LedgerParquet.WriteFile(loaded.Ledger, path);
                }
                else
                {
                    LedgerWriter.WriteFile(loaded.Ledger, path);
                }
            });
            console.Error.WriteLine(
                $"sellerpolicy: wrote {loaded.Ledger.RecordCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} records of {loaded.Source} to {target.Name} ({(parquet ? "Parquet" : "JSON Lines")}).");
            return 0;
        }));
        return command;
    }
}
