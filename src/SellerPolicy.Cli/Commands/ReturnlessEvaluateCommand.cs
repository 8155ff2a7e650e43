using System.CommandLine;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Returns;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary><c>sellerpolicy returnless evaluate --ledger FILE --rules FILE</c>: the decision on every return request, with the rule, the reasons and the economics.</summary>
internal static class ReturnlessEvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger(required: true);
        Option<FileInfo[]> rulesOption = ReturnlessCommand.Rules("The returnless rules file (JSON; see docs/returns.md).");
        Option<bool> lenientOption = CliOptions.Lenient();
        Option<string?> formatOption = CliOptions.Format();
        Option<string?> policyOption = CliOptions.Policy();
        Option<FileInfo?> policyFileOption = CliOptions.PolicyFile();
        var command = new Command("evaluate", "Decide every return request of the ledger: Returnless, RequireReturn or ManualReview, with the rule, the reasons and the economics.")
        {
            ledgerOption, rulesOption, lenientOption, formatOption, policyOption, policyFileOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            FileInfo[] files = parse.GetValue(rulesOption) ?? [];
            if (files.Length != 1)
            {
                throw CliException.Usage("returnless evaluate takes exactly one --rules FILE (compare several with returnless simulate).");
            }

            PolicyTimeline timeline = PolicySource.Resolve(parse, policyOption, policyFileOption);
            ReturnlessRuleSet rules = ReturnlessCommand.LoadRules(files[0]);
            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, null, lenientOption, console);
            var evaluations = ReturnlessEvaluator.Evaluate(loaded.Ledger, rules, timeline);
            if (format == OutputFormat.Json)
            {
                CliJson.Write(console.Out, json =>
                {
                    json.WriteStartArray();
                    foreach (ReturnlessEvaluation e in evaluations)
                    {
                        json.WriteStartObject();
                        if (e.Request.ReturnId is { } id)
                        {
                            json.WriteString("returnId", id.Value);
                        }
                        else
                        {
                            json.WriteNull("returnId");
                        }

                        json.WriteString("orderId", e.Request.OrderId.Value);
                        json.WriteString("sku", e.Request.Sku.Value);
                        json.WriteString("requestedAt", CliOptions.FormatInstant(e.Request.RequestedAt));
                        json.WriteString("decision", e.Decision.ToString());
                        if (e.Rule is null)
                        {
                            json.WriteNull("rule");
                        }
                        else
                        {
                            json.WriteString("rule", e.Rule);
                        }

                        json.WriteStartArray("reasons");
                        foreach (string reason in e.Reasons)
                        {
                            json.WriteStringValue(reason);
                        }

                        json.WriteEndArray();
                        ReturnlessCommand.WriteMoney(json, "refundAmount", e.RefundAmount);
                        ReturnlessCommand.WriteMoney(json, "returnCostAvoided", e.ReturnCostAvoided);
                        ReturnlessCommand.WriteMoney(json, "valueGivenAway", e.ValueGivenAway);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
                return 0;
            }

            var table = new Table().Title($"[bold]returnless: {Markup.Escape(files[0].Name)} on {Markup.Escape(loaded.Source)}[/]")
                .AddColumn("return").AddColumn("decision").AddColumn("rule").AddColumn("reasons")
                .AddColumn(new TableColumn("refund").RightAligned()).AddColumn(new TableColumn("cost avoided").RightAligned()).AddColumn(new TableColumn("value given").RightAligned());
            foreach (ReturnlessEvaluation e in evaluations)
            {
                string colour = e.Decision switch { ReturnlessDecision.Returnless => "green", ReturnlessDecision.ManualReview => "yellow", _ => "default" };
                table.AddRow(
                    Markup.Escape(e.Key),
                    $"[{colour}]{e.Decision}[/]",
                    Markup.Escape(e.Rule ?? "-"),
                    Markup.Escape(string.Join("; ", e.Reasons)),
                    ReturnlessCommand.Text(e.RefundAmount),
                    ReturnlessCommand.Text(e.ReturnCostAvoided),
                    ReturnlessCommand.Text(e.ValueGivenAway));
            }

            console.Ansi().Write(table);
            return 0;
        }));
        return command;
    }
}
