using System.Collections.Immutable;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Returns;

/// <summary>
/// Candidate returnless rule sets tried on a ledger's past returns, side by side (the "A/B test" of a threshold):
/// per candidate, how many requests each decision took, money refunded without a return, return costs avoided, value
/// given away and the net under the candidate's recovery assumption (<see cref="ReturnlessTotals"/>).
/// </summary>
/// <remarks>Each candidate is evaluated on its own with <see cref="ReturnlessEvaluator"/>; candidates do not influence each other.</remarks>
public sealed class ReturnlessSimulation
{
    private ReturnlessSimulation(ImmutableArray<ReturnlessCandidate> candidates) => Candidates = candidates;

    /// <summary>Gets the candidates' results, in the order given.</summary>
    public ImmutableArray<ReturnlessCandidate> Candidates { get; }

    /// <summary>Runs every candidate rule set over the ledger's return requests.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="candidates">The named rule sets; names non-blank and unique; every set valid.</param>
    /// <param name="timeline">The policy timeline.</param>
    /// <returns>The simulation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No candidates, a blank or duplicate name, or an invalid rule set.</exception>
    public static ReturnlessSimulation Run(SellerLedger ledger, IEnumerable<(string Name, ReturnlessRuleSet RuleSet)> candidates, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(timeline);
        var list = candidates.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("candidates must hold at least one rule set.", nameof(candidates));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var results = ImmutableArray.CreateBuilder<ReturnlessCandidate>(list.Count);
        foreach ((string name, ReturnlessRuleSet set) in list)
        {
            if (string.IsNullOrWhiteSpace(name) || !names.Add(name))
            {
                throw new ArgumentException($"candidate names must be non-blank and unique, was '{name}'.", nameof(candidates));
            }

            ArgumentNullException.ThrowIfNull(set, nameof(candidates));
            ImmutableArray<ReturnlessEvaluation> evaluations = ReturnlessEvaluator.Evaluate(ledger, set, timeline);
            ImmutableArray<ReturnlessRuleTotals> perRule = set.Rules
                .Select(r => r.Name)
                .Order(StringComparer.Ordinal)
                .Select(rule => new ReturnlessRuleTotals(rule, ReturnlessTotals.Of(evaluations.Where(e => e.Rule == rule), set)))
                .ToImmutableArray();
            results.Add(new ReturnlessCandidate(name, set, evaluations, ReturnlessTotals.Of(evaluations, set), perRule));
        }

        return new ReturnlessSimulation(results.MoveToImmutable());
    }
}
