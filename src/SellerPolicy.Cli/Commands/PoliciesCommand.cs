using System.CommandLine;
using SellerPolicy.Marketplaces;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary>
/// <c>sellerpolicy policies [--format table|json]</c>: the built-in policies (<see cref="MarketplacePacks"/>): each
/// name <c>--policy</c> accepts, its marketplace, and its versions with their effective dates and metrics.
/// </summary>
internal static class PoliciesCommand
{
    public static Command Create(CliConsole console)
    {
        Option<string?> formatOption = CliOptions.Format();
        var command = new Command("policies", "The built-in policies --policy accepts: each marketplace pack (Amazon, eBay, Walmart) and named variant, with its versions, effective dates, evaluation days and metrics.")
        {
            formatOption,
        };
        command.SetAction(parse => CommandRunner.Run(console, () =>
        {
            OutputFormat format = CliOptions.ResolveFormat(parse.GetValue(formatOption), console);
            List<(string Name, MarketplacePack Pack, PolicyTimeline Timeline)> policies = [.. Listed()];
            if (format == OutputFormat.Json)
            {
                WriteJson(console, policies);
            }
            else
            {
                WriteTable(console.Ansi(), policies);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>Every name <c>--policy</c> accepts, in the registry's order, with its pack and timeline.</summary>
    internal static IEnumerable<(string Name, MarketplacePack Pack, PolicyTimeline Timeline)> Listed()
    {
        foreach (string name in MarketplacePacks.Names)
        {
            if (MarketplacePacks.TryGetTimeline(name, out PolicyTimeline? timeline) && MarketplacePacks.ForPolicy(timeline.Name) is { } pack)
            {
                yield return (name, pack, timeline);
            }
        }
    }

    private static void WriteJson(CliConsole console, List<(string Name, MarketplacePack Pack, PolicyTimeline Timeline)> policies)
        => CliJson.Write(console.Out, w =>
        {
            w.WriteStartObject();
            w.WriteString("default", MarketplacePacks.Amazon.Name);
            w.WriteStartArray("policies");
            foreach ((string name, MarketplacePack pack, PolicyTimeline timeline) in policies)
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteString("marketplace", pack.Name);
                w.WriteString("displayName", pack.DisplayName);
                w.WriteString("evaluation", pack.Evaluation.ToString());
                CliJson.WriteStrings(w, "sellerLevels", pack.Levels?.Names ?? []);
                w.WriteStartArray("versions");
                foreach (MarketplacePolicy version in timeline.Versions)
                {
                    w.WriteStartObject();
                    w.WriteString("version", version.Version);
                    w.WriteString("effectiveFrom", CliOptions.FormatDate(version.EffectiveFrom));
                    w.WriteString("reportingZone", version.Reporting.Zone.Id);
                    CliJson.WriteStrings(w, "metrics", version.Metrics.Select(m => m.Id.Value));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static void WriteTable(IAnsiConsole ansi, List<(string Name, MarketplacePack Pack, PolicyTimeline Timeline)> policies)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("--policy")
            .AddColumn("Marketplace")
            .AddColumn("Version")
            .AddColumn("Effective from")
            .AddColumn(new TableColumn("Metrics").RightAligned())
            .AddColumn("Evaluated");
        foreach ((string name, MarketplacePack pack, PolicyTimeline timeline) in policies)
        {
            bool first = true;
            foreach (MarketplacePolicy version in timeline.Versions)
            {
                table.AddRow(
                    first ? Markup.Escape(name) : string.Empty,
                    first ? Markup.Escape(pack.DisplayName) : string.Empty,
                    Markup.Escape(version.Version),
                    CliOptions.FormatDate(version.EffectiveFrom),
                    MetricLabels.Count(version.Metrics.Count),
                    first ? Markup.Escape(pack.Evaluation.ToString()) : string.Empty);
                first = false;
            }
        }

        ansi.Write(table);
        ansi.MarkupLine("[grey]A timeline judges each day by the version in effect on it. `--policy-file FILE` overrides a base policy's numbers (docs/policies.md).[/]");
        foreach (MarketplacePack pack in policies.Select(p => p.Pack).Distinct())
        {
            IEnumerable<string> metrics = pack.Metrics.Select(m => m.Label);
            string levels = pack.Levels is { } l ? $"; seller levels {string.Join(", ", l.Names)}" : string.Empty;
            ansi.MarkupLine($"[bold]{Markup.Escape(pack.DisplayName)}[/]: {Markup.Escape(string.Join("; ", metrics))}{Markup.Escape(levels)}.");
        }
    }
}
