using System.CommandLine;
using System.Text.Json;
using NodaTime;
using SellerPolicy.Deadlines;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Returns;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy returns --ledger FILE [--at INSTANT]</c>: the return requests still open at an instant, with the seller's
/// deadlines (answer within 48 h, refund within 2 business days of receipt) and the label expiry.
/// </summary>
/// <remarks>
/// The return obligations of <see cref="SellerObligations.Open"/> (the same list <c>deadlines</c> prints), grouped by
/// request: <c>respond</c> (no answer yet), <c>refund</c> (received, not yet refunded), <c>label</c> (authorised, not
/// yet shipped back or received). Judged at the instant: an answer, a receipt or a refund after it has not happened yet.
/// </remarks>
internal static class ReturnsCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger(required: true);
        Option<string?> atOption = CliOptions.At();
        Option<bool> lenientOption = CliOptions.Lenient();
        Option<string?> formatOption = CliOptions.Format();
        Option<string?> policyOption = CliOptions.Policy();
        Option<FileInfo?> policyFileOption = CliOptions.PolicyFile();
        var command = new Command("returns", "List the return requests open at an instant with their deadlines: respond by, refund due by, label expires at.")
        {
            ledgerOption, atOption, lenientOption, formatOption, policyOption, policyFileOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            PolicyTimeline timeline = PolicySource.Resolve(parse, policyOption, policyFileOption);
            Instant? atGiven = parse.GetValue(atOption) is { } text ? CliOptions.ParseInstant(text, "--at") : null;
            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, null, lenientOption, console);
            SellerLedger ledger = loaded.Ledger;
            Instant at = atGiven ?? ledger.LatestInstant() ?? throw CliException.Input($"{loaded.Source} is empty: give --at INSTANT.");
            // The one list of obligations (src/SellerPolicy/Deadlines), narrowed to returns and grouped by request.
            OpenObligations open = SellerObligations.Open(ledger, at, timeline);
            var returnsByKey = ledger.Returns.ToDictionary(r => r.Key, StringComparer.Ordinal);
            var rows = open.Items
                .Where(o => ActionOf(o.Kind) is not null && returnsByKey.ContainsKey(o.Subject))
                .GroupBy(o => o.Subject, StringComparer.Ordinal)
                .Select(g => (Request: returnsByKey[g.Key], Items: g.Select(o => (Action: ActionOf(o.Kind)!, Due: o.DueAt)).ToList()))
                .OrderBy(row => row.Items.Min(i => i.Due))
                .ToList();
            if (format == OutputFormat.Json)
            {
                CliJson.Write(console.Out, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("at", CliOptions.FormatInstant(at));
                    json.WriteStartArray("openReturns");
                    foreach ((ReturnRequest r, List<(string Action, Instant Due)> items) in rows)
                    {
                        json.WriteStartObject();
                        if (r.ReturnId is { } id)
                        {
                            json.WriteString("returnId", id.Value);
                        }
                        else
                        {
                            json.WriteNull("returnId");
                        }

                        json.WriteString("orderId", r.OrderId.Value);
                        json.WriteString("sku", r.Sku.Value);
                        json.WriteString("requestedAt", CliOptions.FormatInstant(r.RequestedAt));
                        json.WriteString("status", r.Status.ToString());
                        json.WriteStartArray("deadlines");
                        foreach ((string action, Instant due) in items)
                        {
                            json.WriteStartObject();
                            json.WriteString("action", action);
                            json.WriteString("dueAt", CliOptions.FormatInstant(due));
                            json.WriteBoolean("overdue", at > due);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                return 0;
            }

            var table = new Table().Title($"[bold]open returns at {CliOptions.FormatInstantToSecond(at)} ({MetricLabels.Count(rows.Count)})[/]")
                .AddColumn("return").AddColumn("order").AddColumn("sku").AddColumn("requested").AddColumn("action").AddColumn("due").AddColumn("");
            foreach ((ReturnRequest r, List<(string Action, Instant Due)> items) in rows)
            {
                foreach ((string action, Instant due) in items)
                {
                    table.AddRow(
                        Markup.Escape(r.ReturnId?.Value ?? "-"), Markup.Escape(r.OrderId.Value), Markup.Escape(r.Sku.Value),
                        CliOptions.FormatInstantToSecond(r.RequestedAt), action, CliOptions.FormatInstantToSecond(due), at > due ? "[red]overdue[/]" : "");
                }
            }

            console.Ansi().Write(table);
            return 0;
        }));
        return command;
    }

    private static string? ActionOf(SellerObligationKind kind) => kind switch
    {
        SellerObligationKind.RespondToReturnRequest => "respond",
        SellerObligationKind.RefundReturn => "refund",
        SellerObligationKind.ReturnLabelExpiry => "label",
        _ => null,
    };
}
