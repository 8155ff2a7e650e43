using System.CommandLine;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Deadlines;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy claim --ledger FILE --order ID --reason REASON [--at INSTANT]</c>: may the buyer file an A-to-z
/// claim on that order now? Verdict, reason code, window, rule, evidence to prepare and the order's open deadlines.
/// </summary>
internal static class ClaimCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger(required: true);
        Option<bool> lenientOption = CliOptions.Lenient();
        var orderOption = new Option<string>("--order") { Description = "The order id.", Required = true, HelpName = "ID" };
        var reasonOption = new Option<string>("--reason")
        {
            Description = $"The claim reason: {string.Join(", ", Enum.GetNames<ClaimReason>())}.",
            Required = true,
            HelpName = "REASON",
        };
        Option<string?> atOption = CliOptions.At();
        Option<string?> formatOption = CliOptions.Format();
        Option<string?> policyOption = CliOptions.Policy();
        Option<FileInfo?> policyFileOption = CliOptions.PolicyFile();
        var command = new Command("claim", "A-to-z Guarantee eligibility of an order for a reason at an instant: verdict, reason code, window [opensAt, closesAt], the rule, the evidence to prepare, and the order's open deadlines.")
        {
            ledgerOption, orderOption, reasonOption, atOption, formatOption, policyOption, policyFileOption, lenientOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            string reasonText = parse.GetValue(reasonOption) ?? string.Empty;
            if (!Enum.TryParse(reasonText.Trim(), ignoreCase: true, out ClaimReason reason) || !Enum.IsDefined(reason) || int.TryParse(reasonText, out _))
            {
                throw CliException.Usage($"--reason must be one of {string.Join(", ", Enum.GetNames<ClaimReason>())}, was '{reasonText}'.");
            }

            PolicyTimeline timeline = PolicySource.Resolve(parse, policyOption, policyFileOption);
            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, null, lenientOption, console);
            string orderText = (parse.GetValue(orderOption) ?? string.Empty).Trim();
            if (orderText.Length == 0)
            {
                throw CliException.Usage("--order must not be empty.");
            }

            var orderId = new OrderId(orderText);
            if (!loaded.Ledger.ContainsOrder(orderId))
            {
                throw CliException.Input($"{loaded.Source} has no order {orderId}.");
            }

            Instant at = ResolveAt(parse.GetValue(atOption), loaded);
            OrderHistory history = loaded.Ledger.GetHistory(orderId);
            if (at < history.Order.PurchasedAt)
            {
                throw CliException.Input(
                    $"--at {CliOptions.FormatInstant(at)} is before order {orderId} was placed ({CliOptions.FormatInstant(history.Order.PurchasedAt)}): no claim can be filed on an order that does not exist yet.");
            }

            ClaimEligibility verdict = ClaimEligibilityRules.Evaluate(history, reason, at, timeline);
            OpenObligations deadlines = SellerObligations.ForOrder(history, at, timeline);

            if (format == OutputFormat.Json)
            {
                CliJson.Write(console.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("orderId", verdict.OrderId.Value);
                    w.WriteString("reason", verdict.Reason.ToString());
                    w.WriteBoolean("eligible", verdict.Eligible);
                    w.WriteString("code", verdict.Code.ToString());
                    WriteInstant(w, "opensAt", verdict.OpensAt);
                    WriteInstant(w, "closesAt", verdict.ClosesAt);
                    w.WriteString("rule", verdict.Rule);
                    w.WriteString("policy", verdict.PolicyVersion);
                    w.WriteEndObject();
                });
                return 0;
            }

            IAnsiConsole ansi = console.Ansi();
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            grid.AddRow("order", Markup.Escape(verdict.OrderId.Value));
            grid.AddRow("reason", verdict.Reason.ToString());
            grid.AddRow("at", CliOptions.FormatInstantToSecond(at));
            grid.AddRow("verdict", verdict.Eligible ? "[green]eligible[/]" : "[red]not eligible[/]");
            grid.AddRow("code", verdict.Code.ToString());
            grid.AddRow("window", $"{Show(verdict.OpensAt)} .. {Show(verdict.ClosesAt)}");
            grid.AddRow("rule", Markup.Escape(verdict.Rule));
            if (verdict.Failures.Length > 1)
            {
                grid.AddRow("also", string.Join(", ", verdict.Failures.Skip(1)));
            }

            grid.AddRow("policy", Markup.Escape(verdict.PolicyVersion));
            ansi.Write(grid);
            ansi.WriteLine();
            ansi.MarkupLine("[bold]Evidence to prepare[/]");
            foreach (string line in verdict.Evidence)
            {
                ansi.MarkupLine("  - " + Markup.Escape(line));
            }

            ansi.WriteLine();
            DeadlinesCommand.WriteTable(ansi, deadlines, "Open deadlines on this order");
            return 0;
        }));
        return command;
    }

    /// <summary>Resolves <c>--at</c>, defaulting to the ledger's latest event.</summary>
    internal static Instant ResolveAt(string? value, LoadedLedger loaded)
    {
        if (value is not null)
        {
            return CliOptions.ParseInstant(value, "--at");
        }

        return loaded.Ledger.LatestInstant() ?? throw CliException.Input($"{loaded.Source} holds no events: give --at INSTANT.");
    }

    private static string Show(Instant? instant) => instant is { } i ? CliOptions.FormatInstantToSecond(i) : "unknown";

    private static void WriteInstant(System.Text.Json.Utf8JsonWriter w, string name, Instant? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, CliOptions.FormatInstant(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
