using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SellerPolicy.Ledger;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger;

/// <summary>The eight id types share one shape (readonly record struct over text); their laws are tested together.</summary>
public sealed class IdentifierTests
{
    [Property(MaxTest = 100)]
    public Property OrderId_EqualityLaws() => EqualityLaws.Hold(DomainArbitraries.OrderIds, x => new OrderId(x.Value));

    [Property(MaxTest = 100)]
    public Property ClaimId_EqualityLaws() => EqualityLaws.Hold(DomainArbitraries.ClaimIds, x => new ClaimId(x.Value));

    [Property(MaxTest = 100)]
    public Property ChargebackId_EqualityLaws() => EqualityLaws.Hold(DomainArbitraries.ChargebackIds, x => new ChargebackId(x.Value));

    [Property(MaxTest = 100)]
    public Property ReturnId_EqualityLaws() => EqualityLaws.Hold(DomainArbitraries.ReturnIds, x => new ReturnId(x.Value));

    [Property(MaxTest = 100)]
    public Property BuyerId_EqualityLaws() => EqualityLaws.Hold(DomainArbitraries.BuyerIds, x => new BuyerId(x.Value));

    [Property(MaxTest = 100)]
    public Property Sku_EqualityLaws() => EqualityLaws.Hold(DomainArbitraries.Skus, x => new Sku(x.Value));

    [Property(MaxTest = 100)]
    public Property Asin_EqualityLaws() => EqualityLaws.Hold(DomainArbitraries.Asins, x => new Asin(x.Value));

    [Property(MaxTest = 100)]
    public Property MarketplaceId_EqualityLaws() => EqualityLaws.Hold(DomainArbitraries.MarketplaceIds, x => new MarketplaceId(x.Value));

    [Theory]
    [InlineData("orderId")]
    [InlineData("claimId")]
    [InlineData("chargebackId")]
    [InlineData("returnId")]
    [InlineData("buyerId")]
    [InlineData("sku")]
    [InlineData("asin")]
    [InlineData("marketplaceId")]
    public void Constructor_BlankText_ThrowsNamingTheField(string field)
    {
        Action<string> make = Maker(field);

        ArgumentException blank = Assert.Throws<ArgumentException>(() => make("  "));
        ArgumentNullException missing = Assert.Throws<ArgumentNullException>(() => make(null!));

        Assert.Equal(field, blank.ParamName);
        Assert.StartsWith($"{field} must not be empty or white space.", blank.Message, StringComparison.Ordinal);
        Assert.Equal(field, missing.ParamName);
        Assert.Throws<ArgumentException>(() => make(string.Empty));
    }

    [Fact]
    public void Default_HasEmptyValueAndText()
    {
        Assert.Equal(string.Empty, default(OrderId).Value);
        Assert.Equal(string.Empty, default(Sku).ToString());
        Assert.Equal("B000000001", new Asin("B000000001").ToString());
    }

    [Fact]
    public void CompareTo_IsOrdinal()
    {
        Assert.True(new Sku("B").CompareTo(new Sku("a")) < 0);
        Assert.True(new OrderId("111-2").CompareTo(new OrderId("111-10")) > 0);
        Assert.NotEqual(new Sku("mug"), new Sku("MUG"));
    }

    private static Action<string> Maker(string field) => field switch
    {
        "orderId" => s => _ = new OrderId(s),
        "claimId" => s => _ = new ClaimId(s),
        "chargebackId" => s => _ = new ChargebackId(s),
        "returnId" => s => _ = new ReturnId(s),
        "buyerId" => s => _ = new BuyerId(s),
        "sku" => s => _ = new Sku(s),
        "asin" => s => _ = new Asin(s),
        _ => s => _ = new MarketplaceId(s),
    };
}
