using NodaTime;
using SellerPolicy.Returns;

namespace SellerPolicy.Tests.Returns;

/// <summary>
/// A returnless rule (domain-rules.md 5.3): a price range, optional categories and reasons, and the period it was active
/// (from included, until excluded); Amazon rejects two rules that overlap on all of them.
/// </summary>
public class ReturnlessRuleTests
{
    private static readonly Instant Jan1 = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly Instant Feb1 = Instant.FromUtc(2026, 2, 1, 0, 0);

    private static ReturnlessRule Rule(
        decimal min = 0m, decimal max = 15m, Instant? from = null, Instant? until = null, string[]? categories = null, string[]? reasons = null, string name = "small")
        => new(name, new PriceRange(min, max), from ?? Jan1, until, categories, reasons);

    [Fact]
    public void IsActiveAt_FromItsStartIncluded_UntilItsEndExcluded()
    {
        ReturnlessRule rule = Rule(until: Feb1);

        Assert.False(rule.IsActiveAt(Jan1 - Duration.Epsilon));
        Assert.True(rule.IsActiveAt(Jan1));
        Assert.True(rule.IsActiveAt(Feb1 - Duration.Epsilon));
        Assert.False(rule.IsActiveAt(Feb1));
        Assert.True(Rule().IsActiveAt(Instant.FromUtc(2040, 1, 1, 0, 0)));
    }

    [Fact]
    public void CoversCategory_AllWithoutAList_ElseOnlyTheListedIgnoringCase()
    {
        Assert.True(Rule().CoversCategory(null));
        Assert.True(Rule().CoversCategory("Toys"));
        ReturnlessRule beauty = Rule(categories: ["Beauty"]);
        Assert.True(beauty.CoversCategory("BEAUTY"));
        Assert.False(beauty.CoversCategory("Toys"));
        Assert.False(beauty.CoversCategory(null));
    }

    [Fact]
    public void CoversReason_AllWithoutAList_ElseOnlyTheListedIgnoringCase()
    {
        Assert.True(Rule().CoversReason("NO_LONGER_NEEDED"));
        ReturnlessRule defective = Rule(reasons: ["DEFECTIVE"]);
        Assert.True(defective.CoversReason("defective"));
        Assert.False(defective.CoversReason("NO_LONGER_NEEDED"));
    }

    public static TheoryData<string, ReturnlessRule, ReturnlessRule, bool> Pairs() => new()
    {
        { "same everything", Rule(), Rule(name: "other"), true },
        { "prices touch at 10", Rule(max: 10m), Rule(min: 10m, max: 20m), true },
        { "prices apart by a cent", Rule(max: 10m), Rule(min: 10.01m, max: 20m), false },
        { "periods touch: one ends when the other starts", Rule(until: Feb1), Rule(from: Feb1), false },
        { "periods share one tick", Rule(until: Feb1 + Duration.Epsilon), Rule(from: Feb1), true },
        { "the later one ended before", Rule(from: Feb1), Rule(until: Feb1), false },
        { "open-ended periods", Rule(from: Feb1), Rule(), true },
        { "categories disjoint", Rule(categories: ["Beauty"]), Rule(categories: ["Toys"]), false },
        { "categories share one, in another case", Rule(categories: ["Beauty", "Toys"]), Rule(categories: ["toys"]), true },
        { "no category list covers every category", Rule(), Rule(categories: ["Toys"]), true },
        { "reasons disjoint", Rule(reasons: ["DEFECTIVE"]), Rule(reasons: ["NO_LONGER_NEEDED"]), false },
        { "no reason list covers every reason", Rule(reasons: ["DEFECTIVE"]), Rule(), true },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Overlaps_OnlyWhenPeriodsPricesCategoriesAndReasonsAllIntersect(string why, ReturnlessRule a, ReturnlessRule b, bool overlap)
    {
        Assert.True(overlap == a.Overlaps(b), why);
        Assert.True(overlap == b.Overlaps(a), why + " (the other way round)");
    }

    [Fact]
    public void Equals_ComparesEveryField_ListsInOrderAndCase()
    {
        ReturnlessRule rule = Rule(until: Feb1, categories: ["Beauty", "Toys"], reasons: ["DEFECTIVE"]);

        Assert.Equal(Rule(until: Feb1, categories: ["Beauty", "Toys"], reasons: ["DEFECTIVE"]), rule);
        Assert.Equal(Rule(until: Feb1, categories: ["Beauty", "Toys"], reasons: ["DEFECTIVE"]).GetHashCode(), rule.GetHashCode());
        Assert.True(rule.Equals((object)rule));
        Assert.False(rule.Equals(null));
        Assert.NotEqual(Rule(until: Feb1, categories: ["Beauty", "Toys"], reasons: ["DEFECTIVE"], name: "other"), rule);
        Assert.NotEqual(Rule(max: 16m, until: Feb1, categories: ["Beauty", "Toys"], reasons: ["DEFECTIVE"]), rule);
        Assert.NotEqual(Rule(from: Jan1 + Duration.Epsilon, until: Feb1, categories: ["Beauty", "Toys"], reasons: ["DEFECTIVE"]), rule);
        Assert.NotEqual(Rule(categories: ["Beauty", "Toys"], reasons: ["DEFECTIVE"]), rule);
        Assert.NotEqual(Rule(until: Feb1, categories: ["Toys", "Beauty"], reasons: ["DEFECTIVE"]), rule);
        Assert.NotEqual(Rule(until: Feb1, categories: ["beauty", "Toys"], reasons: ["DEFECTIVE"]), rule);
        Assert.NotEqual(Rule(until: Feb1, reasons: ["DEFECTIVE"]), rule);
        Assert.NotEqual(Rule(until: Feb1, categories: ["Beauty", "Toys"]), rule);
        Assert.NotEqual(Rule(until: Feb1, categories: ["Beauty", "Toys"], reasons: ["DAMAGED_BY_CARRIER"]), rule);
    }

    [Fact]
    public void ToString_StatesPriceListsAndPeriod()
    {
        Assert.Equal(
            "small: [0, 15], categories Beauty/Toys, reasons DEFECTIVE, active from 2026-01-01T00:00:00Z until 2026-02-01T00:00:00Z",
            Rule(until: Feb1, categories: ["Beauty", "Toys"], reasons: ["DEFECTIVE"]).ToString());
        Assert.Equal("small: [0, 15], all categories, all reasons, active from 2026-01-01T00:00:00Z", Rule().ToString());
    }

    [Fact]
    public void ToString_SeparatesSeveralReasonsWithASlash()
        => Assert.Contains(", reasons DEFECTIVE/DAMAGED_BY_CARRIER, ", Rule(reasons: ["DEFECTIVE", "DAMAGED_BY_CARRIER"]).ToString(), StringComparison.Ordinal);

    [Fact]
    public void Constructor_RejectsAMissingNameAndNullListItems()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new ReturnlessRule(null!, new PriceRange(0, 1), Jan1)).ParamName);
        Assert.Equal("categories", Assert.Throws<ArgumentNullException>(() => Rule(categories: ["Beauty", null!])).ParamName);
        Assert.Equal("reasons", Assert.Throws<ArgumentNullException>(() => Rule(reasons: [null!])).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => Rule().Overlaps(null!)).ParamName);
    }

    [Fact]
    public void ReturnlessRule_ExposesNoStaticField_ItsListComparisonIsInTheRemarksAndCoversMethods()
    {
        // Was a public static field anyone could read (and, being a comparer, mistake for a setting).
        Assert.Empty(typeof(ReturnlessRule).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static));
        Assert.True(Rule(reasons: ["Defective"]).CoversReason("DEFECTIVE"));
    }

    [Fact]
    public void Constructor_Messages_NameTheMissingPart()
    {
        Assert.StartsWith("name is required.", Assert.Throws<ArgumentNullException>(() => new ReturnlessRule(null!, new PriceRange(0, 1), Jan1)).Message, StringComparison.Ordinal);
        Assert.StartsWith("categories must not hold null.", Assert.Throws<ArgumentNullException>(() => Rule(categories: [null!])).Message, StringComparison.Ordinal);
        Assert.StartsWith("reasons must not hold null.", Assert.Throws<ArgumentNullException>(() => Rule(reasons: [null!])).Message, StringComparison.Ordinal);
    }
}
