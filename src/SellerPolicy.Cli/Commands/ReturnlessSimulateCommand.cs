using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SellerPolicy.Policies;
using SellerPolicy.Returns;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary><c>sellerpolicy returnless simulate --ledger FILE --rules A --rules B ...</c>: candidate rule sets side by side on past returns.</summary>
internal static class ReturnlessSimulateCommand
{
    public static Command Create(CliConsole console)
    {
        Option<FileInfo?> ledgerOption = CliOptions.Ledger(required: true);
        Option<FileInfo[]> rulesOption = ReturnlessCommand.Rules("A candidate rules file (JSON); repeat --rules to compare several.");
        Option<bool> lenientOption = CliOptions.Lenient();
        Option<string?> formatOption = CliOptions.Format();
        Option<string?> policyOption = CliOptions.Policy();
        Option<FileInfo?> policyFileOption = CliOptions.PolicyFile();
        var command = new Command("simulate", "Try candidate rule sets on the ledger's past returns: decisions, money refunded without a return, return costs avoided, value given away and the net under each file's recovery rate.")
        {
            ledgerOption, rulesOption, lenientOption, formatOption, policyOption, policyFileOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            FileInfo[] files = parse.GetValue(rulesOption) ?? [];
            if (files.Length == 0)
            {
                throw CliException.Usage("give at least one --rules FILE.");
            }

            PolicyTimeline timeline = PolicySource.Resolve(parse, policyOption, policyFileOption);
            bool sameNames = files.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count() != files.Length;
            var candidates = new List<(string, ReturnlessRuleSet)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (FileInfo file in files)
            {
                string name = sameNames ? file.FullName : file.Name;
                if (!seen.Add(name))
                {
                    throw CliException.Usage($"--rules {name} is given twice.");
                }

                candidates.Add((name, ReturnlessCommand.LoadRules(file)));
            }

            LoadedLedger loaded = LedgerSource.Load(parse, ledgerOption, null, lenientOption, console);
            ReturnlessSimulation simulation = ReturnlessSimulation.Run(loaded.Ledger, candidates, timeline);
            if (format == OutputFormat.Json)
            {
                CliJson.Write(console.Out, json =>
                {
                    json.WriteStartArray();
                    foreach (ReturnlessCandidate c in simulation.Candidates)
                    {
                        json.WriteStartObject();
                        json.WriteString("name", c.Name);
                        json.WriteString("currency", c.RuleSet.Currency);
                        json.WriteNumber("recoveryRate", c.RuleSet.RecoveryRate);
                        WriteTotals(json, c.Totals);
                        json.WriteStartArray("perRule");
                        foreach (ReturnlessRuleTotals rule in c.PerRule)
                        {
                            json.WriteStartObject();
                            json.WriteString("rule", rule.Rule);
                            WriteTotals(json, rule.Totals);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
                return 0;
            }

            var table = new Table().Title($"[bold]returnless simulation on {Markup.Escape(loaded.Source)}[/]").AddColumn("");
            foreach (ReturnlessCandidate c in simulation.Candidates)
            {
                table.AddColumn(new TableColumn(Markup.Escape(c.Name)).RightAligned());
            }

            void Row(string label, Func<ReturnlessCandidate, string> value)
                => table.AddRow([label, .. simulation.Candidates.Select(c => Markup.Escape(value(c)))]);

            static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
            Row("return requests", c => N(c.Totals.Requests));
            Row("returnless", c => N(c.Totals.Returnless));
            Row("return required", c => N(c.Totals.RequireReturn));
            Row("manual review", c => N(c.Totals.ManualReview));
            Row("refunded without return", c => ReturnlessCommand.Text(c.Totals.RefundedWithoutReturn));
            Row("return costs avoided", c => ReturnlessCommand.Text(c.Totals.ReturnCostAvoided));
            Row("value given away", c => ReturnlessCommand.Text(c.Totals.ValueGivenAway));
            Row("recovery rate", c => c.RuleSet.RecoveryRate.ToString("0.##", CultureInfo.InvariantCulture));
            Row("recovery forgone", c => ReturnlessCommand.Text(c.Totals.RecoveryForgone));
            Row("net (avoided - forgone)", c => ReturnlessCommand.Text(c.Totals.Net));
            console.Ansi().Write(table);
            foreach (ReturnlessCandidate c in simulation.Candidates)
            {
                var rules = new Table().Title($"per rule: {Markup.Escape(c.Name)}").AddColumn("rule")
                    .AddColumn(new TableColumn("returnless").RightAligned()).AddColumn(new TableColumn("guard review").RightAligned())
                    .AddColumn(new TableColumn("cost avoided").RightAligned()).AddColumn(new TableColumn("value given").RightAligned()).AddColumn(new TableColumn("net").RightAligned());
                foreach (ReturnlessRuleTotals r in c.PerRule)
                {
                    rules.AddRow(Markup.Escape(r.Rule), N(r.Totals.Returnless), N(r.Totals.ManualReview), ReturnlessCommand.Text(r.Totals.ReturnCostAvoided), ReturnlessCommand.Text(r.Totals.ValueGivenAway), ReturnlessCommand.Text(r.Totals.Net));
                }

                console.Ansi().Write(rules);
            }

            return 0;
        }));
        return command;
    }

    private static void WriteTotals(Utf8JsonWriter json, ReturnlessTotals t)
    {
        json.WriteNumber("requests", t.Requests);
        json.WriteNumber("returnless", t.Returnless);
        json.WriteNumber("requireReturn", t.RequireReturn);
        json.WriteNumber("manualReview", t.ManualReview);
        ReturnlessCommand.WriteMoney(json, "refundedWithoutReturn", t.RefundedWithoutReturn);
        ReturnlessCommand.WriteMoney(json, "returnCostAvoided", t.ReturnCostAvoided);
        ReturnlessCommand.WriteMoney(json, "valueGivenAway", t.ValueGivenAway);
        ReturnlessCommand.WriteMoney(json, "recoveryForgone", t.RecoveryForgone);
        ReturnlessCommand.WriteMoney(json, "net", t.Net);
    }
}
