using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy reconcile --ledger FILE --amazon-report FILE [--marketplace NAME]</c>: our figures beside
/// Amazon's performance report for Amazon's own windows, the differences and their likely causes.
/// </summary>
internal static class ReconcileCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger(required: true);
        Option<bool> lenientOption = CliOptions.Lenient();
        var reportOption = new Option<FileInfo>("--amazon-report")
        {
            Description = "Amazon's performance report (GET_V2_SELLER_PERFORMANCE_REPORT, JSON).",
            Required = true,
            HelpName = "FILE",
        };
        var marketplaceOption = new Option<string?>("--marketplace")
        {
            Description = "The marketplace to compare (e.g. Amazon.com or its id); needed when the report has several.",
            HelpName = "NAME",
        };
        Option<string?> policyOption = CliOptions.Policy();
        Option<FileInfo?> policyFileOption = CliOptions.PolicyFile();
        Option<string?> formatOption = CliOptions.Format();
        var command = new Command("reconcile", "Lay our figures beside Amazon's performance report, for Amazon's windows, with the likely cause of each difference.")
        {
            ledgerOption, lenientOption, reportOption, marketplaceOption, policyOption, policyFileOption, formatOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            PolicyTimeline timeline = PolicySource.Resolve(parse, policyOption, policyFileOption);
            FileInfo reportFile = parse.GetValue(reportOption)!;
            CliFiles.Input(reportFile, "--amazon-report file");

            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, null, lenientOption, console);
            string? wanted = parse.GetValue(marketplaceOption);
            MarketplaceId? unnamed = wanted is not null
                ? new MarketplaceId(AmazonMarketplace.TryFind(wanted, out AmazonMarketplace? named) ? named.Id.Value : wanted.Trim())
                : loaded.Ledger.Orders.Select(o => o.MarketplaceId).OfType<MarketplaceId>().Distinct().ToArray() is [MarketplaceId only] ? only : null;
            AmazonPerformanceReportResult read = AmazonPerformanceReportReader.ReadFile(reportFile.FullName, reportFile.Name, unnamed);
            foreach (AmazonReportProblem problem in read.Problems)
            {
                console.Error.WriteLine("  " + problem);
            }

            if (read.Report is null)
            {
                throw CliException.Input($"{reportFile.Name} cannot be read as an Amazon performance report (problems listed above).");
            }

            AmazonMarketplacePerformance amazon = PickMarketplace(read.Report, wanted, loaded.Ledger);
            var windows = new[] { amazon.OrderDefectRateMfn?.Window, amazon.OrderDefectRateAfn?.Window, amazon.PreFulfillmentCancellationRate?.Window, amazon.LateShipmentRate?.Window }
                .OfType<Time.DayWindow>().ToArray();
            if (windows.Length == 0)
            {
                throw CliException.Input($"{reportFile.Name} states no metric for marketplace {amazon.MarketplaceId} that can be compared.");
            }

            MarketplacePolicy policy = timeline.For(windows.Max(w => w.To));
            ImmutableArray<MetricReconciliation> rows = AmazonReconciliation.Compare(loaded.Ledger, amazon, policy);
            if (format == OutputFormat.Json)
            {
                CliJson.Write(console.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("marketplaceId", amazon.MarketplaceId.Value);
                    w.WriteString("policy", policy.Version);
                    CliJson.WriteStrings(w, "notes", read.Notes);
                    w.WriteStartArray("metrics");
                    foreach (MetricReconciliation r in rows)
                    {
                        w.WriteStartObject();
                        w.WriteString("metric", r.Ours.Name);
                        w.WriteString("asOf", CliOptions.FormatDate(r.AsOf));
                        w.WriteStartObject("amazon");
                        w.WriteString("from", CliOptions.FormatDate(r.AmazonWindow.From));
                        w.WriteString("to", CliOptions.FormatDate(r.AmazonWindow.To));
                        CliJson.WriteNumber(w, "numerator", r.AmazonNumerator);
                        CliJson.WriteNumber(w, "denominator", r.AmazonDenominator);
                        CliJson.WriteNumber(w, "rate", r.AmazonRate);
                        w.WriteString("status", r.AmazonStatus);
                        w.WriteEndObject();
                        w.WriteStartObject("ours");
                        w.WriteString("from", CliOptions.FormatDate(r.Ours.Window.From));
                        w.WriteString("to", CliOptions.FormatDate(r.Ours.Window.To));
                        w.WriteNumber("numerator", r.Ours.Numerator);
                        w.WriteNumber("denominator", r.Ours.Denominator);
                        w.WriteNumber("rate", r.Ours.Rate);
                        w.WriteString("status", r.Ours.Status.ToReportName());
                        w.WriteEndObject();
                        CliJson.WriteNumber(w, "rateDifference", r.RateDifference);
                        CliJson.WriteStrings(w, "causes", r.Causes);
                        if (!r.Defects.IsEmpty)
                        {
                            w.WriteStartArray("defects");
                            foreach (DefectDifference d in r.Defects)
                            {
                                w.WriteStartObject();
                                w.WriteString("component", d.Component);
                                CliJson.WriteNumber(w, "amazon", d.Amazon);
                                w.WriteNumber("ours", d.Ours);
                                CliJson.WriteNumber(w, "difference", d.Difference);
                                w.WriteEndObject();
                            }

                            w.WriteEndArray();
                        }
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return 0;
            }

            IAnsiConsole ansi = console.Ansi();
            ansi.MarkupLine($"[bold]Reconciliation[/] with {Markup.Escape(reportFile.Name)} · marketplace {Markup.Escape(amazon.MarketplaceId.Value)} · policy {Markup.Escape(policy.Version)} · {Markup.Escape(loaded.Source)}");
            var table = new Table().AddColumn("Metric").AddColumn("Amazon's window").AddColumn(new TableColumn("Amazon").RightAligned())
                .AddColumn(new TableColumn("Ours").RightAligned()).AddColumn(new TableColumn("Difference").RightAligned()).AddColumn("Likely cause");
            foreach (MetricReconciliation r in rows)
            {
                string theirs = (r.AmazonRate is { } rate ? $"{MetricLabels.Percent(rate)} ({Count(r.AmazonNumerator)}/{Count(r.AmazonDenominator)})" : "-")
                                + (r.AmazonStatus is { } status ? " " + status : "");
                string ours = $"{MetricLabels.Percent(r.Ours.Rate)} ({r.Ours.Numerator}/{r.Ours.Denominator}) {r.Ours.Status.ToReportName()}";
                string diff = r.RateDifference is { } d ? (d * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + " pt" : "-";
                table.AddRow(Markup.Escape(MetricLabels.Of(r.Kind)), Markup.Escape(MetricLabels.Window(r.AmazonWindow)), theirs, ours, diff,
                    Markup.Escape(string.Join(" ", r.Causes)));
            }

            ansi.Write(table);
            foreach (string note in read.Notes)
            {
                ansi.MarkupLine("[grey]note:[/] " + Markup.Escape(note));
            }

            return 0;
        }));
        return command;
    }

    private static string Count(int? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "?";

    private static AmazonMarketplacePerformance PickMarketplace(AmazonPerformanceReport report, string? wanted, SellerLedger ledger)
    {
        if (wanted is not null)
        {
            string id = AmazonMarketplace.TryFind(wanted, out AmazonMarketplace? known) ? known.Id.Value : wanted;
            return report.Marketplaces.FirstOrDefault(m => m.MarketplaceId.Value == id)
                   ?? throw CliException.Input(report.Marketplaces.IsEmpty
                       ? $"the report has no marketplace, so none matches '{wanted}'."
                       : $"the report has no marketplace '{wanted}'; it has {string.Join(", ", report.Marketplaces.Select(m => m.MarketplaceId.Value))}.");
        }

        if (report.Marketplaces.Length == 1)
        {
            return report.Marketplaces[0];
        }

        MarketplaceId[] ours = [.. ledger.Orders.Select(o => o.MarketplaceId).OfType<MarketplaceId>().Distinct()];
        if (ours.Length == 1 && report.Find(ours[0]) is { } match)
        {
            return match;
        }

        throw CliException.Input(report.Marketplaces.IsEmpty
            ? "the report states no marketplace that could be read (problems listed above)."
            : $"the report has several marketplaces ({string.Join(", ", report.Marketplaces.Select(m => m.MarketplaceId.Value))}); choose one with --marketplace.");
    }
}
