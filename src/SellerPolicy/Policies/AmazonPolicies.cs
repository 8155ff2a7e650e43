using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Time;

namespace SellerPolicy.Policies;

/// <summary>
/// The built-in Amazon policy versions, with the numbers and sources of docs/policies.md
/// (domain-rules.md in the design notes).
/// </summary>
public static class AmazonPolicies
{
    /// <summary>The family name of the built-in Amazon policies.</summary>
    public const string Name = "amazon";

    /// <summary>
    /// Gets the current rules (<c>amazon@2025-01-01</c>): ODR &lt; 1 % over 60 days with a 14-day lag, pending
    /// claims count; "not received" claims open 72 h after the latest delivery date (or at the delivered scan)
    /// and close 90 days after it; 30-day returns from delivery.
    /// </summary>
    public static MarketplacePolicy Current { get; } = new()
    {
        Name = Name,
        EffectiveFrom = new LocalDate(2025, 1, 1),
        Returns = DefaultReturns,
    };

    /// <summary>
    /// Gets the legacy rules (<c>amazon@2015-01-01</c>): like <see cref="Current"/>, except that a
    /// "not received" claim also opens 30 days after the order, and the claim window closes 90 days after
    /// the order date.
    /// </summary>
    public static MarketplacePolicy Legacy { get; } = Current with
    {
        EffectiveFrom = new LocalDate(2015, 1, 1),
        Claims = new ClaimPolicy
        {
            NotReceivedOpensAfterPurchase = Duration.FromDays(30),
            WindowBasis = ClaimWindowBasis.PurchaseDate,
        },
    };

    /// <summary>Gets the timeline of the built-in versions: legacy from 2015-01-01, current from 2025-01-01.</summary>
    public static PolicyTimeline Timeline { get; } = new([Legacy, Current]);

    /// <summary>Gets the names accepted by <see cref="TryGet(string, out PolicyTimeline?)"/>.</summary>
    public static ImmutableArray<string> Names { get; } = ["amazon", "amazon-legacy", "amazon-current"];

    /// <summary>Returns a built-in timeline by name: <c>amazon</c> (both versions by date), <c>amazon-legacy</c>, <c>amazon-current</c>.</summary>
    /// <param name="name">The name (case-insensitive).</param>
    /// <param name="timeline">The timeline, when found.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PolicyTimeline? timeline)
    {
        timeline = name?.ToLowerInvariant() switch
        {
            "amazon" => Timeline,
            "amazon-legacy" => PolicyTimeline.Of(Legacy),
            "amazon-current" => PolicyTimeline.Of(Current),
            _ => null,
        };
        return timeline is not null;
    }

    private static ReturnPolicy DefaultReturns => new()
    {
        HolidayExtensions =
        [
            // 2015 rule: items shipped 1 Nov - 31 Dec returnable until 31 Jan (domain-rules.md 5.1).
            new HolidayReturnExtension(HolidayBasis.Shipped, new DayWindow(new LocalDate(2015, 11, 1), new LocalDate(2015, 12, 31)), new LocalDate(2016, 1, 31)),
            // 2020 rule: orders delivered 1 Oct - 31 Dec returnable until 31 Jan.
            new HolidayReturnExtension(HolidayBasis.Delivered, new DayWindow(new LocalDate(2020, 10, 1), new LocalDate(2020, 12, 31)), new LocalDate(2021, 1, 31)),
        ],
        SellerFaultReasons = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
            "DEFECTIVE", "DAMAGED_BY_CARRIER", "DAMAGED_BY_FC", "NOT_AS_DESCRIBED", "WRONG_ITEM", "MISSING_PARTS",
            "QUALITY_UNACCEPTABLE", "MISSED_ESTIMATED_DELIVERY", "NOT_COMPATIBLE", "SWITCHEROO", "EXTRA_ITEM"),
        BuyerFaultReasons = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
            "NO_LONGER_NEEDED", "ORDERED_WRONG_ITEM", "FOUND_BETTER_PRICE", "UNWANTED_GIFT", "UNAUTHORIZED_PURCHASE",
            "APPAREL_TOO_SMALL", "APPAREL_TOO_LARGE", "APPAREL_STYLE", "NOT_AS_EXPECTED", "NO_REASON_GIVEN"),

        // Restocking fees (domain-rules.md 5.2): opened media up to 50 %, damaged or incomplete not by the
        // seller's fault up to 50 %, unopened but late 20 %; a fee of 20 % or more needs photo evidence.
        MaxRestockingFeeRates = ImmutableDictionary.CreateRange(
        [
            KeyValuePair.Create(ReturnCondition.OpenedMedia, 0.50m),
            KeyValuePair.Create(ReturnCondition.DamagedOrIncomplete, 0.50m),
        ]),
        LateReturnRestockingFeeRate = 0.20m,
        PhotoEvidenceFromRate = 0.20m,
    };
}
