using System.CommandLine;
using SellerPolicy.Ledger;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary><c>sellerpolicy validate --ledger FILE [--lenient]</c>: reads a ledger and reports what it holds and every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger(required: true);
        Option<bool> lenientOption = CliOptions.Lenient();
        Option<string?> formatOption = CliOptions.Format();
        var command = new Command("validate", "Read a ledger file, list every problem (file, line, field, rule) and count its records.")
        {
            ledgerOption, lenientOption, formatOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, null, lenientOption, console);
            SellerLedger ledger = loaded.Ledger;
            if (format == OutputFormat.Json)
            {
                CliJson.Write(console.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("file", loaded.Source);
                    w.WriteNumber("recordsRead", loaded.RecordsRead);
                    w.WriteNumber("recordsLeftOut", loaded.RecordsLeftOut);
                    w.WriteNumber("problems", loaded.ProblemCount);
                    w.WriteNumber("orders", ledger.Orders.Length);
                    w.WriteNumber("feedback", ledger.Feedback.Length);
                    w.WriteNumber("claims", ledger.Claims.Length);
                    w.WriteNumber("chargebacks", ledger.Chargebacks.Length);
                    w.WriteNumber("returns", ledger.Returns.Length);
                    w.WriteNumber("contacts", ledger.Contacts.Length);
                    w.WriteEndObject();
                });
                return 0;
            }

            var table = new Table().Title($"[bold]{Markup.Escape(loaded.Source)}[/]").AddColumn("records").AddColumn(new TableColumn("count").RightAligned());
            table.AddRow("orders", ledger.Orders.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("feedback", ledger.Feedback.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("A-to-z claims", ledger.Claims.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("chargebacks", ledger.Chargebacks.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("return requests", ledger.Returns.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("buyer contacts", ledger.Contacts.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (loaded.RecordsLeftOut > 0)
            {
                table.AddRow("[yellow]left out (--lenient)[/]", $"[yellow]{loaded.RecordsLeftOut}[/]");
            }

            foreach (LedgerNote note in ledger.Notes)
            {
                table.AddRow("[yellow]data-quality note[/]", $"[yellow]{note.Orders.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}[/]");
            }

            console.Ansi().Write(table);
            foreach (LedgerNote note in ledger.Notes)
            {
                console.Out.WriteLine($"note: {note.Message}");
            }

            return 0;
        }));
        return command;
    }
}
