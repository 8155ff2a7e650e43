using System.CommandLine;
using NodaTime;
using SellerPolicy.Policies;
using SellerPolicy.Reports;
using SellerPolicy.Returns;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy report --ledger FILE | --sample [--as-of DATE] [--from DATE] [--out report.html] [--rules FILE…]</c>:
/// the seller's account-health report as one self-contained HTML file (charts, orders behind bad metrics, forecast,
/// deadlines, returnless simulation), see docs/reports.md.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger();
        Option<bool> sampleOption = CliOptions.Sample();
        Option<bool> lenientOption = CliOptions.Lenient();
        Option<string?> asOfOption = CliOptions.AsOf();
        var fromOption = new Option<string?>("--from") { Description = "The first day of the charts (YYYY-MM-DD; default: 89 days before the as-of day).", HelpName = "DATE" };
        var outOption = new Option<FileInfo>("--out")
        {
            Description = "The HTML file to write (default: report.html).",
            DefaultValueFactory = _ => new FileInfo("report.html"),
            HelpName = "FILE",
        };
        Option<FileInfo[]> rulesOption = ReturnlessCommand.Rules("A returnless-refund rules file (JSON) to simulate on past returns; repeat to compare several (optional).");
        rulesOption.Required = false;
        var sellerOption = new Option<string?>("--seller") { Description = "The seller's name for the header (default: the ledger file's name).", HelpName = "NAME" };
        Option<string?> policyOption = CliOptions.Policy();
        Option<FileInfo?> policyFileOption = CliOptions.PolicyFile();
        var command = new Command("report", "The account-health report as one HTML file that works offline: a card and a chart per metric, the orders behind each bad metric, the forecast, open deadlines and returnless simulations.")
        {
            ledgerOption, sampleOption, lenientOption, asOfOption, fromOption, outOption, rulesOption, sellerOption, policyOption, policyFileOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            FileInfo output = parse.GetValue(outOption)!;
            PolicyTimeline timeline = PolicySource.Resolve(parse, policyOption, policyFileOption);
            var rules = new List<(string, ReturnlessRuleSet)>();
            foreach (FileInfo file in parse.GetValue(rulesOption) ?? [])
            {
                rules.Add((file.Name, ReturnlessCommand.LoadRules(file)));
            }

            LocalDate? from = parse.GetValue(fromOption) is { } fromText ? CliOptions.ParseDate(fromText, "--from") : null;
            AccountHealthReport report = TerminalProgress.Run(console, "loading the ledger", step =>
            {
                LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, sampleOption, lenientOption, console);
                LocalDate asOf = AsOf.Day(parse.GetValue(asOfOption), loaded.Ledger, timeline);
                if (from is { } first && first > asOf)
                {
                    throw CliException.Usage($"--from ({CliOptions.FormatDate(first)}) must not be after the as-of day ({CliOptions.FormatDate(asOf)}).");
                }

                var options = ReportOptions.Default with
                {
                    Seller = parse.GetValue(sellerOption) ?? loaded.Source,
                    From = from,
                    ReturnlessRules = rules,
                    Progress = step,
                };
                return AccountHealthReport.Build(loaded.Ledger, timeline, asOf, options);
            });

            FileInfo? ledgerFile = parse.GetValue(ledgerOption);
            CliFiles.WriteOutput(output, "--out", ledgerFile is null ? [] : [ledgerFile], path =>
            {
                using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
                HtmlReport.Write(report, writer);
            });
            int bad = report.Snapshot.FailingMetricIds.Length;
            console.Out.WriteLine($"wrote {output.Name}: {report.Snapshot.Metrics.Length} metrics as of {CliOptions.FormatDate(report.AsOf)} ({bad} BAD), {report.OrderCount:N0} orders.");
            return 0;
        }));
        return command;
    }
}
