using System.CommandLine;
using System.Globalization;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy import --orders FILE [--returns FILE] [--feedback FILE] [--claims FILE] [--shipments FILE] [--fba-shipments FILE] [--fba-returns FILE] --out FILE</c>:
/// reads Amazon's reports (and our claims and shipments CSV files) into one ledger file (docs/importing.md).
/// </summary>
internal static class ImportCommand
{
    private const long LargeInput = 4 * 1024 * 1024;

    public static Command Create(CliConsole console)
    {
        Option<FileInfo[]> orders = Files("--orders", "Amazon's All Orders report (tab-separated); repeat for several downloads.", required: true);
        Option<FileInfo[]> returns = Files("--returns", "Amazon's returns report (tab-separated); repeat for several.");
        Option<FileInfo[]> feedback = Files("--feedback", "Amazon's seller feedback report (tab-separated); repeat for several.");
        Option<FileInfo[]> claims = Files("--claims", "A-to-z claims and chargebacks (our CSV; see docs/importing.md).");
        Option<FileInfo[]> shipments = Files("--shipments", "Shipping, tracking, delivery and cancellation facts (our CSV; see docs/importing.md).");
        Option<FileInfo[]> fbaShipments = Files("--fba-shipments", "Amazon's FBA shipments report (Amazon Fulfilled Shipments, tab-separated); repeat for several.");
        Option<FileInfo[]> fbaReturns = Files("--fba-returns", "Amazon's FBA customer returns report (tab-separated); repeat for several.");
        var output = new Option<FileInfo>("--out") { Description = "The ledger file to write (JSON Lines).", Required = true, HelpName = "FILE" };
        var marketplace = new Option<string?>("--marketplace")
        {
            Description = "The marketplace (e.g. Amazon.com, Amazon.de or its id); settles the feedback date format and a missing currency.",
            HelpName = "NAME",
        };
        var feedbackFormat = new Option<string?>("--feedback-date-format")
        {
            Description = "The feedback report's date format, e.g. MM/dd/yy or dd/MM/yy (default: the marketplace's).",
            HelpName = "PATTERN",
        };
        var cancelledBy = new Option<string?>("--assume-cancelled-by")
        {
            Description = "Who cancelled a cancelled order the shipments file says nothing about: Seller (default), Buyer or System.",
            HelpName = "WHO",
        };
        cancelledBy.AcceptOnlyFromAmong("Seller", "Buyer", "System");
        var noReturnAssumption = new Option<bool>("--no-assume-return-responses")
        {
            Description = "Leave the response time of decided return requests unknown instead of taking them as answered on time.",
        };
        Option<bool> lenient = CliOptions.Lenient();
        Option<string?> format = CliOptions.Format();
        var command = new Command("import", "Read Amazon's report files into one ledger file, listing every problem (file, line, column).")
        {
            orders, returns, feedback, claims, shipments, fbaShipments, fbaReturns, output, marketplace, feedbackFormat, cancelledBy, noReturnAssumption, lenient, format,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat outputFormat = CliOptions.ResolveFormat(parse.GetValue(format), console);
            AmazonMarketplace? market = null;
            if (parse.GetValue(marketplace) is { } name && !AmazonMarketplace.TryFind(name, out market))
            {
                throw CliException.Usage($"--marketplace '{name}' is not known; use one of {string.Join(", ", AmazonMarketplace.All.Select(m => m.SalesChannel))}.");
            }

            var options = new AmazonImportOptions
            {
                Mode = parse.GetValue(lenient) ? LedgerBuildMode.Lenient : LedgerBuildMode.Strict,
                Marketplace = market,
                FeedbackDateFormat = parse.GetValue(feedbackFormat),
                AssumedCancelledBy = Enum.Parse<CancelledBy>(parse.GetValue(cancelledBy) ?? nameof(CancelledBy.Seller)),
                AssumeDecidedReturnsAnsweredOnTime = !parse.GetValue(noReturnAssumption),
            };
            FileInfo target = parse.GetValue(output)!;
            FileInfo[] inputs = [.. new[] { orders, returns, feedback, claims, shipments, fbaShipments, fbaReturns }.SelectMany(o => parse.GetValue(o) ?? [])];
            CliFiles.CheckNotAnInput(target, "--out", inputs);
            var streams = new Dictionary<string, FileStream>(StringComparer.Ordinal);
            AmazonImportSources sources = new()
            {
                Orders = Sources(parse.GetValue(orders), "--orders", streams),
                Returns = Sources(parse.GetValue(returns), "--returns", streams),
                Feedback = Sources(parse.GetValue(feedback), "--feedback", streams),
                Claims = Sources(parse.GetValue(claims), "--claims", streams),
                Shipments = Sources(parse.GetValue(shipments), "--shipments", streams),
                FbaShipments = Sources(parse.GetValue(fbaShipments), "--fba-shipments", streams),
                FbaReturns = Sources(parse.GetValue(fbaReturns), "--fba-returns", streams),
            };
            AmazonImportResult result = RunWithProgress(sources, options, console, inputs.Sum(f => f.Length), streams);
            ProblemList.Write(console.Error, result.Problems);
            AmazonImportSummary summary = result.Summary;

            // A lenient run that keeps nothing of what it read is no ledger: a failure, like a strict run with problems.
            bool keptNothing = result.Succeeded && result.Ledger!.RecordCount == 0 && summary.RowsLeftOut > 0;
            bool written = result.Succeeded && !keptNothing;
            if (written)
            {
                CliFiles.WriteOutput(target, "--out", inputs, path => LedgerWriter.WriteFile(result.Ledger!, path));
            }

            Print(summary, written ? target.Name : null, outputFormat, console);
            string problems = ProblemList.Count(result.Problems.Length, "problem", "problems");
            if (!result.Succeeded)
            {
                throw CliException.Input($"the import found {problems} (listed above); no ledger was written (use --lenient to leave bad rows out).");
            }

            if (keptNothing)
            {
                throw CliException.Input(
                    $"--lenient: every one of the {ProblemList.Count(summary.RowsRead, "row", "rows")} read was left out ({problems}, listed above); no ledger was written.");
            }

            if (!result.Problems.IsEmpty)
            {
                console.Error.WriteLine(
                    $"sellerpolicy: --lenient: {problems}; left out {ProblemList.Count(summary.RowsLeftOut, "row", "rows")} of {summary.RowsRead.ToString("N0", CultureInfo.InvariantCulture)} "
                    + $"({ProblemList.Count(summary.RecordsLeftOut, "record", "records")}).");
            }

            return 0;
        }));
        return command;
    }

    private static Option<FileInfo[]> Files(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        Required = required,
        HelpName = "FILE",
        Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
    };

    private static System.Collections.Immutable.ImmutableArray<AmazonSourceFile> Sources(FileInfo[]? files, string option, Dictionary<string, FileStream> streams)
        => [.. (files ?? []).Select(file =>
        {
            CliFiles.Input(file, $"{option} file");
            return AmazonSourceFile.FromStream(file.Name, () =>
            {
                var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                streams[file.Name] = stream;
                return stream;
            });
        })];

    private static AmazonImportResult RunWithProgress(AmazonImportSources sources, AmazonImportOptions options, CliConsole console, long total, Dictionary<string, FileStream> streams)
    {
        if (!console.IsTerminal || total < LargeInput)
        {
            return AmazonImport.Run(sources, options);
        }

        AmazonImportResult? result = null;
        console.AnsiError().Progress().Start(context =>
        {
            ProgressTask task = context.AddTask("importing", maxValue: total);
            long done = 0;
            var progress = new InlineProgress(p =>
            {
                if (streams.TryGetValue(p.File, out FileStream? stream) && stream.CanRead)
                {
                    task.Description = $"{Markup.Escape(p.File)}: {p.RowsRead:N0} rows";
                    task.Value = done + stream.Position;
                    if (p.Finished)
                    {
                        done += stream.Length;
                    }
                }
            });
            result = AmazonImport.Run(sources, options, progress);
            task.Value = total;
        });
        return result!;
    }

    private static void Print(AmazonImportSummary summary, string? written, OutputFormat format, CliConsole console)
    {
        if (format == OutputFormat.Json)
        {
            CliJson.Write(console.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("ledger", written);
                w.WriteStartArray("files");
                foreach (AmazonFileSummary f in summary.Files)
                {
                    w.WriteStartObject();
                    w.WriteString("file", f.File);
                    w.WriteString("kind", f.Kind.ToString());
                    w.WriteNumber("rowsRead", f.RowsRead);
                    w.WriteNumber("rowsUsed", f.RowsUsed);
                    w.WriteNumber("rowsLeftOut", f.RowsLeftOut);
                    w.WriteNumber("rowsSuperseded", f.RowsSuperseded);
                    w.WriteNumber("rowsSkipped", f.RowsSkipped);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteNumber("orders", summary.Orders);
                w.WriteNumber("feedback", summary.Feedback);
                w.WriteNumber("claims", summary.Claims);
                w.WriteNumber("chargebacks", summary.Chargebacks);
                w.WriteNumber("returns", summary.Returns);
                w.WriteNumber("contacts", summary.Contacts);
                w.WriteNumber("problems", summary.Problems);
                w.WriteNumber("rowsRead", summary.RowsRead);
                w.WriteNumber("rowsLeftOut", summary.RowsLeftOut);
                w.WriteNumber("recordsLeftOut", summary.RecordsLeftOut);
                CliJson.WriteStrings(w, "notes", summary.Notes);
                w.WriteEndObject();
            });
            return;
        }

        static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
        var files = new Table().Title("[bold]files read[/]").AddColumn("file").AddColumn("kind")
            .AddColumn(new TableColumn("rows").RightAligned()).AddColumn(new TableColumn("used").RightAligned())
            .AddColumn(new TableColumn("left out").RightAligned()).AddColumn(new TableColumn("superseded").RightAligned())
            .AddColumn(new TableColumn("skipped").RightAligned());
        foreach (AmazonFileSummary f in summary.Files)
        {
            files.AddRow(Markup.Escape(f.File), f.Kind.ToString(), N(f.RowsRead), N(f.RowsUsed),
                f.RowsLeftOut > 0 ? $"[yellow]{N(f.RowsLeftOut)}[/]" : "0", N(f.RowsSuperseded), N(f.RowsSkipped));
        }

        var totals = new Table().Title(written is null ? "[bold red]no ledger written[/]" : $"[bold]{Markup.Escape(written)}[/]")
            .AddColumn("records").AddColumn(new TableColumn("count").RightAligned());
        totals.AddRow("orders", N(summary.Orders));
        totals.AddRow("feedback", N(summary.Feedback));
        totals.AddRow("A-to-z claims", N(summary.Claims));
        totals.AddRow("chargebacks", N(summary.Chargebacks));
        totals.AddRow("return requests", N(summary.Returns));
        totals.AddRow("buyer contacts", N(summary.Contacts));
        totals.AddRow(summary.Problems > 0 ? "[red]problems[/]" : "problems", summary.Problems > 0 ? $"[red]{N(summary.Problems)}[/]" : "0");
        totals.AddRow("rows left out", N(summary.RowsLeftOut));
        totals.AddRow("records left out", N(summary.RecordsLeftOut));
        IAnsiConsole ansi = console.Ansi();
        ansi.Write(files);
        ansi.Write(totals);
        foreach (string note in summary.Notes)
        {
            ansi.MarkupLine("[grey]note:[/] " + Markup.Escape(note));
        }
    }

    private sealed class InlineProgress(Action<AmazonImportProgress> report) : IProgress<AmazonImportProgress>
    {
        public void Report(AmazonImportProgress value) => report(value);
    }
}
