using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Returns;
using static SellerPolicy.Tests.Returns.ReturnsFixtures;

namespace SellerPolicy.Tests.Returns;

public class ReturnlessSimulationTests
{
    private static readonly PolicyTimeline Timeline = AmazonPolicies.Timeline;

    private static ReturnlessRuleSet Set(decimal max, decimal recovery = 0.5m)
        => new("EUR", [new ReturnlessRule("ceiling", new PriceRange(0, max), At(2026, 1, 1))], new ReturnCostAssumption(6.5m, 18m), recovery, "DE");

    /// <summary>Items of 8, 12 and 25 EUR, one return each; the 25 EUR one ships to France.</summary>
    private static SellerLedger Ledger()
    {
        var builder = SellerLedger.CreateBuilder();
        (decimal price, string country)[] items = [(8m, "DE"), (12m, "DE"), (25m, "FR")];
        for (int i = 0; i < items.Length; i++)
        {
            builder.Add(Order(id: $"O-{i}", buyer: $"B{i}", unitPrice: items[i].price, country: items[i].country, deliveredAt: At(2026, 1, 8)));
            builder.Add(Request(returnId: $"RMA-{i}", orderId: $"O-{i}", requestedAt: At(2026, 1, 15)));
        }

        return builder.ToImmutable();
    }

    [Fact]
    public void Run_ComparesCandidatesSideBySide_WithTheRecoveryAssumption()
    {
        ReturnlessSimulation simulation = ReturnlessSimulation.Run(Ledger(), [("10 EUR", Set(10m)), ("30 EUR", Set(30m))], Timeline);

        ReturnlessTotals ten = simulation.Candidates[0].Totals;
        Assert.Equal((3, 1, 2, 0), (ten.Requests, ten.Returnless, ten.RequireReturn, ten.ManualReview));
        Assert.Equal(Eur(8m), ten.RefundedWithoutReturn);
        Assert.Equal(Eur(6.5m), ten.ReturnCostAvoided);
        Assert.Equal(Eur(4m), ten.RecoveryForgone);
        Assert.Equal(Eur(2.5m), ten.Net);

        // 8 + 12 + 25 given away, 6.5 + 6.5 + 18 avoided: net 31 - 45 × 0.5 = 8.5.
        ReturnlessTotals thirty = simulation.Candidates[1].Totals;
        Assert.Equal(3, thirty.Returnless);
        Assert.Equal(Eur(45m), thirty.ValueGivenAway);
        Assert.Equal(Eur(31m), thirty.ReturnCostAvoided);
        Assert.Equal(Eur(8.5m), thirty.Net);
        Assert.Equal("ceiling", Assert.Single(simulation.Candidates[1].PerRule).Rule);
    }

    [Fact]
    public void Run_FullRecovery_MakesHighCeilingsLoseMoney()
    {
        ReturnlessSimulation simulation = ReturnlessSimulation.Run(Ledger(), [("all", Set(30m, recovery: 1m))], Timeline);
        Assert.Equal(Eur(31m - 45m), simulation.Candidates[0].Totals.Net);
    }

    [Fact]
    public void Run_DuplicateCandidateNames_Throw()
        => Assert.Throws<ArgumentException>(() => ReturnlessSimulation.Run(Ledger(), [("a", Set(10m)), ("a", Set(20m))], Timeline));

    [Fact]
    public void Run_NoCandidates_Throws()
        => Assert.Throws<ArgumentException>(() => ReturnlessSimulation.Run(Ledger(), [], Timeline));

    [Property(MaxTest = 100)]
    public Property Totals_EqualTheSumOfPerRequestEconomics()
        => Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new Random(seed);
            SellerLedger ledger = ReturnlessScenario.Ledger(random);
            ReturnlessRuleSet set = ReturnlessScenario.RuleSet(random);
            ReturnlessCandidate candidate = Assert.Single(ReturnlessSimulation.Run(ledger, [("c", set)], Timeline).Candidates);
            var returnless = candidate.Evaluations.Where(e => e.Decision == ReturnlessDecision.Returnless).ToList();
            decimal refunded = returnless.Sum(e => e.RefundAmount.Amount);
            decimal avoided = candidate.Evaluations.Sum(e => e.ReturnCostAvoided.Amount);
            decimal given = candidate.Evaluations.Sum(e => e.ValueGivenAway.Amount);
            ReturnlessTotals t = candidate.Totals;
            bool perRuleAddsUp = candidate.PerRule.Sum(r => r.Totals.Returnless) == t.Returnless
                                 && candidate.PerRule.Sum(r => r.Totals.ReturnCostAvoided.Amount) == avoided;
            return t.Requests == ledger.Returns.Length
                   && t.Returnless + t.RequireReturn + t.ManualReview == t.Requests
                   && t.Returnless == returnless.Count
                   && t.RefundedWithoutReturn.Amount == refunded
                   && t.ReturnCostAvoided.Amount == avoided
                   && t.ValueGivenAway.Amount == given
                   && t.RecoveryForgone.Amount == Math.Round(given * set.RecoveryRate, 2, MidpointRounding.AwayFromZero)
                   && t.Net.Amount == avoided - t.RecoveryForgone.Amount
                   && perRuleAddsUp;
        });

    [Fact]
    public void Run_NullArguments_AreRejectedByName()
    {
        Assert.Equal("ledger", Assert.Throws<ArgumentNullException>(() => ReturnlessSimulation.Run(null!, [("a", Set(10m))], Timeline)).ParamName);
        Assert.Equal("candidates", Assert.Throws<ArgumentNullException>(() => ReturnlessSimulation.Run(Ledger(), null!, Timeline)).ParamName);
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => ReturnlessSimulation.Run(Ledger(), [("a", Set(10m))], null!)).ParamName);
        Assert.Equal("candidates", Assert.Throws<ArgumentNullException>(() => ReturnlessSimulation.Run(Ledger(), [("a", null!)], Timeline)).ParamName);
    }

    [Fact]
    public void Run_NullLedgerOrTimeline_IsRejectedBeforeTheCandidatesAreLookedAt()
    {
        // No candidates is an error of its own; a null argument is reported first, by name.
        Assert.Equal("ledger", Assert.Throws<ArgumentNullException>(() => ReturnlessSimulation.Run(null!, [], Timeline)).ParamName);
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => ReturnlessSimulation.Run(Ledger(), [], null!)).ParamName);
    }

    [Fact]
    public void Run_NoCandidate_MessageSaysOneIsNeeded()
        => Assert.StartsWith("candidates must hold at least one rule set.", Assert.Throws<ArgumentException>(() => ReturnlessSimulation.Run(Ledger(), [], Timeline)).Message, StringComparison.Ordinal);

    [Fact]
    public void Run_DuplicateName_MessageNamesIt()
        => Assert.StartsWith(
            "candidate names must be non-blank and unique, was 'a'.",
            Assert.Throws<ArgumentException>(() => ReturnlessSimulation.Run(Ledger(), [("a", Set(10m)), ("a", Set(30m))], Timeline)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Run_PerRuleTotals_AreInRuleNameOrder()
    {
        ReturnlessRuleSet set = new("EUR",
            [new ReturnlessRule("zeta", new PriceRange(0, 10), At(2026, 1, 1)), new ReturnlessRule("alpha", new PriceRange(10.01m, 30), At(2026, 1, 1))],
            new ReturnCostAssumption(6.5m, 18m), 0.5m, "DE");
        ReturnlessCandidate candidate = Assert.Single(ReturnlessSimulation.Run(Ledger(), [("two rules", set)], Timeline).Candidates);
        Assert.Equal(["alpha", "zeta"], candidate.PerRule.Select(r => r.Rule));
    }
}
