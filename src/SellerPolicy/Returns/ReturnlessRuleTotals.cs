namespace SellerPolicy.Returns;

/// <summary>The totals of the requests one rule matched (returnless, or sent to review by the buyer guard).</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Totals">The totals of the requests it matched.</param>
public sealed record ReturnlessRuleTotals(string Rule, ReturnlessTotals Totals);
