using System.CommandLine;
using System.Globalization;
using NodaTime;
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
            Description = "Only this metric: " + string.Join(", ", Enum.GetValues<MetricKind>().Select(k => k.ToReportName())) + ".",
            HelpName = "NAME",
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

            MetricKind[] kinds = Enum.GetValues<MetricKind>();
            if (parse.GetValue(metricOption) is { } metricName)
            {
                kinds = [.. kinds.Where(k => string.Equals(k.ToReportName(), metricName, StringComparison.OrdinalIgnoreCase))];
                if (kinds.Length == 0)
                {
                    throw CliException.Usage($"--metric must be one of {string.Join(", ", Enum.GetValues<MetricKind>().Select(k => k.ToReportName()))}, was '{metricName}'.");
                }
            }

            PolicyTimeline timeline = PolicySource.Resolve(parse, policyOption, policyFileOption);
            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, sampleOption, lenientOption, console);
            List<AccountHealthSnapshot> days = Compute(loaded, new DayWindow(from, to), timeline);
            switch (format)
            {
                case OutputFormat.Csv:
                    WriteCsv(console.Out, days, kinds);
                    break;
                case OutputFormat.Json:
                    WriteJson(console, days, kinds, timeline);
                    break;
                default:
                    WriteTable(console.Ansi(), days, kinds);
                    break;
            }

            return 0;
        }));
        return command;
    }

    /// <summary>The series over the range, each day judged under the version in effect that day (the library splits the range).</summary>
    private static List<AccountHealthSnapshot> Compute(LoadedLedger loaded, DayWindow range, PolicyTimeline timeline)
        => [.. AccountHealthEngine.Create(loaded.Ledger, timeline).Series(range).SnapshotsWithoutOrderIds()];

    private static void WriteCsv(TextWriter output, List<AccountHealthSnapshot> days, MetricKind[] kinds)
    {
        output.WriteLine("date,metric,numerator,denominator,rate,targetValue,targetCondition,status,windowFrom,windowTo,policy");
        foreach (AccountHealthSnapshot day in days)
        {
            foreach (MetricKind kind in kinds)
            {
                MetricResult m = day.Get(kind);
                output.WriteLine(string.Join(',',
                    CliOptions.FormatDate(day.AsOf), kind.ToReportName(), m.Numerator.ToString(CultureInfo.InvariantCulture),
                    m.Denominator.ToString(CultureInfo.InvariantCulture), m.Rate.ToString("R", CultureInfo.InvariantCulture),
                    m.Target.Value.ToString("R", CultureInfo.InvariantCulture), HealthJson.ConditionText(m.Target.Condition),
                    m.Status.ToReportName(), CliOptions.FormatDate(m.Window.From), CliOptions.FormatDate(m.Window.To), day.PolicyVersion));
            }
        }
    }

    private static void WriteJson(CliConsole console, List<AccountHealthSnapshot> days, MetricKind[] kinds, PolicyTimeline timeline)
        => CliJson.Write(console.Out, w =>
        {
            w.WriteStartArray();
            foreach (AccountHealthSnapshot day in days)
            {
                w.WriteStartObject();
                w.WriteString("asOf", CliOptions.FormatDate(day.AsOf));
                w.WriteString("policy", day.PolicyVersion);
                foreach (MetricKind kind in kinds)
                {
                    MetricResult m = day.Get(kind);
                    w.WriteStartObject(kind.ToReportName());
                    HealthJson.WriteReportingDateRange(w, m.Window, timeline.For(day.AsOf).Reporting);
                    w.WriteNumber("numerator", m.Numerator);
                    w.WriteNumber("denominator", m.Denominator);
                    w.WriteNumber("rate", m.Rate);
                    w.WriteNumber("targetValue", m.Target.Value);
                    w.WriteString("targetCondition", HealthJson.ConditionText(m.Target.Condition));
                    w.WriteString("status", m.Status.ToReportName());
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

    private static void WriteTable(IAnsiConsole ansi, List<AccountHealthSnapshot> days, MetricKind[] kinds)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("Day");
        foreach (MetricKind kind in kinds)
        {
            table.AddColumn(new TableColumn(Markup.Escape(MetricLabels.Of(kind))).RightAligned());
        }

        foreach (AccountHealthSnapshot day in days)
        {
            var cells = new List<string> { CliOptions.FormatDate(day.AsOf) };
            foreach (MetricKind kind in kinds)
            {
                MetricResult m = day.Get(kind);
                cells.Add(m.Status switch
                {
                    MetricStatus.None => "[grey]-[/]",
                    MetricStatus.Bad => $"[red]{MetricLabels.Percent(m.Rate)}[/]",
                    _ => MetricLabels.Percent(m.Rate),
                });
            }

            table.AddRow(cells.ToArray());
        }

        ansi.Write(table);
    }
}
