using SellerPolicy.Reporting;
using System.CommandLine;
using System.Globalization;
using NodaTime;
using SellerPolicy.Marketplaces;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy series --ledger FILE --from DATE --to DATE [--metric NAME]</c>: the snapshot of every day in a
/// range, computed in one pass per policy version (not by recomputing each day), as CSV, JSON or a table.
/// </summary>
internal static class SeriesCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger();
        Option<bool> sampleOption = CliOptions.Sample();
        Option<bool> lenientOption = CliOptions.Lenient();
        var fromOption = new Option<string>("--from") { Description = "The first day (YYYY-MM-DD).", Required = true, HelpName = "DATE" };
        var toOption = new Option<string>("--to") { Description = "The last day (YYYY-MM-DD), included.", Required = true, HelpName = "DATE" };
        var metricOption = new Option<string?>("--metric")
        {
            Description = "Only this metric, by its id (`sellerpolicy policies --format json` lists each pack's; Amazon: "
                + string.Join(", ", MarketplacePacks.Amazon.Metrics.Select(m => m.Id.Value)) + ").",
            HelpName = "ID",
        };
        Option<string?> policyOption = CliOptions.Policy();
        Option<FileInfo?> policyFileOption = CliOptions.PolicyFile();
        Option<string?> formatOption = CliOptions.Format("table", "json", "csv");
        var command = new Command("series", "The account-health figures for every day in a range: what the seller would have seen each day.")
        {
            ledgerOption, sampleOption, lenientOption, fromOption, toOption, metricOption, policyOption, policyFileOption, formatOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            LocalDate from = CliOptions.ParseDate(parse.GetValue(fromOption)!, "--from");
            LocalDate to = CliOptions.ParseDate(parse.GetValue(toOption)!, "--to");
            if (from > to)
            {
                throw CliException.Usage($"--from ({CliOptions.FormatDate(from)}) must not be after --to ({CliOptions.FormatDate(to)}).");
            }

            PolicyChoice choice = PolicySource.Choose(parse, policyOption, policyFileOption);
            PolicyTimeline timeline = choice.Timeline;
            MetricId[] ids = [.. timeline.Latest.Metrics.Select(m => m.Id)];
            if (parse.GetValue(metricOption) is { } metricName)
            {
                ids = [.. ids.Where(id => string.Equals(id.Value, metricName, StringComparison.OrdinalIgnoreCase))];
                if (ids.Length == 0)
                {
                    throw CliException.Usage($"--metric must be one of {string.Join(", ", timeline.Latest.Metrics.Select(m => m.Id.Value))}, was '{metricName}'.");
                }
            }

            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, sampleOption, lenientOption, console, choice.Pack.Name);
            List<AccountHealthSnapshot> days = Compute(loaded, new DayWindow(from, to), timeline);
            ids = [.. ids.Where(id => days.All(d => d.Catalog.Contains(id)))];
            switch (format)
            {
                case OutputFormat.Csv:
                    WriteCsv(console.Out, days, ids);
                    break;
                case OutputFormat.Json:
                    WriteJson(console, days, ids, timeline);
                    break;
                default:
                    WriteTable(console.Ansi(), days, ids);
                    break;
            }

            return 0;
        }));
        return command;
    }

    /// <summary>The series over the range, each day judged under the version in effect that day (the library splits the range).</summary>
    private static List<AccountHealthSnapshot> Compute(LoadedLedger loaded, DayWindow range, PolicyTimeline timeline)
        => [.. AccountHealthEngine.Create(loaded.Ledger, timeline).Series(range).SnapshotsWithoutOrderIds()];

    /// <summary>
    /// One row per day and metric: the numerator and denominator, then one column per further count of the catalog's
    /// metrics (Amazon: the ODR's claims, chargebacks and negative feedback; the return dissatisfaction's three causes),
    /// empty where the row's metric has no such count.
    /// </summary>
    private static void WriteCsv(TextWriter output, List<AccountHealthSnapshot> days, MetricId[] ids)
    {
        string[] counts = CountColumns(days, ids);
        output.WriteLine("date,metric,numerator,denominator,rate,targetValue,targetCondition,status,windowFrom,windowTo,policy"
            + string.Concat(counts.Select(c => "," + c)));
        var line = new List<string>(11 + counts.Length);
        foreach (AccountHealthSnapshot day in days)
        {
            foreach (MetricId id in ids)
            {
                MetricResult m = day[id];
                line.Clear();
                line.AddRange([
                    CliOptions.FormatDate(day.AsOf), id.Value, m.Numerator.ToString(CultureInfo.InvariantCulture),
                    m.Denominator.ToString(CultureInfo.InvariantCulture), m.Rate.ToString("R", CultureInfo.InvariantCulture),
                    m.Target.Value.ToString("R", CultureInfo.InvariantCulture), HealthReportJson.ConditionText(m.Target.Condition),
                    m.Status.ToReportName(), CliOptions.FormatDate(m.Window.From), CliOptions.FormatDate(m.Window.To), day.PolicyVersion]);
                foreach (string count in counts)
                {
                    line.Add(m.Components.FirstOrDefault(c => c.Role == CountSlotRole.Component && c.Name == count) is { Name: not null } component
                        ? component.Count.ToString(CultureInfo.InvariantCulture)
                        : string.Empty);
                }

                output.WriteLine(string.Join(',', line));
            }
        }
    }

    /// <summary>The names of the counts beyond numerator and denominator of the metrics shown, in catalog order, each once.</summary>
    private static string[] CountColumns(List<AccountHealthSnapshot> days, MetricId[] ids)
        => [.. days.SelectMany(d => ids.Select(id => d[id]))
            .SelectMany(m => m.Components.Where(c => c.Role == CountSlotRole.Component).Select(c => c.Name)).Distinct(StringComparer.Ordinal)];

    private static void WriteJson(CliConsole console, List<AccountHealthSnapshot> days, MetricId[] ids, PolicyTimeline timeline)
        => CliJson.Write(console.Out, w => HealthReportJson.WriteSeries(w, days, ids, timeline));

    /// <summary>A column per metric, a row per day; a BAD day says BAD in words beside its rate (not by colour alone).</summary>
    private static void WriteTable(IAnsiConsole ansi, List<AccountHealthSnapshot> days, MetricId[] ids)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("Day");
        foreach (MetricId id in ids)
        {
            string label = days.Count > 0 ? days[0][id].Label : id.Value;
            table.AddColumn(new TableColumn(Markup.Escape(label)).RightAligned());
        }

        foreach (AccountHealthSnapshot day in days)
        {
            var cells = new List<string> { CliOptions.FormatDate(day.AsOf) };
            foreach (MetricId id in ids)
            {
                MetricResult m = day[id];
                cells.Add(m.Status switch
                {
                    MetricStatus.None => "[grey]-[/]",
                    MetricStatus.Bad => $"[red]{MetricLabels.Percent(m.Rate)} BAD[/]",
                    _ => MetricLabels.Percent(m.Rate),
                });
            }

            table.AddRow(cells.ToArray());
        }

        ansi.Write(table);
        ansi.MarkupLine("[grey]A day's figure is what the seller would have seen that day; BAD marks a day off target, - a day with no orders in the window.[/]");
    }
}
