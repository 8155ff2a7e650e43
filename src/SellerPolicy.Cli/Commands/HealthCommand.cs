using System.CommandLine;
using System.Globalization;
using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy health [--ledger FILE | --sample] [--as-of DATE] [--policy NAME | --policy-file FILE]</c>:
/// the account-health snapshot as of a day, as a dashboard or as Amazon-shaped JSON.
/// </summary>
internal static class HealthCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger();
        Option<bool> sampleOption = CliOptions.Sample();
        Option<bool> lenientOption = CliOptions.Lenient();
        Option<string?> asOfOption = CliOptions.AsOf();
        Option<string?> policyOption = CliOptions.Policy();
        Option<FileInfo?> policyFileOption = CliOptions.PolicyFile();
        Option<string?> formatOption = CliOptions.Format();
        var command = new Command("health", "Account health as of a day: Order Defect Rate (MFN and AFN), cancellation, late shipment, valid tracking, on-time delivery and return dissatisfaction, with the orders behind each figure.")
        {
            ledgerOption, sampleOption, lenientOption, asOfOption, policyOption, policyFileOption, formatOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            PolicyTimeline timeline = PolicySource.Resolve(parse, policyOption, policyFileOption);
            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, sampleOption, lenientOption, console);
            LocalDate asOf = AsOf.Day(parse.GetValue(asOfOption), loaded.Ledger, timeline);
            MarketplacePolicy policy = timeline.For(asOf);
            AccountHealthEngine engine = AccountHealthEngine.Create(loaded.Ledger, policy);
            AccountHealthSnapshot snapshot = engine.Snapshot(asOf);
            if (format == OutputFormat.Json)
            {
                CliJson.Write(console.Out, w => HealthJson.WriteSnapshot(w, snapshot, policy.Reporting, loaded));
            }
            else
            {
                WriteDashboard(console.Ansi(), snapshot, loaded, Sparkline.Trends(engine, asOf));
            }

            return 0;
        }));
        return command;
    }

    internal static void WriteDashboard(IAnsiConsole ansi, AccountHealthSnapshot snapshot, LoadedLedger loaded, IReadOnlyDictionary<MetricId, string> trends)
    {
        string overall = MetricLabels.StatusMarkup(snapshot.OverallStatus);
        ansi.MarkupLine($"[bold]Account health[/] as of [bold]{CliOptions.FormatDate(snapshot.AsOf)}[/] · policy {Markup.Escape(snapshot.PolicyVersion)} · {Markup.Escape(loaded.Source)}");
        ansi.MarkupLine(snapshot.FailingMetrics.IsEmpty
            ? $"Overall: {overall}"
            : $"Overall: {overall} — failing: {Markup.Escape(string.Join(", ", snapshot.FailingMetrics.Select(MetricLabels.Of)))}");
        if (loaded.RecordsLeftOut > 0)
        {
            ansi.MarkupLine($"[yellow]--lenient: {loaded.RecordsLeftOut} of {loaded.RecordsRead} records were left out; see stderr.[/]");
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Metric")
            .AddColumn(new TableColumn("Value").RightAligned())
            .AddColumn(new TableColumn("Target").RightAligned())
            .AddColumn("Status")
            .AddColumn(new TableColumn("Count").RightAligned())
            .AddColumn("Window")
            .AddColumn(new TableColumn("Hurting").RightAligned())
            .AddColumn(new TableColumn($"Last {Sparkline.Days} days").NoWrap());
        foreach (MetricResult metric in snapshot.Metrics)
        {
            table.AddRow(
                Markup.Escape(MetricLabels.Of(metric.Kind)),
                metric.Status == MetricStatus.None ? "[grey]-[/]" : MetricLabels.Percent(metric.Rate),
                Markup.Escape(metric.Target.ToString()),
                MetricLabels.StatusMarkup(metric.Status),
                $"{metric.Numerator.ToString("N0", CultureInfo.InvariantCulture)} / {metric.Denominator.ToString("N0", CultureInfo.InvariantCulture)}",
                MetricLabels.Window(metric.Window),
                metric.OrderIds.Length == 0 ? "[grey]0[/]" : metric.OrderIds.Length.ToString("N0", CultureInfo.InvariantCulture),
                trends[metric.Id]);
        }

        ansi.Write(table);
        ansi.MarkupLine("[grey]Windows are inclusive days, attributed by purchase date (ODR, cancellation), latest ship date (late shipment), ship-confirm date (tracking), latest delivery date (on-time delivery) or request date (returns). Hurting: the orders behind a bad figure.[/]");
        foreach (MetricResult metric in snapshot.Metrics.Where(m => m.Status == MetricStatus.Bad))
        {
            IEnumerable<string> shown = metric.OrderIds.Take(8).Select(id => id.Value);
            string more = metric.OrderIds.Length > 8 ? $" and {metric.OrderIds.Length - 8} more (--format json lists all)" : string.Empty;
            ansi.MarkupLine($"[red]{Markup.Escape(MetricLabels.Of(metric.Kind))}[/]: {Markup.Escape(string.Join(", ", shown))}{Markup.Escape(more)}");
        }
    }
}
