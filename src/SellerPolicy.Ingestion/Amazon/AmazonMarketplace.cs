using System.Collections.Immutable;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// An Amazon marketplace as the report files name it: its id, the <c>sales-channel</c> text of the orders report,
/// its currency, and the date format of its seller feedback report.
/// </summary>
/// <remarks>
/// The feedback date formats are the defaults we know of (US-style month first in North America, day first in
/// Europe, year first in Japan). A file that differs is read with an explicit
/// <see cref="AmazonImportOptions.FeedbackDateFormat"/>; a value that does not parse is a problem, never a guess.
/// </remarks>
/// <param name="Id">The marketplace id, such as <c>ATVPDKIKX0DER</c>.</param>
/// <param name="SalesChannel">The <c>sales-channel</c> value of the orders report, such as <c>Amazon.com</c>.</param>
/// <param name="Currency">The marketplace's ISO 4217 currency.</param>
/// <param name="FeedbackDateFormat">The NodaTime pattern of the feedback report's <c>Date</c> column, such as <c>M/d/yy</c>.</param>
public sealed record AmazonMarketplace(MarketplaceId Id, string SalesChannel, string Currency, string FeedbackDateFormat)
{
    /// <summary>Gets amazon.com (United States).</summary>
    public static AmazonMarketplace UnitedStates { get; } = new(new MarketplaceId("ATVPDKIKX0DER"), "Amazon.com", "USD", "M/d/yy");

    /// <summary>Gets amazon.co.uk (United Kingdom).</summary>
    public static AmazonMarketplace UnitedKingdom { get; } = new(new MarketplaceId("A1F83G8C2ARO7P"), "Amazon.co.uk", "GBP", "d/M/yy");

    /// <summary>Gets amazon.de (Germany).</summary>
    public static AmazonMarketplace Germany { get; } = new(new MarketplaceId("A1PA6795UKMFR9"), "Amazon.de", "EUR", "d/M/yy");

    /// <summary>Gets every marketplace this library knows, in a fixed order.</summary>
    public static ImmutableArray<AmazonMarketplace> All { get; } =
    [
        UnitedStates,
        new(new MarketplaceId("A2EUQ1WTGCTBG2"), "Amazon.ca", "CAD", "M/d/yy"),
        new(new MarketplaceId("A1AM78C64UM0Y8"), "Amazon.com.mx", "MXN", "d/M/yy"),
        UnitedKingdom,
        Germany,
        new(new MarketplaceId("A13V1IB3VIYZZH"), "Amazon.fr", "EUR", "d/M/yy"),
        new(new MarketplaceId("APJ6JRA9NG5V4"), "Amazon.it", "EUR", "d/M/yy"),
        new(new MarketplaceId("A1RKKUPIHCS9HS"), "Amazon.es", "EUR", "d/M/yy"),
        new(new MarketplaceId("A1805IZSGTT6HS"), "Amazon.nl", "EUR", "d/M/yy"),
        new(new MarketplaceId("A1C3SOZRARQ6R3"), "Amazon.pl", "PLN", "d/M/yy"),
        new(new MarketplaceId("A2NODRKZP88ZB9"), "Amazon.se", "SEK", "d/M/yy"),
        new(new MarketplaceId("A1VC38T7YXB528"), "Amazon.co.jp", "JPY", "yy/M/d"),
        new(new MarketplaceId("A39IBJ37TRP1C6"), "Amazon.com.au", "AUD", "d/M/yy"),
    ];

    /// <summary>Finds a marketplace by its <c>sales-channel</c> text (ignoring case) or its id.</summary>
    /// <param name="nameOrId">Text such as <c>Amazon.de</c>, <c>amazon.de</c> or <c>A1PA6795UKMFR9</c>.</param>
    /// <param name="marketplace">The marketplace, when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryFind(string? nameOrId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AmazonMarketplace? marketplace)
    {
        string key = nameOrId?.Trim() ?? string.Empty;
        marketplace = All.FirstOrDefault(m => string.Equals(m.SalesChannel, key, StringComparison.OrdinalIgnoreCase)
                                              || string.Equals(m.Id.Value, key, StringComparison.Ordinal));
        return marketplace is not null;
    }
}
