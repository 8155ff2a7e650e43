using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>How Amazon's files are read into a ledger: strictness, and the assumptions the reports force on us.</summary>
/// <remarks>
/// Every assumption is named here so that a caller can change it. The defaults are the conservative ones: a
/// cancellation the report cannot attribute counts against the seller, as Amazon would count a seller's own
/// cancellation.
/// </remarks>
public sealed record AmazonImportOptions
{
    /// <summary>Gets the default options.</summary>
    public static AmazonImportOptions Default { get; } = new();

    /// <summary>Gets whether any problem fails the import (strict, default) or bad records are left out and counted (lenient).</summary>
    public LedgerBuildMode Mode { get; init; } = LedgerBuildMode.Strict;

    /// <summary>
    /// Gets who is taken to have cancelled a cancelled order when no <c>cancelledBy</c> is given in a shipments file.
    /// The orders report does not say; default <see cref="Ledger.CancelledBy.Seller"/> (the cancellation counts in
    /// the pre-fulfilment cancellation rate). Use <see cref="Ledger.CancelledBy.Buyer"/> if most of your
    /// cancellations are buyer requests.
    /// </summary>
    public CancelledBy AssumedCancelledBy { get; init; } = CancelledBy.Seller;

    /// <summary>Gets the marketplace, when the caller knows it; it settles a missing currency and the feedback date format.</summary>
    public AmazonMarketplace? Marketplace { get; init; }

    /// <summary>
    /// Gets the NodaTime pattern of the feedback report's <c>Date</c> column (for example <c>MM/dd/yy</c> or
    /// <c>dd/MM/yy</c>). When null, the marketplace's format is used: that of <see cref="Marketplace"/>, else of the
    /// one marketplace the orders report names. With neither, the feedback file is a problem, not a guess.
    /// </summary>
    public string? FeedbackDateFormat { get; init; }

    /// <summary>Gets the time zone in which a value that is only a date (no time) starts its day; default UTC.</summary>
    public DateTimeZone DateZone { get; init; } = DateTimeZone.Utc;

    /// <summary>
    /// Gets whether a return request the returns report shows as decided (authorised, rejected, closed, received,
    /// refunded) is taken to have been answered at the moment it was requested. The report has no response time;
    /// without this, every decided request would count as a late response. Default true (Amazon authorises most
    /// in-policy requests automatically); set false to leave the response time unknown.
    /// </summary>
    public bool AssumeDecidedReturnsAnsweredOnTime { get; init; } = true;
}
