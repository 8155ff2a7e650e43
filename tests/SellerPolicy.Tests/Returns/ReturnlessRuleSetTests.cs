using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Returns;
using static SellerPolicy.Tests.Returns.ReturnsFixtures;

namespace SellerPolicy.Tests.Returns;

public class ReturnlessRuleSetTests
{
    private static readonly Instant From = At(2026, 1, 1);

    private static ReturnlessRuleSet Set(params ReturnlessRule[] rules)
        => new("EUR", rules, new ReturnCostAssumption(6.5m, 18m), 0.5m, "DE", [new Sku("SKU-9")], new BuyerGuard(2, 90));

    private static ReturnlessRule Rule(string name, decimal min, decimal max, string[]? categories = null, string[]? reasons = null, Instant? from = null, Instant? until = null)
        => new(name, new PriceRange(min, max), from ?? From, until, categories, reasons);

    [Fact]
    public void Validate_ValidSet_HasNoProblems()
        => Assert.Empty(Set(Rule("a", 0, 15, ["Beauty"], ["DEFECTIVE"]), Rule("b", 0, 15, ["Kitchen"])).Validate());

    [Fact]
    public void Validate_OverlappingRules_NamesBoth()
    {
        var problems = Set(Rule("small", 0, 15, ["Beauty"]), Rule("medium", 10, 20, ["Beauty", "Toys"], ["DEFECTIVE"])).Validate();
        ReturnlessRuleSetProblem problem = Assert.Single(problems);
        Assert.Equal("$.rules[1]", problem.Path);
        Assert.Contains("'small' (rules[0])", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'medium' (rules[1])", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PriceRangesSharingOneEnd_Overlap()
        => Assert.Single(Set(Rule("a", 0, 10), Rule("b", 10, 20)).Validate());

    [Fact]
    public void Validate_PriceRangesTouchingButNotSharing_AreAccepted()
        => Assert.Empty(Set(Rule("a", 0, 10), Rule("b", 10.01m, 20)).Validate());

    [Fact]
    public void Validate_ActivePeriodsTouching_AreAccepted()
        => Assert.Empty(Set(Rule("old", 0, 10, until: At(2026, 2, 1)), Rule("new", 0, 10, from: At(2026, 2, 1))).Validate());

    [Fact]
    public void Validate_ActivePeriodsIntersecting_Overlap()
        => Assert.Single(Set(Rule("old", 0, 10, until: At(2026, 2, 1) + Duration.Epsilon), Rule("new", 0, 10, from: At(2026, 2, 1))).Validate());

    [Fact]
    public void Validate_AbsentCategoryList_OverlapsAnyCategory()
        => Assert.Single(Set(Rule("all", 0, 10), Rule("beauty", 5, 8, ["Beauty"])).Validate());

    [Fact]
    public void Validate_DisjointReasons_AreAccepted()
        => Assert.Empty(Set(Rule("a", 0, 10, reasons: ["DEFECTIVE"]), Rule("b", 0, 10, reasons: ["NO_LONGER_NEEDED"])).Validate());

    [Fact]
    public void Validate_ReasonsComparedIgnoringCase_Overlap()
        => Assert.Single(Set(Rule("a", 0, 10, reasons: ["DEFECTIVE"]), Rule("b", 0, 10, reasons: ["defective"])).Validate());

    [Fact]
    public void Validate_ReportsEveryProblemAtOnce()
    {
        var set = new ReturnlessRuleSet(
            "eur",
            [Rule("a", 10, 20), Rule("a", 0, 5, categories: []), Rule(" ", 0, 1, until: From)],
            new ReturnCostAssumption(-1m, 18m),
            1.5m,
            buyerGuard: new BuyerGuard(-1, 0));
        var paths = set.Validate().Select(p => p.Path).ToList();
        Assert.Contains("$.currency", paths);
        Assert.Contains("$.rules[1].name", paths);
        Assert.Contains("$.rules[1].categories", paths);
        Assert.Contains("$.rules[2].name", paths);
        Assert.Contains("$.rules[2].activeUntil", paths);
        Assert.Contains("$.buyerGuard.maxReturnless", paths);
        Assert.Contains("$.buyerGuard.withinDays", paths);
        Assert.Contains("$.returnCost.domestic", paths);
        Assert.Contains("$.recoveryRate", paths);
    }

    [Fact]
    public void EnsureValid_InvalidSet_ThrowsWithEveryProblem()
    {
        var ex = Assert.Throws<ArgumentException>(() => Set(Rule("a", 0, 10), Rule("b", 5, 20), Rule("c", 6, 7)).EnsureValid());
        Assert.Contains("'a' (rules[0]) and 'b' (rules[1])", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'a' (rules[0]) and 'c' (rules[2])", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'b' (rules[1]) and 'c' (rules[2])", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FR", true)]
    [InlineData("de", false)]
    [InlineData(null, false)]
    public void IsInternational_UnknownCountryIsDomestic(string? country, bool expected)
        => Assert.Equal(expected, Set().IsInternational(country));

    [Fact]
    public void Equality_ComparesListsByValue()
    {
        Assert.Equal(Set(Rule("a", 0, 10, ["Beauty"])), Set(Rule("a", 0, 10, ["Beauty"])));
        Assert.NotEqual(Set(Rule("a", 0, 10, ["Beauty"])), Set(Rule("a", 0, 10, ["Toys"])));
    }
}
