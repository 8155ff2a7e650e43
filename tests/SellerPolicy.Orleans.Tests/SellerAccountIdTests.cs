namespace SellerPolicy.Orleans.Tests;

public sealed class SellerAccountIdTests
{
    [Theory]
    [InlineData("A1B2C3", "ATVPDKIKX0DER")]
    [InlineData("seller with spaces", "A1F83G8C2ARO7P")]
    public void A_grain_key_reads_back_as_the_same_account(string seller, string marketplace)
    {
        var account = new SellerAccountId(seller, marketplace);

        Assert.Equal(account, SellerAccountId.FromGrainKey(account.ToGrainKey()));
        Assert.Equal($"{marketplace}/{seller}", account.ToGrainKey());
    }

    [Theory]
    [InlineData("", "ATVPDKIKX0DER", "SellerId")]
    [InlineData("a/b", "ATVPDKIKX0DER", "SellerId")]
    [InlineData("A1", " ", "MarketplaceId")]
    public void A_blank_part_or_one_with_a_slash_has_no_key(string seller, string marketplace, string part)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new SellerAccountId(seller, marketplace).ToGrainKey());

        Assert.Equal(part, error.ParamName);
        Assert.Contains($"was '{(part == "SellerId" ? seller : marketplace)}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-separator")]
    [InlineData("/seller")]
    [InlineData("market/")]
    [InlineData("a/b/c")]
    public void A_key_not_of_the_form_marketplace_slash_seller_is_refused_naming_it(string key)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => SellerAccountId.FromGrainKey(key));

        Assert.Contains($"was '{key}'", error.Message, StringComparison.Ordinal);
    }
}
