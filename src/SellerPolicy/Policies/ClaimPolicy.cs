using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Policies;

/// <summary>The A-to-z Guarantee numbers: when a buyer may file, and the seller's deadlines around a claim.</summary>
/// <remarks>
/// Durations are exact (a day is 24 hours), as domain-rules.md section 3.2 requires.
/// Validated with the whole policy by <see cref="PolicyValidator"/>.
/// </remarks>
public sealed record ClaimPolicy
{
    // Shared instances, so that two default policies stay equal (record equality compares sets by reference).
    private static readonly ImmutableHashSet<string> DefaultNotCoveredCategories =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "Digital", "GiftCard", "Services");

    private static readonly ImmutableHashSet<ClaimReason> DefaultNotCoveredReasons = [ClaimReason.Other];

    /// <summary>Gets how long after first contacting the seller a buyer must wait before filing (default 48 h).</summary>
    public Duration ContactWait { get; init; } = Duration.FromHours(48);

    /// <summary>Gets how long after the latest estimated delivery date a "not received" claim opens (default 72 h).</summary>
    public Duration NotReceivedOpensAfterDelivery { get; init; } = Duration.FromHours(72);

    /// <summary>
    /// Gets, for the legacy rule, how long after purchase a "not received" claim also opens (whichever is
    /// earlier); null in the current rule (default null; legacy 30 days).
    /// </summary>
    public Duration? NotReceivedOpensAfterPurchase { get; init; }

    /// <summary>Gets how long the window stays open (default 90 days).</summary>
    public Duration WindowLength { get; init; } = Duration.FromDays(90);

    /// <summary>Gets what the window's close is counted from (default the latest estimated delivery date).</summary>
    public ClaimWindowBasis WindowBasis { get; init; } = ClaimWindowBasis.LatestDeliveryDate;

    /// <summary>Gets within how many days of arranging a return the buyer must ship it (default 14).</summary>
    public int ReturnShipWithinDays { get; init; } = 14;

    /// <summary>Gets the seller's time to answer Amazon's information request (default 48 h; newer US text 72 h).</summary>
    public Duration InformationRequestResponse { get; init; } = Duration.FromHours(48);

    /// <summary>Gets the seller's time to answer a buyer's message (default 48 h).</summary>
    public Duration BuyerMessageResponse { get; init; } = Duration.FromHours(48);

    /// <summary>Gets how long after a decision the seller may appeal a granted claim (default 30 days).</summary>
    public Duration AppealWindow { get; init; } = Duration.FromDays(30);

    /// <summary>Gets the seller's time to respond to a chargeback notification (default 7 days).</summary>
    public Duration ChargebackResponse { get; init; } = Duration.FromDays(7);

    /// <summary>Gets the time to send a plan of action after a suspension (default 17 days).</summary>
    public Duration PlanOfAction { get; init; } = Duration.FromDays(17);

    /// <summary>
    /// Gets the order-line categories the guarantee does not cover (compared ignoring case; default
    /// <c>Digital</c>, <c>GiftCard</c>, <c>Services</c>: digital items, gift cards and stored value, services).
    /// An order all of whose lines are in these categories is not covered; a line without a category is covered.
    /// </summary>
    public ImmutableHashSet<string> NotCoveredCategories { get; init; } = DefaultNotCoveredCategories;

    /// <summary>
    /// Gets the claim reasons the guarantee does not cover (default <see cref="ClaimReason.Other"/>: the guarantee
    /// names not received, damaged or defective, materially different, and return or refund problems).
    /// </summary>
    public ImmutableHashSet<ClaimReason> NotCoveredReasons { get; init; } = DefaultNotCoveredReasons;
}
