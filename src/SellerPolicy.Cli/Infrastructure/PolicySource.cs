using System.CommandLine;
using SellerPolicy.Ingestion.PolicyFile;
using SellerPolicy.Policies;

namespace SellerPolicy.Cli;

/// <summary>Resolves <c>--policy NAME</c> or <c>--policy-file FILE</c> to a policy timeline (default: the built-in Amazon timeline).</summary>
internal static class PolicySource
{
    public static PolicyTimeline Resolve(ParseResult parse, Option<string?> policyOption, Option<FileInfo?> policyFileOption)
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
            return result.Succeeded
                ? result.Timeline
                : throw CliException.Input($"{file.Name} is not a valid policy file ({result.Problems.Length} problem{(result.Problems.Length == 1 ? "" : "s")}):"
                    + Environment.NewLine + string.Join(Environment.NewLine, result.Problems.Select(p => "  " + p)));
        }

        name ??= AmazonPolicies.Name;
        return AmazonPolicies.TryGet(name, out PolicyTimeline? timeline)
            ? timeline!
            : throw CliException.Usage($"--policy must be one of {string.Join(", ", AmazonPolicies.Names)}, was '{name}'.");
    }
}
