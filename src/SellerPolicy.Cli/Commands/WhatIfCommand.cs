using SellerPolicy.Reporting;
using System.CommandLine;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy whatif [--ledger FILE | --sample] [--as-of DATE] --remove-feedback ORDER --withdraw-claim ID ...</c>:
/// applies hypothetical changes and lays the account health and the forecast before and after side by side.
/// </summary>
internal static class WhatIfCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger();
        Option<bool> sampleOption = CliOptions.Sample();
        Option<bool> lenientOption = CliOptions.Lenient();
        Option<string?> asOfOption = CliOptions.AsOf();
        Option<string?> atOption = new("--at")
        {
            Description = "When the hypothetical removals, withdrawals, reversals and wins happen (ISO-8601; default: the start of the as-of day).",
            HelpName = "INSTANT",
        };
        var removeFeedback = Many("--remove-feedback", "ORDER", "The buyer (or Amazon) removes the feedback on this order.");
        var withdrawClaim = Many("--withdraw-claim", "CLAIM", "The buyer withdraws this A-to-z claim.");
        var reverseClaim = Many("--reverse-claim", "CLAIM", "This claim's decision is reversed on appeal.");
        var winChargeback = Many("--win-chargeback", "CHARGEBACK", "This chargeback is decided for the seller.");
        var extraOrders = new Option<int>("--extra-orders") { Description = "Add this many clean orders per day (with --extra-from and --extra-to).", HelpName = "N" };
        var extraFrom = new Option<string?>("--extra-from") { Description = "The first purchase day of the extra orders (YYYY-MM-DD).", HelpName = "DATE" };
        var extraTo = new Option<string?>("--extra-to") { Description = "The last purchase day of the extra orders (YYYY-MM-DD).", HelpName = "DATE" };
        var extraChannel = new Option<string>("--extra-channel")
        {
            Description = "The channel of the extra orders: MFN (default) or AFN.",
            DefaultValueFactory = _ => "MFN",
            HelpName = "MFN|AFN",
        };
        extraChannel.AcceptOnlyFromAmong("MFN", "AFN");
        Option<string?> policyOption = CliOptions.Policy();
        Option<FileInfo?> policyFileOption = CliOptions.PolicyFile();
        Option<string?> formatOption = CliOptions.Format();
        var command = new Command("whatif", "What if a feedback were removed, a claim withdrawn or reversed, a chargeback won, or more clean orders came in? Account health and forecast before and after.")
        {
            ledgerOption, sampleOption, lenientOption, asOfOption, atOption, removeFeedback, withdrawClaim, reverseClaim, winChargeback,
            extraOrders, extraFrom, extraTo, extraChannel, policyOption, policyFileOption, formatOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            PolicyChoice choice = PolicySource.Choose(parse, policyOption, policyFileOption);
            PolicyTimeline timeline = choice.Timeline;
            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, sampleOption, lenientOption, console, choice.Pack.Name);
            LocalDate asOf = AsOf.Day(parse.GetValue(asOfOption), loaded.Ledger, timeline);
            MarketplacePolicy policy = timeline.For(asOf);
            Instant at = parse.GetValue(atOption) is { } atText ? CliOptions.ParseInstant(atText, "--at") : policy.Reporting.StartOf(asOf);

            var changes = new List<HypotheticalChange>();
            changes.AddRange((parse.GetValue(removeFeedback) ?? []).Select(id => new RemoveFeedback(new OrderId(id), at)));
            changes.AddRange((parse.GetValue(withdrawClaim) ?? []).Select(id => new WithdrawClaim(new ClaimId(id), at)));
            changes.AddRange((parse.GetValue(reverseClaim) ?? []).Select(id => new ReverseClaim(new ClaimId(id), at)));
            changes.AddRange((parse.GetValue(winChargeback) ?? []).Select(id => new WinChargeback(new ChargebackId(id), at)));
            int perDay = parse.GetValue(extraOrders);
            if (perDay < 0)
            {
                throw CliException.Usage($"--extra-orders must not be negative, was {perDay}.");
            }

            if (perDay > 0)
            {
                string from = parse.GetValue(extraFrom) ?? throw CliException.Usage("--extra-orders needs --extra-from DATE and --extra-to DATE.");
                string to = parse.GetValue(extraTo) ?? throw CliException.Usage("--extra-orders needs --extra-from DATE and --extra-to DATE.");
                LocalDate fromDay = CliOptions.ParseDate(from, "--extra-from");
                LocalDate toDay = CliOptions.ParseDate(to, "--extra-to");
                if (fromDay > toDay)
                {
                    throw CliException.Usage($"--extra-from ({from}) must not be after --extra-to ({to}).");
                }

                FulfillmentChannel channel = parse.GetValue(extraChannel) == "AFN" ? FulfillmentChannel.Afn : FulfillmentChannel.Mfn;
                changes.Add(new ExtraCleanOrders(perDay, new DayWindow(fromDay, toDay), channel));
            }

            if (changes.Count == 0)
            {
                throw CliException.Usage("give at least one change: --remove-feedback, --withdraw-claim, --reverse-claim, --win-chargeback or --extra-orders.");
            }

            if (WhatIf.FindViolation(loaded.Ledger, changes, policy) is { } violation)
            {
                throw CliException.Input(violation.Rule);
            }

            WhatIfComparison comparison = WhatIf.Compare(loaded.Ledger, asOf, policy, changes);

            if (format == OutputFormat.Json)
            {
                WriteJson(console, comparison);
            }
            else
            {
                WriteTable(console.Ansi(), comparison);
            }

            return 0;
        }));
        return command;
    }

    private static Option<string[]> Many(string name, string helpName, string description) => new(name)
    {
        Description = description + " Repeatable.",
        HelpName = helpName,
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static void WriteJson(CliConsole console, WhatIfComparison c)
        => CliJson.Write(console.Out, w => HealthReportJson.WriteWhatIf(w, c));

    private static void WriteTable(IAnsiConsole ansi, WhatIfComparison c)
    {
        ansi.MarkupLine($"[bold]What if[/] as of [bold]{CliOptions.FormatDate(c.Before.AsOf)}[/] · policy {Markup.Escape(c.Before.PolicyVersion)}");
        foreach (HypotheticalChange change in c.Changes)
        {
            ansi.MarkupLine($"  · {Markup.Escape(change.ToString())}");
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Metric")
            .AddColumn(new TableColumn("Before").RightAligned())
            .AddColumn(new TableColumn("After").RightAligned())
            .AddColumn("Back on target (before → after)");
        foreach (MetricResult before in c.Before.Metrics)
        {
            MetricResult after = c.After[before.Id];
            string Day(LocalDate? d, MetricStatus status) => status == MetricStatus.Bad ? (d is { } v ? CliOptions.FormatDate(v) : "beyond horizon") : "-";
            table.AddRow(
                Markup.Escape(before.Label),
                $"{Value(before)} {MetricLabels.StatusMarkup(before.Status)}",
                $"{Value(after)} {MetricLabels.StatusMarkup(after.Status)}",
                $"{Day(c.BeforeForecast[before.Id].GoodFrom, before.Status)} → {Day(c.AfterForecast[before.Id].GoodFrom, after.Status)}");
        }

        ansi.Write(table);
    }

    private static string Value(MetricResult m)
        => m.Status == MetricStatus.None ? "-" : $"{MetricLabels.Percent(m.Rate)} ({MetricLabels.Count(m.Numerator)}/{MetricLabels.Count(m.Denominator)})";
}
