using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Returns;
using static SellerPolicy.Tests.Returns.ReturnsFixtures;

namespace SellerPolicy.Tests.Returns;

public class ReturnlessEvaluationTests
{
    private static ReturnlessRuleSet Set(decimal max, decimal domestic = 6.5m)
        => new("EUR", [new ReturnlessRule("ceiling", new PriceRange(0, max), At(2026, 1, 1))], new ReturnCostAssumption(domestic, 18m), 0.5m, "DE");

    private static ReturnlessEvaluation Evaluate(ReturnlessRuleSet set, string buyer = "B1", string reason = "DEFECTIVE")
        => Assert.Single(ReturnlessEvaluator.Evaluate(
            SellerLedger.CreateBuilder().Add(Order(unitPrice: 12m, buyer: buyer, deliveredAt: At(2026, 1, 8))).Add(Request(requestedAt: At(2026, 1, 15), reason: reason)).ToImmutable(),
            set,
            AmazonPolicies.Timeline));

    [Fact]
    public void ToString_GivesTheKeyTheDecisionAndTheRuleWhenOneMatched()
    {
        Assert.Equal("RMA-1: Returnless (ceiling)", Evaluate(Set(15m)).ToString());
        Assert.Equal("RMA-1: RequireReturn", Evaluate(Set(10m)).ToString());
    }

    [Fact]
    public void Equality_SameRequestUnderTheSameRules_IsEqual()
    {
        ReturnlessEvaluation a = Evaluate(Set(15m));
        Assert.Equal(a, Evaluate(Set(15m)));
        Assert.Equal(a.GetHashCode(), Evaluate(Set(15m)).GetHashCode());
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Equality_AnyDifferentPart_IsNotEqual()
    {
        ReturnlessEvaluation a = Evaluate(Set(15m));
        Assert.NotEqual(a, Evaluate(Set(10m)));                   // decision, rule, reasons, economics
        Assert.NotEqual(a, Evaluate(Set(15m), buyer: "B2"));      // buyer (and the guard-free reasons are the same)
        Assert.NotEqual(a, Evaluate(Set(15m, domestic: 5m)));     // return cost avoided and its reason
        Assert.NotEqual(a, Evaluate(Set(15m), reason: "NO_LONGER_NEEDED")); // request and refund amount
    }
}
