using SellerPolicy.Reporting;
using System.CommandLine;
using NodaTime;
using SellerPolicy.Marketplaces;
using SellerPolicy.Marketplaces.Ebay;
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
        var command = new Command("health", "Account health as of a day: every metric of the marketplace's pack (Amazon: Order Defect Rate MFN and AFN, cancellation, late shipment, valid tracking, on-time delivery, return dissatisfaction; eBay, Walmart: theirs, with eBay's seller level), with the orders behind each figure.")
        {
            ledgerOption, sampleOption, lenientOption, asOfOption, policyOption, policyFileOption, formatOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            PolicyChoice choice = PolicySource.Choose(parse, policyOption, policyFileOption);
            PolicyTimeline timeline = choice.Timeline;
            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, sampleOption, lenientOption, console, choice.Pack.Name);
            LocalDate asOf = AsOf.Day(parse.GetValue(asOfOption), loaded.Ledger, timeline);
            MarketplacePolicy policy = timeline.For(asOf);
            AccountHealthEngine engine = AccountHealthEngine.Create(loaded.Ledger, policy);
            AccountHealthSnapshot snapshot = engine.Snapshot(asOf);
            var extras = new HealthExtras(MetricNotes.For(loaded.Ledger, snapshot), StandingOf(choice, loaded, snapshot));
            if (format == OutputFormat.Json)
            {
                CliJson.Write(console.Out, w => HealthReportJson.WriteSnapshot(w, snapshot, policy.Reporting, extras.ForReport(loaded)));
            }
            else
            {
                WriteDashboard(console.Ansi(), snapshot, loaded, extras, choice.IsAmazon, Sparkline.Trends(engine, asOf));
            }

            return 0;
        }));
        return command;
    }

    /// <summary>The pack's official and PROJECTED seller level as of the snapshot's day, for a pack with levels (eBay); else null.</summary>
    internal static SellerStanding? StandingOf(PolicyChoice choice, LoadedLedger loaded, AccountHealthSnapshot snapshot)
    {
        AccountHealthSnapshot On(LocalDate day) => day == snapshot.AsOf ? snapshot : AccountHealth.Snapshot(loaded.Ledger, day, choice.Timeline.For(day));
        return choice.Pack.Levels is null ? null : choice.Pack.StandingOn(On, snapshot.AsOf);
    }

    /// <summary>From this console width the window has its own column; below it, it is a line under the metric's label (80 columns fit).</summary>
    internal const int WideWidth = 110;

    internal static void WriteDashboard(IAnsiConsole ansi, AccountHealthSnapshot snapshot, LoadedLedger loaded, HealthExtras? extras = null, bool amazon = true, IReadOnlyDictionary<MetricId, string>? trends = null)
    {
        string overall = MetricLabels.StatusMarkup(snapshot.OverallStatus);
        ansi.MarkupLine($"[bold]Account health[/] as of [bold]{CliOptions.FormatDate(snapshot.AsOf)}[/] · policy {Markup.Escape(snapshot.PolicyVersion)} · {Markup.Escape(loaded.Source)}");
        IEnumerable<string> failing = snapshot.Metrics.Where(m => m.Status == MetricStatus.Bad).Select(m => m.Label);
        ansi.MarkupLine(snapshot.FailingMetricIds.IsEmpty
            ? $"Overall: {overall}"
            : $"Overall: {overall} — failing: {Markup.Escape(string.Join(", ", failing))}");
        if (extras?.Standing is { } standing)
        {
            WriteLevels(ansi, standing);
        }

        if (loaded.RecordsLeftOut > 0)
        {
            ansi.MarkupLine($"[yellow]--lenient: {MetricLabels.Count(loaded.RecordsLeftOut)} of {MetricLabels.Count(loaded.RecordsRead)} records were left out; see stderr.[/]");
        }

        bool wide = ansi.Profile.Width >= WideWidth;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Metric")
            .AddColumn(new TableColumn("Value").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Target").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Status").NoWrap())
            .AddColumn(new TableColumn("Count").RightAligned().NoWrap());
        if (wide)
        {
            table.AddColumn("Window");
        }
        else
        {
            table.ShowRowSeparators();
        }

        table.AddColumn(new TableColumn("Hurting").RightAligned().NoWrap());
        trends = wide ? trends : null; // the trend column only where the window has its own column too
        if (trends is not null)
        {
            table.AddColumn(new TableColumn($"Last {Sparkline.Days} days").NoWrap());
        }

        MetricNotes? notes = extras?.Notes;
        foreach (MetricResult metric in snapshot.Metrics)
        {
            string label = Markup.Escape(metric.Label);
            if (!wide)
            {
                label += $"\n[grey]{Markup.Escape(MetricLabels.Window(metric.Window))}[/]";
            }

            if (metric is EbayRateResult ebay)
            {
                label += $"\n[grey]{(ebay.Lookback == EbayLookback.ThreeMonths ? "last 3 months" : "last 12 months")}; or at most {MetricLabels.Count(ebay.MaxCount)} {Markup.Escape(MetricLabels.Shown(ebay.CountName))}: {MetricLabels.Count(ebay.Count)}{(ebay.CountAlternativeMet ? " (met)" : string.Empty)}[/]";
            }

            if (MetricLabels.Components(metric) is { Length: > 0 } components)
            {
                label += $"\n[grey]{Markup.Escape(components)}[/]";
            }

            var cells = new List<string>
            {
                label,
                metric.Status == MetricStatus.None ? "[grey]-[/]" : MetricLabels.Percent(metric.Rate),
                Markup.Escape(metric.Target.ToString()),
                MetricLabels.StatusMarkup(metric.Status) + (notes?.Of(metric.Id).IsEmpty == false ? " *" : string.Empty),
                MetricLabels.Fraction(metric),
            };
            if (wide)
            {
                cells.Add(MetricLabels.Window(metric.Window));
            }

            cells.Add(metric.OrderIds.Length == 0 ? "[grey]0[/]" : MetricLabels.Count(metric.OrderIds.Length));
            if (trends is not null)
            {
                cells.Add(trends[metric.Id]);
            }

            table.AddRow([.. cells]);
        }

        ansi.Write(table);
        ansi.MarkupLine(amazon
            ? "[grey]Windows are inclusive days, attributed by purchase date (ODR, cancellation), latest ship date (late shipment), ship-confirm date (tracking), latest delivery date (on-time delivery) or request date (returns). Hurting: the orders behind a bad figure.[/]"
            : "[grey]Windows are inclusive days. Hurting: the orders behind a bad figure.[/]");
        foreach (MetricResult metric in snapshot.Metrics)
        {
            foreach (MetricNote note in notes?.Of(metric.Id) ?? [])
            {
                ansi.MarkupLine($"[yellow]* {Markup.Escape(metric.Label)}[/]: {Markup.Escape(note.Message)}");
            }
        }

        foreach (MetricResult metric in snapshot.Metrics.Where(m => m.Status == MetricStatus.Bad))
        {
            IEnumerable<string> shown = metric.OrderIds.Take(8).Select(id => id.Value);
            string more = metric.OrderIds.Length > 8 ? $" and {MetricLabels.Count(metric.OrderIds.Length - 8)} more (--format json lists all)" : string.Empty;
            ansi.MarkupLine($"[red]{Markup.Escape(metric.Label)}[/]: {Markup.Escape(string.Join(", ", shown))}{Markup.Escape(more)}");
        }
    }

    private static void WriteLevels(IAnsiConsole ansi, SellerStanding standing)
    {
        ansi.MarkupLine($"Seller level: [bold]{Markup.Escape(standing.Official.Name)}[/] (official, evaluated {CliOptions.FormatDate(standing.Official.EvaluatedOn)})"
            + $" · PROJECTED: [bold]{Markup.Escape(standing.Projected.Name)}[/] (if evaluated {CliOptions.FormatDate(standing.Projected.EvaluatedOn)};"
            + $" next evaluation {CliOptions.FormatDate(standing.NextEvaluationOn)})");
        foreach (string reason in standing.Projected.Reasons)
        {
            ansi.MarkupLine($"[grey]  · {Markup.Escape(reason)}[/]");
        }
    }
}
