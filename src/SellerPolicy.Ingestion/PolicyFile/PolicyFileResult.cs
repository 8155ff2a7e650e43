using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using SellerPolicy.Policies;

namespace SellerPolicy.Ingestion.PolicyFile;

/// <summary>The outcome of reading a policy file: the timeline, or every problem found.</summary>
public sealed class PolicyFileResult
{
    internal PolicyFileResult(PolicyTimeline? timeline, ImmutableArray<string> problems)
    {
        Timeline = timeline;
        Problems = problems;
    }

    /// <summary>Gets the policy timeline; null when the file has problems.</summary>
    public PolicyTimeline? Timeline { get; }

    /// <summary>Gets every problem, each naming the file, the field (as a JSON path) and the rule.</summary>
    public ImmutableArray<string> Problems { get; }

    /// <summary>Gets whether the file was valid.</summary>
    [MemberNotNullWhen(true, nameof(Timeline))]
    public bool Succeeded => Timeline is not null;
}
