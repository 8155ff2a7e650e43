using SellerPolicy.Returns;

namespace SellerPolicy.Tests.Returns;

public class ReturnlessTotalsTests
{
    [Fact]
    public void Of_NullArguments_AreRejectedByName()
    {
        var set = new ReturnlessRuleSet("EUR", [], new ReturnCostAssumption(6.5m, 18m), 0.5m);
        Assert.Equal("evaluations", Assert.Throws<ArgumentNullException>(() => ReturnlessTotals.Of(null!, set)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => ReturnlessTotals.Of([], null!)).ParamName);
    }
}
