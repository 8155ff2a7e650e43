using System.CommandLine;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Sample;

namespace SellerPolicy.Cli;

/// <summary><c>sellerpolicy sample --orders N [--seed S] [--marketplace amazon|ebay|walmart] [--catalogue N] [--style compact|spaced]</c>: writes a realistic synthetic ledger (JSON Lines) to stdout.</summary>
internal static class SampleCommand
{
    public static Command Create(CliConsole console)
    {
        var ordersOption = new Option<int>("--orders")
        {
            Description = "How many orders to generate (spread over a year, with a holiday peak).",
            Required = true,
            HelpName = "N",
        };
        var seedOption = new Option<int>("--seed")
        {
            Description = "The random seed: the same seed gives the same ledger on every machine (default 7).",
            DefaultValueFactory = _ => 7,
            HelpName = "S",
        };
        var firstDayOption = new Option<string?>("--first-day")
        {
            Description = "The first purchase day (YYYY-MM-DD; default 2025-11-01). The export is taken at the end of the 365th day.",
            HelpName = "DATE",
        };
        var marketplaceOption = new Option<string?>("--marketplace")
        {
            Description = $"The marketplace the seller sells on: {string.Join(", ", SampleLedgerOptions.Marketplaces)} (default amazon; ebay and walmart sellers ship every order themselves).",
            HelpName = "NAME",
        };
        var catalogueOption = new Option<int>("--catalogue")
        {
            Description = "A generated catalogue of N SKUs with varied prices, each equally likely (default: the sample seller's own 40).",
            HelpName = "N",
        };
        var styleOption = new Option<string?>("--style")
        {
            Description = "compact (default, the ledger's own) or spaced (spaces after separators, fields in alphabetical order, as another tool writes).",
            HelpName = "STYLE",
        };
        var command = new Command("sample", "Write a realistic synthetic ledger (JSON Lines) to stdout: a year of an MFN/AFN seller's orders with cancellations, late shipments, feedback, claims, chargebacks, returns and one bad stretch.")
        {
            ordersOption, seedOption, firstDayOption, marketplaceOption, catalogueOption, styleOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            int orders = parse.GetValue(ordersOption);
            if (orders <= 0)
            {
                throw CliException.Usage($"--orders must be positive, was {orders}.");
            }

            string marketplace = parse.GetValue(marketplaceOption) ?? "amazon";
            if (!SampleLedgerOptions.Marketplaces.Contains(marketplace, StringComparer.OrdinalIgnoreCase))
            {
                throw CliException.Usage($"--marketplace must be one of {string.Join(", ", SampleLedgerOptions.Marketplaces)}, was '{marketplace}'.");
            }

            int catalogue = parse.GetValue(catalogueOption);
            if (catalogue is < 0 or > 1_000_000)
            {
                throw CliException.Usage($"--catalogue must be 1-1000000 SKUs, was {catalogue}.");
            }

            string styleName = parse.GetValue(styleOption) ?? "compact";
            if (!Enum.TryParse(styleName, ignoreCase: true, out LedgerWriteStyle style) || !Enum.IsDefined(style) || char.IsDigit(styleName[0]))
            {
                throw CliException.Usage($"--style must be compact or spaced, was '{styleName}'.");
            }

            var options = SampleLedgerOptions.ForMarketplace(marketplace) with { Orders = orders, Seed = parse.GetValue(seedOption), Catalogue = catalogue };
            if (parse.GetValue(firstDayOption) is { } firstDay)
            {
                options = options with { FirstDay = CliOptions.ParseDate(firstDay, "--first-day") };
            }

            console.WriteRaw(stream => LedgerWriter.Write(SampleLedgerGenerator.Stream(options), stream, style));
            return 0;
        }));
        return command;
    }
}
