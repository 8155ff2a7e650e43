using System.CommandLine;
using NodaTime;
using SellerPolicy.Deadlines;
using SellerPolicy.Policies;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy deadlines --ledger FILE [--at INSTANT] [--suspended-at INSTANT]</c>: the seller's open obligations
/// at an instant, soonest due first (overdue ones lead): the morning check.
/// </summary>
internal static class DeadlinesCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger(required: true);
        Option<bool> lenientOption = CliOptions.Lenient();
        Option<string?> atOption = CliOptions.At();
        var suspendedOption = new Option<string?>("--suspended-at")
        {
            Description = "When the account was suspended, if it was (adds the plan-of-action deadline; the ledger has no suspension record).",
            HelpName = "INSTANT",
        };
        Option<string?> formatOption = CliOptions.Format();
        Option<string?> policyOption = CliOptions.Policy();
        Option<FileInfo?> policyFileOption = CliOptions.PolicyFile();
        var command = new Command("deadlines", "The seller's open obligations at an instant, soonest due first: answer buyers and claims, respond to chargebacks and return requests, refund received returns, appeal, plan of action.")
        {
            ledgerOption, atOption, suspendedOption, formatOption, policyOption, policyFileOption, lenientOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            PolicyTimeline timeline = PolicySource.Resolve(parse, policyOption, policyFileOption);
            string? suspendedText = parse.GetValue(suspendedOption);
            Instant? suspendedAt = suspendedText is null ? null : CliOptions.ParseInstant(suspendedText, "--suspended-at");
            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, null, lenientOption, console);
            Instant at = ClaimCommand.ResolveAt(parse.GetValue(atOption), loaded);
            OpenObligations open = SellerObligations.Open(loaded.Ledger, at, timeline, suspendedAt);

            if (format == OutputFormat.Json)
            {
                CliJson.Write(console.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("at", CliOptions.FormatInstant(at));
                    w.WriteString("policy", timeline.Name);
                    w.WriteNumber("overdue", open.OverdueCount);
                    w.WriteStartArray("obligations");
                    foreach (SellerObligation o in open.Items)
                    {
                        w.WriteStartObject();
                        w.WriteString("kind", o.Kind.ToString());
                        if (o.OrderId is { } id)
                        {
                            w.WriteString("orderId", id.Value);
                        }
                        else
                        {
                            w.WriteNull("orderId");
                        }

                        w.WriteString("subject", o.Subject);
                        w.WriteString("startedAt", CliOptions.FormatInstant(o.StartedAt));
                        w.WriteString("dueAt", CliOptions.FormatInstant(o.DueAt));
                        w.WriteBoolean("overdue", open.IsOverdue(o));
                        w.WriteString("ifMissed", o.IfMissed);
                        w.WriteString("rule", o.Rule);
                        w.WriteString("policy", o.PolicyVersion);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return 0;
            }

            WriteTable(console.Ansi(), open, $"Open obligations at {CliOptions.FormatInstantToSecond(at)}");
            return 0;
        }));
        return command;
    }

    /// <summary>Writes <paramref name="open"/> as a table, overdue rows in red; a line saying so when there are none.</summary>
    internal static void WriteTable(IAnsiConsole ansi, OpenObligations open, string title)
    {
        if (open.Items.IsEmpty)
        {
            ansi.MarkupLine($"[bold]{Markup.Escape(title)}[/]: none.");
            return;
        }

        var table = new Table().Title($"[bold]{Markup.Escape(title)}[/]")
            .AddColumn("due").AddColumn("left").AddColumn("what").AddColumn("order").AddColumn("subject").AddColumn("if missed");
        foreach (SellerObligation o in open.Items)
        {
            bool overdue = open.IsOverdue(o);
            Duration left = open.TimeLeft(o);
            string leftText = overdue ? $"[red]overdue {Span(-left)}[/]" : Span(left);
            table.AddRow(
                CliOptions.FormatInstantToSecond(o.DueAt), leftText, o.Kind.ToString(), Markup.Escape(o.OrderId?.Value ?? "-"),
                Markup.Escape(o.Subject), Markup.Escape(o.IfMissed));
        }

        ansi.Write(table);
    }

    private static string Span(Duration d)
        => d.Days > 0 ? $"{d.Days}d {d.Hours}h" : d.Hours > 0 ? $"{d.Hours}h {d.Minutes}m" : $"{d.Minutes}m";
}
