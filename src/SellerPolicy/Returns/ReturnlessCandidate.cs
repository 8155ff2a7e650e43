using System.Collections.Immutable;

namespace SellerPolicy.Returns;

/// <summary>One candidate rule set's result in a simulation: every evaluation, the totals, and the totals per rule.</summary>
/// <remarks>Equality compares every property, lists element by element.</remarks>
public sealed class ReturnlessCandidate : IEquatable<ReturnlessCandidate>
{
    internal ReturnlessCandidate(string name, ReturnlessRuleSet ruleSet, ImmutableArray<ReturnlessEvaluation> evaluations, ReturnlessTotals totals, ImmutableArray<ReturnlessRuleTotals> perRule)
    {
        Name = name;
        RuleSet = ruleSet;
        Evaluations = evaluations;
        Totals = totals;
        PerRule = perRule;
    }

    /// <summary>Gets the candidate's name (such as its file name).</summary>
    public string Name { get; }

    /// <summary>Gets the rule set.</summary>
    public ReturnlessRuleSet RuleSet { get; }

    /// <summary>Gets the evaluation of every return request, in request order.</summary>
    public ImmutableArray<ReturnlessEvaluation> Evaluations { get; }

    /// <summary>Gets the totals over every request; money sums equal the sums of the evaluations' economics.</summary>
    public ReturnlessTotals Totals { get; }

    /// <summary>Gets the totals per rule, by rule name (every rule of the set, also those that matched nothing).</summary>
    public ImmutableArray<ReturnlessRuleTotals> PerRule { get; }

    /// <inheritdoc />
    public bool Equals(ReturnlessCandidate? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Name == other.Name && RuleSet.Equals(other.RuleSet) && Evaluations.SequenceEqual(other.Evaluations)
                   && Totals == other.Totals && PerRule.SequenceEqual(other.PerRule)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReturnlessCandidate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Totals);
}
