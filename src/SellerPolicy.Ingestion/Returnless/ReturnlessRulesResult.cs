using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using SellerPolicy.Returns;

namespace SellerPolicy.Ingestion.Returnless;

/// <summary>The outcome of reading a returnless rules file: the rule set, or every problem found.</summary>
public sealed class ReturnlessRulesResult
{
    internal ReturnlessRulesResult(ReturnlessRuleSet? ruleSet, ImmutableArray<string> problems)
    {
        RuleSet = ruleSet;
        Problems = problems;
    }

    /// <summary>Gets the rule set; null when the file has problems.</summary>
    public ReturnlessRuleSet? RuleSet { get; }

    /// <summary>Gets every problem, each as <c>{file}:{line}: {JSON path}: {message}</c>.</summary>
    public ImmutableArray<string> Problems { get; }

    /// <summary>Gets whether the file was read and its rule set is valid.</summary>
    [MemberNotNullWhen(true, nameof(RuleSet))]
    public bool Succeeded => RuleSet is not null;
}
