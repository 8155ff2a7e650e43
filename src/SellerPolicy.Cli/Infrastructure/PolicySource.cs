using System.CommandLine;
using SellerPolicy.Ingestion.PolicyFile;
using SellerPolicy.Marketplaces;
using SellerPolicy.Policies;

namespace SellerPolicy.Cli;

/// <summary>A resolved <c>--policy</c> / <c>--policy-file</c>: the marketplace pack and the policy timeline to judge by.</summary>
/// <param name="Pack">The pack of the policy's marketplace (its catalog, evaluation calendar and seller levels).</param>
/// <param name="Timeline">The versions to judge by: the pack's own, a named variant of it, or a policy file's.</param>
internal sealed record PolicyChoice(MarketplacePack Pack, PolicyTimeline Timeline)
{
    /// <summary>Gets whether the choice is Amazon's (whose JSON is the contract shaped like Amazon's V2 report).</summary>
    public bool IsAmazon => Pack.Name == MarketplacePacks.Amazon.Name;
}

/// <summary>
/// Resolves <c>--policy NAME</c> or <c>--policy-file FILE</c> through the one registry <see cref="MarketplacePacks"/>
/// (default: the built-in Amazon timeline).
/// </summary>
internal static class PolicySource
{
    public static PolicyTimeline Resolve(ParseResult parse, Option<string?> policyOption, Option<FileInfo?> policyFileOption)
        => Choose(parse, policyOption, policyFileOption).Timeline;

    public static PolicyChoice Choose(ParseResult parse, Option<string?> policyOption, Option<FileInfo?> policyFileOption)
    {
        string? name = parse.GetValue(policyOption);
        FileInfo? file = parse.GetValue(policyFileOption);
        if (name is not null && file is not null)
        {
            throw CliException.Usage("give either --policy NAME or --policy-file FILE, not both (a policy file names its base policy).");
        }

        if (file is not null)
        {
            CliFiles.Input(file, "policy file");

            PolicyFileResult result = PolicyFileReader.ReadFile(file.FullName);
            if (!result.Succeeded)
            {
                throw CliException.Input($"{file.Name} is not a valid policy file ({result.Problems.Length} problem{(result.Problems.Length == 1 ? "" : "s")}):"
                    + Environment.NewLine + string.Join(Environment.NewLine, result.Problems.Select(p => "  " + p)));
            }

            return new PolicyChoice(PackOf(result.Timeline), result.Timeline);
        }

        name ??= MarketplacePacks.Amazon.Name;
        return MarketplacePacks.TryGetTimeline(name, out PolicyTimeline? timeline)
            ? new PolicyChoice(PackOf(timeline), timeline)
            : throw CliException.Usage($"--policy must be one of {string.Join(", ", MarketplacePacks.Names)}, was '{name}'.");
    }

    /// <summary>
    /// The pack whose policies <paramref name="timeline"/> holds: by name (<c>amazon</c>, or a variant such as
    /// <c>amazon-legacy</c> or a policy file's <c>amazon-custom</c>), else the pack whose catalog it has.
    /// </summary>
    private static MarketplacePack PackOf(PolicyTimeline timeline)
        => MarketplacePacks.ForPolicy(timeline.Name)
           ?? MarketplacePacks.All.FirstOrDefault(p => timeline.Name.StartsWith(p.Name + "-", StringComparison.OrdinalIgnoreCase))
           ?? MarketplacePacks.All.FirstOrDefault(p => p.Metrics.Equals(timeline.Latest.Metrics))
           ?? throw CliException.Input($"the policy '{timeline.Name}' belongs to no marketplace pack; the packs are {string.Join(", ", MarketplacePacks.All.Select(p => p.Name))}.");
}
