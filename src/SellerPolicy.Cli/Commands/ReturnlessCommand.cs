using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SellerPolicy.Ingestion.Returnless;
using SellerPolicy.Ledger;
using SellerPolicy.Returns;

namespace SellerPolicy.Cli;

/// <summary><c>sellerpolicy returnless evaluate|simulate</c>: returnless-refund rules on a ledger's return requests (docs/returns.md).</summary>
internal static class ReturnlessCommand
{
    public static Command Create(CliConsole console)
        => new("returnless", "Returnless-refund rules: decide each return request, or compare candidate rule sets on past returns.")
        {
            ReturnlessEvaluateCommand.Create(console),
            ReturnlessSimulateCommand.Create(console),
        };

    public static Option<FileInfo[]> Rules(string description) => new("--rules")
    {
        Description = description,
        Required = true,
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Reads a rules file; every problem (file, line, JSON path) goes into one bad-input error.</summary>
    public static ReturnlessRuleSet LoadRules(FileInfo file)
    {
        CliFiles.Input(file, "rules file");

        ReturnlessRulesResult result = ReturnlessRulesReader.ReadFile(file.FullName);
        return result.Succeeded
            ? result.RuleSet
            : throw CliException.Input($"{file.Name} is not a valid rules file ({result.Problems.Length} problem{(result.Problems.Length == 1 ? "" : "s")}):"
                + Environment.NewLine + string.Join(Environment.NewLine, result.Problems.Select(p => "  " + p)));
    }

    public static void WriteMoney(Utf8JsonWriter json, string name, Money money)
    {
        json.WriteStartObject(name);
        json.WriteNumber("amount", money.Amount);
        json.WriteString("currency", money.Currency);
        json.WriteEndObject();
    }

    public static string Text(Money money) => money.Amount.ToString("0.00", CultureInfo.InvariantCulture) + " " + money.Currency;
}
