using SellerPolicy.Reporting;
using System.CommandLine;
using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy forecast --ledger FILE [--as-of DATE]</c>: per metric, the first day it is back on target if nothing
/// new goes wrong, the defects it can still absorb, and the clean orders that would bring it under target now.
/// </summary>
internal static class ForecastCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger();
        Option<bool> sampleOption = CliOptions.Sample();
        Option<bool> lenientOption = CliOptions.Lenient();
        Option<string?> asOfOption = CliOptions.AsOf();
        Option<string?> policyOption = CliOptions.Policy();
        Option<FileInfo?> policyFileOption = CliOptions.PolicyFile();
        var horizonOption = new Option<int>("--horizon")
        {
            Description = "How many days ahead to look for the first good day (default 120).",
            DefaultValueFactory = _ => ForecastAssumptions.Default.HorizonDays,
            HelpName = "DAYS",
        };
        var noVolumeOption = new Option<bool>("--no-new-orders")
        {
            Description = "Assume no new orders at all (default: the average daily volume of the last 30 days continues, all clean).",
        };
        Option<string?> formatOption = CliOptions.Format();
        var command = new Command("forecast", "Per metric: when it gets back on target if nothing new goes wrong, how many more defects it can absorb, and how many clean orders would bring it under target.")
        {
            ledgerOption, sampleOption, lenientOption, asOfOption, policyOption, policyFileOption, horizonOption, noVolumeOption, formatOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            int horizon = parse.GetValue(horizonOption);
            if (horizon <= 0)
            {
                throw CliException.Usage($"--horizon must be positive, was {horizon}.");
            }

            PolicyChoice choice = PolicySource.Choose(parse, policyOption, policyFileOption);
            PolicyTimeline timeline = choice.Timeline;
            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, sampleOption, lenientOption, console, choice.Pack.Name);
            LocalDate asOf = AsOf.Day(parse.GetValue(asOfOption), loaded.Ledger, timeline);
            var assumptions = ForecastAssumptions.Default with { HorizonDays = horizon, RecentVolumeContinues = !parse.GetValue(noVolumeOption) };
            AccountHealthForecast forecast = AccountHealth.Forecast(loaded.Ledger, asOf, timeline.For(asOf), assumptions);
            if (format == OutputFormat.Json)
            {
                WriteJson(console, forecast);
            }
            else
            {
                WriteTable(console.Ansi(), forecast, timeline.For(asOf).Metrics);
            }

            return 0;
        }));
        return command;
    }

    private static void WriteJson(CliConsole console, AccountHealthForecast forecast)
        => CliJson.Write(console.Out, w => HealthReportJson.WriteForecast(w, forecast));

    private static void WriteTable(IAnsiConsole ansi, AccountHealthForecast forecast, MetricCatalog catalog)
    {
        ansi.MarkupLine($"[bold]Forecast[/] as of [bold]{CliOptions.FormatDate(forecast.AsOf)}[/] · policy {Markup.Escape(forecast.PolicyVersion)}");
        ansi.MarkupLine($"[grey]Assumption: {Markup.Escape(forecast.Assumption)}[/]");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Metric")
            .AddColumn(new TableColumn("Now").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Status").NoWrap())
            .AddColumn("Back on target")
            .AddColumn(new TableColumn("Defects it can absorb").RightAligned())
            .AddColumn(new TableColumn("Clean orders needed").RightAligned());
        foreach (MetricForecast m in forecast.Metrics)
        {
            string back = m.CurrentStatus switch
            {
                MetricStatus.Bad when m.GoodFrom is { } day => CliOptions.FormatDate(day),
                MetricStatus.Bad => $"[red]not within {forecast.Assumptions.HorizonDays} days[/]",
                _ => "[grey]-[/]",
            };
            table.AddRow(
                Markup.Escape(catalog.TryGet(m.Id, out Metric? metric) ? metric.Label : m.Id.Value),
                m.CurrentStatus == MetricStatus.None ? "[grey]-[/]" : MetricLabels.Percent(m.CurrentRate),
                MetricLabels.StatusMarkup(m.CurrentStatus),
                back,
                m.DefectsAbsorbable is { } absorbable ? MetricLabels.Count(absorbable) : "[grey]-[/]",
                m.CleanOrdersNeeded is { } needed ? MetricLabels.Count(needed) : "[grey]-[/]");
        }

        ansi.Write(table);
    }
}
