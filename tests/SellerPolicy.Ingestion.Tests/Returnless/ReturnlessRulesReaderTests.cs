using System.Text;
using NodaTime;
using SellerPolicy.Ingestion.Returnless;
using SellerPolicy.Ledger;
using SellerPolicy.Returns;

namespace SellerPolicy.Ingestion.Tests.Returnless;

public class ReturnlessRulesReaderTests
{
    private const string Example = """
        {"currency":"EUR","homeCountry":"DE",
         "rules":[{"name":"small-items","priceRange":{"min":0,"max":15},"categories":["Beauty"],"reasons":["DEFECTIVE"],
                   "activeFrom":"2026-01-01T00:00:00Z","activeUntil":null}],
         "skuExemptions":["SKU-1"],
         "buyerGuard":{"maxReturnless":2,"withinDays":90},
         "returnCost":{"domestic":6.5,"international":18.0},
         "recoveryRate":0.5}
        """;

    private static ReturnlessRulesResult Read(string json)
        => ReturnlessRulesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "rules.json");

    [Fact]
    public void Read_TheDocumentedExample_GivesTheRuleSet()
    {
        ReturnlessRulesResult result = Read(Example);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        ReturnlessRuleSet set = result.RuleSet;
        Assert.Equal("EUR", set.Currency);
        Assert.Equal("DE", set.HomeCountry);
        ReturnlessRule rule = Assert.Single(set.Rules);
        Assert.Equal("small-items", rule.Name);
        Assert.Equal(new PriceRange(0m, 15m), rule.PriceRange);
        Assert.Equal("Beauty", Assert.Single(rule.Categories!.Value));
        Assert.Equal("DEFECTIVE", Assert.Single(rule.Reasons!.Value));
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 0, 0), rule.ActiveFrom);
        Assert.Null(rule.ActiveUntil);
        Assert.True(set.IsExempt(new Sku("SKU-1")));
        Assert.Equal(new BuyerGuard(2, 90), set.BuyerGuard);
        Assert.Equal(new ReturnCostAssumption(6.5m, 18m), set.ReturnCost);
        Assert.Equal(0.5m, set.RecoveryRate);
    }

    [Fact]
    public void Read_UnknownFields_AreIgnored()
    {
        ReturnlessRulesResult result = Read(Example.Replace("\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"futureField\":{\"x\":1}", StringComparison.Ordinal)
            .Replace("\"name\":\"small-items\"", "\"name\":\"small-items\",\"weightKg\":2", StringComparison.Ordinal));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    [Fact]
    public void Read_AbsentListsAndGuard_MeanAllAndNone()
    {
        ReturnlessRulesResult result = Read("""
            {"currency":"EUR","rules":[{"name":"a","priceRange":{"min":0,"max":"9.99"},"activeFrom":"2026-01-01T01:00:00+01:00"}],
             "returnCost":{"domestic":5,"international":5},"recoveryRate":0}
            """);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        ReturnlessRule rule = Assert.Single(result.RuleSet.Rules);
        Assert.Null(rule.Categories);
        Assert.Null(rule.Reasons);
        Assert.Equal(9.99m, rule.PriceRange.Max);
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 0, 0), rule.ActiveFrom);
        Assert.Null(result.RuleSet.BuyerGuard);
        Assert.Empty(result.RuleSet.SkuExemptions);
    }

    [Fact]
    public void Read_ReportsEveryProblemWithLineAndPath()
    {
        ReturnlessRulesResult result = Read("""
            {"currency":"EUR",
             "rules":[
              {"name":"a","priceRange":{"min":0,"max":"abc"},"activeFrom":"2026-01-01T00:00:00Z"},
              {"name":"b","priceRange":{"min":0},"activeFrom":"yesterday"},
              {"name":"c","priceRange":{"min":0,"max":10},"categories":["Beauty",3],"activeFrom":"2026-01-01T00:00:00Z"}
             ],
             "buyerGuard":{"maxReturnless":-1,"withinDays":90},
             "recoveryRate":2}
            """);
        Assert.False(result.Succeeded);
        Assert.Contains("rules.json:3: $.rules[0].priceRange.max: must be a decimal number (JSON number or string such as \"15.00\"), was \"abc\".", result.Problems);
        Assert.Contains("rules.json:4: $.rules[1].priceRange.max: max is required.", result.Problems);
        Assert.Contains(result.Problems, p => p.StartsWith("rules.json:4: $.rules[1].activeFrom: must be an ISO-8601 instant", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("rules.json:5: $.rules[2].categories[1]: must be a string", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("rules.json:1: $.returnCost: returnCost is required.", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("rules.json:7: $.buyerGuard.maxReturnless: maxReturnless must not be negative", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("rules.json:8: $.recoveryRate:", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OverlappingRules_NameBothWithTheirFileIndicesAndLine()
    {
        ReturnlessRulesResult result = Read("""
            {"currency":"EUR","rules":[
              {"name":"broken","priceRange":{"min":0},"activeFrom":"2026-01-01T00:00:00Z"},
              {"name":"small","priceRange":{"min":0,"max":10},"activeFrom":"2026-01-01T00:00:00Z"},
              {"name":"medium","priceRange":{"min":10,"max":20},"activeFrom":"2026-01-01T00:00:00Z"}
             ],"returnCost":{"domestic":5,"international":5},"recoveryRate":0.5}
            """);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.StartsWith("rules.json:2: $.rules[0].priceRange.max", StringComparison.Ordinal));
        Assert.Contains("rules.json:4: $.rules[2]: rules 'small' (rules[1]) and 'medium' (rules[2]) overlap: their active periods, categories, reasons and price ranges ([0, 10] and [10, 20]) all intersect.", result.Problems);
    }

    [Fact]
    public void Read_BlankSkuExemption_IsAProblemAtItsIndex_NotACrash()
    {
        ReturnlessRulesResult result = Read(Example.Replace("\"skuExemptions\":[\"SKU-1\"]", "\"skuExemptions\":[1, \"SKU-1\", \" \"]", StringComparison.Ordinal));

        Assert.False(result.Succeeded);
        Assert.Equal(
            "rules.json:4: $.skuExemptions[0]: must be a string, was 1.\nrules.json:4: $.skuExemptions[2]: must not be blank.",
            string.Join("\n", result.Problems));
    }

    [Fact]
    public void Read_InvalidJson_SaysWhereItBroke()
    {
        ReturnlessRulesResult result = Read("{\"currency\":\"EUR\",\n\"rules\":[\n}");
        string problem = Assert.Single(result.Problems);
        Assert.StartsWith("rules.json:3: not valid JSON", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RootNotAnObject_IsAProblem()
        => Assert.Contains("rules.json:1: $: a rules file must be a JSON object, was an array.", Read("[]").Problems);

    [Fact]
    public void Read_EscapedHalfOfASurrogatePair_IsAProblemNamingThePlace_NotACrash()
    {
        ReturnlessRulesResult result = ReturnlessRulesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\n\"rules\\udfff\": []}")), "rules.json");

        Assert.False(result.Succeeded);
        Assert.Equal("rules.json:2: not valid JSON: \\udfff is half of a UTF-16 surrogate pair without its other half. LineNumber: 1 | BytePositionInLine: 6.", Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_TextThatIsNotUtf8_IsAProblemNamingTheByte_NotACrash()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Example);
        int at = Array.IndexOf(bytes, (byte)'"', 1) + 1;
        bytes[at] = 0xC0;

        ReturnlessRulesResult result = ReturnlessRulesReader.Read(new MemoryStream(bytes), "rules.json");

        Assert.False(result.Succeeded);
        Assert.StartsWith("rules.json: not valid UTF-8: byte 0xC0 at line ", Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData("""{"rules":[],"returnCost":{"domestic":1,"international":1},"recoveryRate":0.5}""", "rules.json:1: $.currency: currency is required.")]
    [InlineData("""{"currency":"EUR","returnCost":{"domestic":1,"international":1},"recoveryRate":0.5}""", "rules.json:1: $.rules: rules is required.")]
    [InlineData("""{"currency":"EUR","rules":[],"returnCost":{"international":1},"recoveryRate":0.5}""", "rules.json:1: $.returnCost.domestic: domestic is required.")]
    [InlineData("""{"currency":"EUR","rules":[],"returnCost":{"domestic":1},"recoveryRate":0.5}""", "rules.json:1: $.returnCost.international: international is required.")]
    [InlineData("""{"currency":"EUR","rules":[],"returnCost":{"domestic":1,"international":1}}""", "rules.json:1: $.recoveryRate: recoveryRate is required.")]
    [InlineData("""{"currency":"EUR","rules":[],"returnCost":{"domestic":1,"international":1},"recoveryRate":0.5,"buyerGuard":{"withinDays":90}}""", "rules.json:1: $.buyerGuard.maxReturnless: maxReturnless is required.")]
    [InlineData("""{"currency":"EUR","rules":[],"returnCost":{"domestic":1,"international":1},"recoveryRate":0.5,"buyerGuard":{"maxReturnless":2}}""", "rules.json:1: $.buyerGuard.withinDays: withinDays is required.")]
    [InlineData("""{"currency":"EUR","rules":[{"priceRange":{"min":0,"max":1},"activeFrom":"2026-01-01T00:00:00Z"}],"returnCost":{"domestic":1,"international":1},"recoveryRate":0.5}""", "rules.json:1: $.rules[0].name: name is required.")]
    [InlineData("""{"currency":"EUR","rules":[{"name":"a","activeFrom":"2026-01-01T00:00:00Z"}],"returnCost":{"domestic":1,"international":1},"recoveryRate":0.5}""", "rules.json:1: $.rules[0].priceRange: priceRange is required.")]
    [InlineData("""{"currency":"EUR","rules":[{"name":"a","priceRange":{"max":1},"activeFrom":"2026-01-01T00:00:00Z"}],"returnCost":{"domestic":1,"international":1},"recoveryRate":0.5}""", "rules.json:1: $.rules[0].priceRange.min: min is required.")]
    [InlineData("""{"currency":"EUR","rules":[{"name":"a","priceRange":{"min":0,"max":1}}],"returnCost":{"domestic":1,"international":1},"recoveryRate":0.5}""", "rules.json:1: $.rules[0].activeFrom: activeFrom is required.")]
    public void Read_EachRequiredField_WhenMissing_IsAProblemNamingIt(string json, string expected)
    {
        ReturnlessRulesResult result = Read(json);

        Assert.False(result.Succeeded);
        Assert.Equal(expected, Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_OptionalFieldsLeftOut_AreNoProblem_AndCommentsAndTrailingCommasAreAllowed()
    {
        ReturnlessRulesResult result = Read("""
            // a seller's rules
            {"currency":"GBP","rules":[
              {"name":"a","priceRange":{"min":0,"max":1},"activeFrom":"2026-01-01T00:00:00Z",}, /* the only rule */
             ],
             "returnCost":{"domestic":1,"international":2},"recoveryRate":0.5,}
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("GBP", result.RuleSet!.Currency);
        Assert.Null(result.RuleSet.BuyerGuard);
        Assert.Null(result.RuleSet.HomeCountry);
        Assert.Single(result.RuleSet.Rules);
    }

    private const string Cost = "\"returnCost\":{\"domestic\":1,\"international\":1},\"recoveryRate\":0.5";
    private const string RuleA = "{\"name\":\"a\",\"priceRange\":{\"min\":0,\"max\":1},\"activeFrom\":\"2026-01-01T00:00:00Z\"";

    [Theory]
    [InlineData("{\"currency\":5,\"rules\":[]," + Cost + "}", "rules.json:1: $.currency: must be a string, was 5.")]
    [InlineData("{\"currency\":\"EUR\",\"homeCountry\":true,\"rules\":[]," + Cost + "}", "rules.json:1: $.homeCountry: must be a string, was true.")]
    [InlineData("{\"currency\":\"EUR\",\"rules\":{}," + Cost + "}", "rules.json:1: $.rules: must be a JSON array, was an object.")]
    [InlineData("{\"currency\":\"EUR\",\"rules\":[\"a\"]," + Cost + "}", "rules.json:1: $.rules[0]: a rule must be a JSON object, was \"a\".")]
    [InlineData("{\"currency\":\"EUR\",\"rules\":[]," + Cost + ",\"buyerGuard\":[]}", "rules.json:1: $.buyerGuard: must be a JSON object, was an array.")]
    [InlineData("{\"currency\":\"EUR\",\"rules\":[]," + Cost + ",\"buyerGuard\":{\"maxReturnless\":2,\"withinDays\":2.5}}", "rules.json:1: $.buyerGuard.withinDays: must be a whole number, was 2.5.")]
    [InlineData("{\"currency\":\"EUR\",\"rules\":[],\"returnCost\":\"cheap\",\"recoveryRate\":0.5}", "rules.json:1: $.returnCost: must be a JSON object, was \"cheap\".")]
    [InlineData("{\"currency\":\"EUR\",\"rules\":[" + RuleA + ",\"activeUntil\":20260201}]," + Cost + "}", "rules.json:1: $.rules[0].activeUntil: must be an ISO-8601 instant with an offset (e.g. 2026-01-01T00:00:00Z), was 20260201.")]
    [InlineData("{\"currency\":\"EUR\",\"rules\":[" + RuleA + ",\"categories\":\"Beauty\"}]," + Cost + "}", "rules.json:1: $.rules[0].categories: must be a JSON array, was \"Beauty\".")]
    [InlineData("{\"currency\":\"EUR\",\"rules\":[" + RuleA + ",\"reasons\":[null]}]," + Cost + "}", "rules.json:1: $.rules[0].reasons[0]: must be a string, was null.")]
    [InlineData("{\"currency\":\"EUR\",\"rules\":[{\"name\":\"a\",\"priceRange\":5,\"activeFrom\":\"2026-01-01T00:00:00Z\"}]," + Cost + "}", "rules.json:1: $.rules[0].priceRange: must be a JSON object, was 5.")]
    [InlineData("{\"currency\":null,\"rules\":[]," + Cost + "}", "rules.json:1: $.currency: currency is required.")]
    public void Read_AValueOfTheWrongKind_IsAProblemNamingThePathAndTheValue(string json, string expected)
    {
        ReturnlessRulesResult result = Read(json);

        Assert.False(result.Succeeded);
        Assert.Null(result.RuleSet);
        Assert.Equal(expected, Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_DecimalsAsStrings_AcceptASignAndAPoint()
    {
        ReturnlessRulesResult result = Read("{\"currency\":\"EUR\",\"rules\":[],\"returnCost\":{\"domestic\":\"6.50\",\"international\":\"+18\"},\"recoveryRate\":\"0.25\"}");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(new ReturnCostAssumption(6.5m, 18m), result.RuleSet!.ReturnCost);
        Assert.Equal(0.25m, result.RuleSet.RecoveryRate);
    }

    [Fact]
    public void Read_Problems_AreListedInTheOrderOfTheirLines()
    {
        ReturnlessRulesResult result = Read("""
            {"recoveryRate":"x",
             "rules":[
              {"name":"a","priceRange":{"min":"y","max":1},"activeFrom":"2026-01-01T00:00:00Z"}
             ],
             "currency":7,
             "returnCost":{"domestic":1,"international":1}}
            """);

        Assert.Equal(
            [
                "rules.json:1: $.recoveryRate: must be a decimal number (JSON number or string such as \"15.00\"), was \"x\".",
                "rules.json:3: $.rules[0].priceRange.min: must be a decimal number (JSON number or string such as \"15.00\"), was \"y\".",
                "rules.json:5: $.currency: must be a string, was 7.",
            ],
            result.Problems.ToArray());
    }

    [Fact]
    public void Read_TwoOverlappingRules_AndNothingElseWrong_IsRefused()
    {
        ReturnlessRulesResult result = Read("""
            {"currency":"EUR","rules":[
              {"name":"small","priceRange":{"min":0,"max":10},"activeFrom":"2026-01-01T00:00:00Z"},
              {"name":"medium","priceRange":{"min":5,"max":20},"activeFrom":"2026-01-01T00:00:00Z"}
             ],"returnCost":{"domestic":5,"international":5},"recoveryRate":0.5}
            """);

        Assert.False(result.Succeeded);
        Assert.Null(result.RuleSet);
        Assert.StartsWith("rules.json:3: $.rules[1]: rules 'small' (rules[0]) and 'medium' (rules[1]) overlap", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnItemOfAListOverSeveralLines_IsLocatedOnItsOwnLine()
    {
        ReturnlessRulesResult result = Read(Example.Replace("\"skuExemptions\":[\"SKU-1\"]", "\"skuExemptions\":[\n\"SKU-1\",\n\"SKU-2\",\n 7]", StringComparison.Ordinal));

        Assert.Equal("rules.json:7: $.skuExemptions[2]: must be a string, was 7.", Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_NullArguments_AreRejectedNamingThem()
    {
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => ReturnlessRulesReader.Read(null!, "rules.json")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => ReturnlessRulesReader.Read(new MemoryStream(), null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => ReturnlessRulesReader.ReadFile(" ")).ParamName);
    }
}
