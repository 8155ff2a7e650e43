using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Returns;
using static SellerPolicy.Tests.Returns.ReturnsFixtures;

namespace SellerPolicy.Tests.Returns;

public class ReturnlessCandidateTests
{
    private static ReturnlessRuleSet Set(decimal max)
        => new("EUR", [new ReturnlessRule("ceiling", new PriceRange(0, max), At(2026, 1, 1))], new ReturnCostAssumption(6.5m, 18m), 0.5m, "DE");

    private static readonly SellerLedger Ledger = SellerLedger.CreateBuilder()
        .Add(Order(unitPrice: 12m, deliveredAt: At(2026, 1, 8)))
        .Add(Request(requestedAt: At(2026, 1, 15)))
        .ToImmutable();

    private static ReturnlessCandidate Candidate(string name, decimal max)
        => ReturnlessSimulation.Run(Ledger, [(name, Set(max))], AmazonPolicies.Timeline).Candidates[0];

    [Fact]
    public void Equality_SameNameAndRulesOnTheSameLedger_IsEqual()
    {
        ReturnlessCandidate a = Candidate("a", 15m);
        Assert.Equal(a, Candidate("a", 15m));
        Assert.Equal(a, a);
        Assert.Equal(a.GetHashCode(), Candidate("a", 15m).GetHashCode());
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"a"));
    }

    [Fact]
    public void Equality_AnotherNameOrAnotherRuleSet_IsNotEqual()
    {
        ReturnlessCandidate a = Candidate("a", 15m);
        Assert.NotEqual(a, Candidate("b", 15m));
        Assert.NotEqual(a, Candidate("a", 10m));
    }
}
