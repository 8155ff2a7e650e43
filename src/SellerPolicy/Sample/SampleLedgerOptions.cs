using NodaTime;

namespace SellerPolicy.Sample;

/// <summary>
/// What <see cref="SampleLedgerGenerator"/> generates: how many orders, from which seed, over which days,
/// in which currency and marketplace, and whether the year contains the "bad stretch" that pushes the
/// seller-fulfilled Order Defect Rate over 1 %.
/// </summary>
/// <remarks>
/// The generator validates the options and throws <see cref="ArgumentException"/> whose
/// <see cref="ArgumentException.ParamName"/> is the property's name. Equal options always give equal ledgers.
/// </remarks>
public sealed record SampleLedgerOptions
{
    /// <summary>Gets how many orders to generate (positive; default 1000).</summary>
    public int Orders { get; init; } = 1000;

    /// <summary>Gets the seed of the pseudo-random generator (default 7). Different seeds give different ledgers.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>Gets the first purchase day, in UTC (default 2025-11-01).</summary>
    public LocalDate FirstDay { get; init; } = new(2025, 11, 1);

    /// <summary>Gets how many days orders are placed on (default 365, at least 1): the last purchase day is <see cref="LastDay"/>.</summary>
    public int Days { get; init; } = 365;

    /// <summary>Gets the share of orders Fulfilled by Amazon (AFN), a fraction from 0 to 1 (default 0.35).</summary>
    public double AfnShare { get; init; } = 0.35;

    /// <summary>Gets the ISO 4217 currency of every amount (default <c>USD</c>).</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>Gets the marketplace id written on every order (default <c>ATVPDKIKX0DER</c>, amazon.com).</summary>
    public string MarketplaceId { get; init; } = "ATVPDKIKX0DER";

    /// <summary>Gets the seller's home country (ISO 3166, default <c>US</c>); about 4 % of orders ship abroad.</summary>
    public string HomeCountry { get; init; } = "US";

    /// <summary>
    /// Gets whether the year contains the bad stretch: ten days of seller-fulfilled orders, purchased 34 to 25
    /// days before <see cref="LastDay"/>, with many negative feedbacks and A-to-z claims, so that the MFN Order
    /// Defect Rate as of <see cref="LastDay"/> is above 1 % (default true). Needs <see cref="Days"/> of at least 90;
    /// a shorter span has no bad stretch.
    /// </summary>
    public bool BadStretch { get; init; } = true;

    /// <summary>
    /// Gets the size of the catalogue: 0 (default) for the sample seller's own 40 SKUs, most popular first; any other
    /// number for a generated catalogue of that many SKUs in ten categories with varied prices (0.99-499.99), each
    /// equally likely, so that order lines rarely repeat (data unlike the sample's, for the benchmarks). At most 1,000,000.
    /// </summary>
    public int Catalogue { get; init; }

    /// <summary>Gets the names <see cref="ForMarketplace"/> accepts: <c>amazon</c>, <c>ebay</c>, <c>walmart</c>.</summary>
    public static IReadOnlyList<string> Marketplaces { get; } = ["amazon", "ebay", "walmart"];

    /// <summary>
    /// Returns the default options of a seller on <paramref name="marketplace"/>: on <c>amazon</c> the defaults (MFN and AFN,
    /// amazon.com); on <c>ebay</c> and <c>walmart</c> every order seller-fulfilled (<see cref="AfnShare"/> 0) with the
    /// marketplace id <c>EBAY_US</c> or <c>WALMART_US</c>. Names are compared ignoring case.
    /// </summary>
    /// <param name="marketplace">One of <see cref="Marketplaces"/>.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Marketplaces"/>.</exception>
    public static SampleLedgerOptions ForMarketplace(string marketplace)
        => marketplace?.ToUpperInvariant() switch
        {
            "AMAZON" => new SampleLedgerOptions(),
            "EBAY" => new SampleLedgerOptions { AfnShare = 0, MarketplaceId = "EBAY_US" },
            "WALMART" => new SampleLedgerOptions { AfnShare = 0, MarketplaceId = "WALMART_US" },
            _ => throw new ArgumentException($"marketplace must be one of {string.Join(", ", Marketplaces)}, was '{marketplace}'.", nameof(marketplace)),
        };

    /// <summary>Gets the last purchase day: <see cref="FirstDay"/> plus <see cref="Days"/> - 1.</summary>
    public LocalDate LastDay => FirstDay.PlusDays(Days - 1);
}
