using System.Text.Json;
using NodaTime;
using SellerPolicy.Orleans.Contracts;

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

    [Theory]
    [InlineData("A1B2C3", "ATVPDKIKX0DER")]
    [InlineData("seller with spaces", "A1F83G8C2ARO7P")]
    public void System_Text_Json_writes_an_account_as_its_grain_key_and_reads_it_back(string seller, string marketplace)
    {
        var account = new SellerAccountId(seller, marketplace);

        string json = JsonSerializer.Serialize(account);

        Assert.Equal(JsonSerializer.Serialize(account.ToGrainKey()), json);
        Assert.Equal(account, JsonSerializer.Deserialize<SellerAccountId>(json));
    }

    [Fact]
    public void An_account_inside_a_contract_and_as_a_dictionary_key_is_a_string_too()
    {
        var account = new SellerAccountId("A1B2C3", "ATVPDKIKX0DER");
        var atRisk = new SellerAtRisk(account, new LocalDate(2026, 3, 1), ["orderDefectRate.mfn"]);
        var byAccount = new Dictionary<SellerAccountId, int> { [account] = 3 };

        string contract = JsonSerializer.Serialize(atRisk);
        string dictionary = JsonSerializer.Serialize(byAccount);

        Assert.Contains($"\"Account\":\"{account.ToGrainKey()}\"", contract, StringComparison.Ordinal);
        Assert.Equal($"{{\"{account.ToGrainKey()}\":3}}", dictionary);
        Assert.Equal(byAccount, JsonSerializer.Deserialize<Dictionary<SellerAccountId, int>>(dictionary));
    }

    [Fact]
    public void The_default_account_is_an_empty_string_and_a_malformed_key_is_a_json_error_naming_it()
    {
        Assert.Equal("\"\"", JsonSerializer.Serialize(default(SellerAccountId)));
        Assert.Equal(default, JsonSerializer.Deserialize<SellerAccountId>("\"\""));

        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SellerAccountId>("\"no-separator\""));
        Assert.Contains("'no-separator'", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SellerAccountId>("{\"SellerId\":\"A1\",\"MarketplaceId\":\"M\"}"));
    }
}
