namespace SellerPolicy.Orleans;

/// <summary>
/// A seller account on one marketplace: the key of its grain. One seller selling on two marketplaces has two accounts, each
/// judged on its own (Amazon's account health is per marketplace).
/// </summary>
/// <param name="SellerId">The seller's id (Amazon's merchant token or the platform's own id); not blank, no <c>/</c>.</param>
/// <param name="MarketplaceId">The marketplace id, such as <c>ATVPDKIKX0DER</c>; not blank, no <c>/</c>.</param>
/// <remarks>System.Text.Json writes it as its grain key, <c>"ATVPDKIKX0DER/A2SELLER"</c>, with any options (also as a dictionary
/// key), and reads that back.</remarks>
[GenerateSerializer, Immutable]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SellerAccountIdJsonConverter))]
public readonly record struct SellerAccountId(string SellerId, string MarketplaceId)
{
    private const char Separator = '/';

    /// <summary>Returns the grain key, <c>{marketplaceId}/{sellerId}</c>.</summary>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">A part is blank or holds a <c>/</c>.</exception>
    public string ToGrainKey()
    {
        Check(SellerId, nameof(SellerId));
        Check(MarketplaceId, nameof(MarketplaceId));
        return MarketplaceId + Separator + SellerId;
    }

    /// <summary>Reads a grain key written by <see cref="ToGrainKey"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentException">The key is not <c>{marketplaceId}/{sellerId}</c>.</exception>
    public static SellerAccountId FromGrainKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int at = key.IndexOf(Separator, StringComparison.Ordinal);
        if (at <= 0 || at == key.Length - 1 || key.IndexOf(Separator, at + 1) >= 0)
        {
            throw new ArgumentException($"a seller account key must be '{{marketplaceId}}/{{sellerId}}', was '{key}'.", nameof(key));
        }

        return new SellerAccountId(key[(at + 1)..], key[..at]);
    }

    /// <summary>Returns <c>{sellerId} on {marketplaceId}</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{SellerId} on {MarketplaceId}";

    private static void Check(string? part, string name)
    {
        if (string.IsNullOrWhiteSpace(part) || part.Contains(Separator, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{name} must not be blank or contain '{Separator}', was '{part}'.", name);
        }
    }
}
