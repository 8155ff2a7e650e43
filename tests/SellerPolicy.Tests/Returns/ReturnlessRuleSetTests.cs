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

    private static ReturnlessRuleSet With(string currency = "EUR", string? homeCountry = "DE", BuyerGuard? guard = null, decimal domestic = 6.5m, decimal international = 18m, decimal recovery = 0.5m, params ReturnlessRule[] rules)
        => new(currency, rules, new ReturnCostAssumption(domestic, international), recovery, homeCountry, null, guard);

    private static ReturnlessRuleSetProblem Only(ReturnlessRuleSet set) => Assert.Single(set.Validate());

    [Fact]
    public void Constructor_MissingRequiredParts_AreRejectedByName()
    {
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => new ReturnlessRuleSet(null!, [], new ReturnCostAssumption(1, 2), 0.5m)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new ReturnlessRuleSet("EUR", null!, new ReturnCostAssumption(1, 2), 0.5m)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new ReturnlessRuleSet("EUR", [null!], new ReturnCostAssumption(1, 2), 0.5m)).ParamName);
        Assert.Equal("returnCost", Assert.Throws<ArgumentNullException>(() => new ReturnlessRuleSet("EUR", [], null!, 0.5m)).ParamName);
    }

    [Fact]
    public void Constructor_MissingRequiredParts_MessagesSayWhatIsRequired()
    {
        static string Message(Action create) => Assert.Throws<ArgumentNullException>(create).Message;
        Assert.StartsWith("currency is required.", Message(() => new ReturnlessRuleSet(null!, [], new ReturnCostAssumption(1, 2), 0.5m)), StringComparison.Ordinal);
        Assert.StartsWith("rules is required.", Message(() => new ReturnlessRuleSet("EUR", null!, new ReturnCostAssumption(1, 2), 0.5m)), StringComparison.Ordinal);
        Assert.StartsWith("rules must not hold null.", Message(() => new ReturnlessRuleSet("EUR", [null!], new ReturnCostAssumption(1, 2), 0.5m)), StringComparison.Ordinal);
        Assert.StartsWith("returnCost is required.", Message(() => new ReturnlessRuleSet("EUR", [], null!, 0.5m)), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AnEmptySkuExemption_IsAProblemAtItsIndex()
    {
        // Sku's constructor refuses blank text, but default(Sku) is empty: an exemption list can still hold one.
        var set = new ReturnlessRuleSet("EUR", [Rule("a", 0, 10)], new ReturnCostAssumption(6.5m, 18m), 0.5m, skuExemptions: [new Sku("SKU-9"), default]);
        ReturnlessRuleSetProblem problem = Only(set);
        Assert.Equal("$.skuExemptions[1]", problem.Path);
        Assert.Equal("a SKU must not be empty.", problem.Message);
    }

    [Theory]
    [InlineData("AUD")]
    [InlineData("ZAR")]
    public void Validate_CurrencyOfThreeUpperCaseLetters_IsAccepted(string currency)
        => Assert.Empty(With(currency).Validate());

    [Theory]
    [InlineData("EUr")]
    [InlineData("eur")]
    [InlineData("EU")]
    [InlineData("E1R")]
    public void Validate_CurrencyNotAnIsoCode_IsAProblemNamingTheValue(string currency)
    {
        ReturnlessRuleSetProblem problem = Only(With(currency));
        Assert.Equal("$.currency", problem.Path);
        Assert.Equal($"currency must be an ISO 4217 code of three upper-case letters, was '{currency}'.", problem.Message);
    }

    [Fact]
    public void Validate_NoHomeCountry_IsAccepted()
        => Assert.Empty(With(homeCountry: null).Validate());

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_BlankHomeCountry_IsAProblem(string country)
    {
        ReturnlessRuleSetProblem problem = Only(With(homeCountry: country));
        Assert.Equal("$.homeCountry", problem.Path);
        Assert.StartsWith("homeCountry must not be empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BlankRuleName_IsAProblemAtThatRule()
    {
        ReturnlessRuleSetProblem problem = Only(With(rules: [Rule("a", 0, 5), Rule(" ", 10, 15)]));
        Assert.Equal("$.rules[1].name", problem.Path);
        Assert.Equal("name is required and must not be blank.", problem.Message);
    }

    [Fact]
    public void Validate_DuplicateRuleName_NamesTheFirstUse()
    {
        ReturnlessRuleSetProblem problem = Only(With(rules: [Rule("a", 0, 5), Rule("a", 10, 15)]));
        Assert.Equal("$.rules[1].name", problem.Path);
        Assert.Equal("rule name 'a' is already used by rules[0]; names must be unique.", problem.Message);
    }

    [Fact]
    public void Validate_ActiveUntilNotAfterActiveFrom_NamesTheRule()
    {
        ReturnlessRuleSetProblem problem = Only(With(rules: [Rule("a", 0, 5, until: From)]));
        Assert.Equal("$.rules[0].activeUntil", problem.Path);
        Assert.Equal("rule 'a': activeUntil must be after activeFrom.", problem.Message);
    }

    [Fact]
    public void Validate_EmptyCategoryOrReasonList_IsAProblemAtThatList()
    {
        var problems = With(rules: [Rule("a", 0, 5, categories: [], reasons: [])]).Validate();
        Assert.Equal(["$.rules[0].categories", "$.rules[0].reasons"], problems.Select(p => p.Path));
        Assert.Equal("rule 'a': an empty categories list matches nothing; leave categories out (or null) to cover all.", problems[0].Message);
        Assert.Equal("rule 'a': an empty reasons list matches nothing; leave reasons out (or null) to cover all.", problems[1].Message);
    }

    [Fact]
    public void Validate_BlankListEntry_IsAProblemAtThatEntry()
    {
        var problems = With(rules: [Rule("a", 0, 5, categories: ["Beauty", " "], reasons: ["DEFECTIVE", ""])]).Validate();
        Assert.Equal(["$.rules[0].categories[1]", "$.rules[0].reasons[1]"], problems.Select(p => p.Path));
        Assert.Equal("rule 'a': categories entries must not be blank.", problems[0].Message);
        Assert.Equal("rule 'a': reasons entries must not be blank.", problems[1].Message);
    }

    [Fact]
    public void Validate_BuyerGuardOutOfRange_NamesTheValue()
    {
        var problems = With(guard: new BuyerGuard(-1, 0)).Validate();
        Assert.Equal(new ReturnlessRuleSetProblem("$.buyerGuard.maxReturnless", "maxReturnless must not be negative, was -1."), problems[0]);
        Assert.Equal(new ReturnlessRuleSetProblem("$.buyerGuard.withinDays", "withinDays must be positive, was 0."), problems[1]);
        Assert.Empty(With(guard: new BuyerGuard(0, 1)).Validate());
    }

    [Fact]
    public void Validate_ReturnCosts_ZeroIsAccepted_NegativeIsAProblemNamingTheValue()
    {
        Assert.Empty(With(domestic: 0m, international: 0m).Validate());
        var problems = With(domestic: -1.5m, international: -2m).Validate();
        Assert.Equal(new ReturnlessRuleSetProblem("$.returnCost.domestic", "returnCost.domestic must not be negative, was -1.5."), problems[0]);
        Assert.Equal(new ReturnlessRuleSetProblem("$.returnCost.international", "returnCost.international must not be negative, was -2."), problems[1]);
    }

    [Fact]
    public void Validate_RecoveryRateAboveOne_NamesTheValue()
        => Assert.Equal(new ReturnlessRuleSetProblem("$.recoveryRate", "recoveryRate must be a fraction between 0 and 1, was 1.5."), Only(With(recovery: 1.5m)));

    [Fact]
    public void EnsureValid_MessageListsEveryProblemWithItsPath()
    {
        var e = Assert.Throws<ArgumentException>(() => With("eur", recovery: 2m).EnsureValid());
        Assert.StartsWith("The returnless rule set is invalid:", e.Message, StringComparison.Ordinal);
        Assert.Contains("  $.currency: currency must be an ISO 4217 code", e.Message, StringComparison.Ordinal);
        Assert.Contains(Environment.NewLine + "  $.recoveryRate: recoveryRate must be a fraction", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_DiffersWhenOnlyTheHomeCountryDiffers()
    {
        Assert.Equal(With(homeCountry: "DE"), With(homeCountry: "DE"));
        Assert.NotEqual(With(homeCountry: "DE"), With(homeCountry: "FR"));
        Assert.NotEqual(With("EUR"), With("USD"));
    }
}
