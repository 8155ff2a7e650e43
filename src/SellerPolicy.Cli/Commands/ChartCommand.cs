using System.CommandLine;
using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Reports;
using SellerPolicy.Time;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy chart --ledger FILE --metric ID [--from DATE] [--to DATE] --out FILE.png|FILE.svg</c>: one metric's
/// daily rate over a range with its target, BAD days hatched, the last day marked and, when it is BAD then, the forecast
/// dashed to the day it is back on target. An unknown metric id is bad usage (exit 2) and the message lists the valid ids.
/// </summary>
internal static class ChartCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger();
        Option<bool> sampleOption = CliOptions.Sample();
        Option<bool> lenientOption = CliOptions.Lenient();
        var metricOption = new Option<string>("--metric") { Description = "The metric's id, e.g. orderDefectRate.mfn (the list: sellerpolicy chart --metric ? …).", Required = true, HelpName = "ID" };
        var fromOption = new Option<string?>("--from") { Description = "The first day (YYYY-MM-DD; default: 89 days before --to).", HelpName = "DATE" };
        var toOption = new Option<string?>("--to") { Description = "The last day, marked as the as-of day (default: the day of the ledger's latest event).", HelpName = "DATE" };
        var outOption = new Option<FileInfo>("--out") { Description = "The image to write: FILE.png or FILE.svg.", Required = true, HelpName = "FILE" };
        Option<string?> policyOption = CliOptions.Policy();
        Option<FileInfo?> policyFileOption = CliOptions.PolicyFile();
        var command = new Command("chart", "One metric's daily rate over a range as a PNG or SVG chart: target line, BAD days hatched, as-of day marked, forecast dashed.")
        {
            ledgerOption, sampleOption, lenientOption, metricOption, fromOption, toOption, outOption, policyOption, policyFileOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            FileInfo output = parse.GetValue(outOption)!;
            ChartFormat format = MetricChart.FormatOf(output.Name)
                ?? throw CliException.Usage($"--out must name a .png or .svg file, was '{output.Name}'.");
            PolicyTimeline timeline = PolicySource.Resolve(parse, policyOption, policyFileOption);
            string metricText = parse.GetValue(metricOption)!;
            if (!timeline.Versions.Any(v => KnownId(v.Metrics, metricText)))
            {
                throw UnknownMetric(metricText, timeline.Latest.Metrics);
            }

            var id = new MetricId(metricText);
            LocalDate? fromGiven = parse.GetValue(fromOption) is { } f ? CliOptions.ParseDate(f, "--from") : null;
            LocalDate? toGiven = parse.GetValue(toOption) is { } t ? CliOptions.ParseDate(t, "--to") : null;
            MetricChartData data = TerminalProgress.Run(console, "loading the ledger", step =>
            {
                LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, sampleOption, lenientOption, console);
                LocalDate to = toGiven ?? AsOf.Day(null, loaded.Ledger, timeline);
                LocalDate from = fromGiven ?? to.PlusDays(-89);
                if (from > to)
                {
                    throw CliException.Usage($"--from ({CliOptions.FormatDate(from)}) must not be after --to ({CliOptions.FormatDate(to)}).");
                }

                MarketplacePolicy policy = timeline.For(to);
                if (!policy.Metrics.Contains(id))
                {
                    throw UnknownMetric(metricText, policy.Metrics);
                }

                step($"building the {Period.DaysBetween(from, to) + 1}-day series");
                AccountHealthSeries series = AccountHealthEngine.Create(loaded.Ledger, policy).Series(new DayWindow(from, to));
                AccountHealthForecast? forecast = null;
                if (series.SnapshotsWithoutOrderIds().Last()[id].Status == MetricStatus.Bad)
                {
                    step("forecasting");
                    forecast = AccountHealth.Forecast(loaded.Ledger, to, policy);
                }

                step("drawing");
                return MetricChartData.From(series, id, to, forecast);
            });

            FileInfo? ledgerFile = parse.GetValue(ledgerOption);
            CliFiles.WriteOutput(output, "--out", ledgerFile is null ? [] : [ledgerFile], path => MetricChart.Save(data, path, format, 1000, 400));
            console.Out.WriteLine($"wrote {output.Name}: {data.Label}, {CliOptions.FormatDate(data.Days[0].Date)} to {CliOptions.FormatDate(data.Days[^1].Date)}, {data.BadDayCount} BAD days.");
            return 0;
        }));
        return command;
    }

    private static bool KnownId(MetricCatalog catalog, string text) => catalog.Any(m => string.Equals(m.Id.Value, text, StringComparison.Ordinal));

    private static CliException UnknownMetric(string text, MetricCatalog catalog)
        => CliException.Usage($"--metric must be one of the policy's metric ids, was '{text}'. Valid ids:"
            + Environment.NewLine + string.Join(Environment.NewLine, catalog.Select(m => $"  {m.Id.Value}  ({m.Label})")));
}
