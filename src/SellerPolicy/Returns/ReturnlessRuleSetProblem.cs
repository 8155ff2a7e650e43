namespace SellerPolicy.Returns;

/// <summary>One problem of a returnless rule set.</summary>
/// <param name="Path">Where, as a JSON path of the rules file: <c>$.rules[1].priceRange</c>, <c>$.buyerGuard.withinDays</c>.</param>
/// <param name="Message">What is wrong, naming the rule(s) and the rule broken.</param>
public sealed record ReturnlessRuleSetProblem(string Path, string Message)
{
    /// <summary>Formats as <c>{Path}: {Message}</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
