using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>What Amazon's performance report says about one marketplace. A metric the report leaves out (or that could not be read) is null.</summary>
/// <param name="MarketplaceId">The marketplace.</param>
/// <param name="AccountStatus">The account status of <c>accountStatuses</c> (NORMAL, AT_RISK, DEACTIVATED, SUSPENDED...), when given.</param>
/// <param name="AccountHealthRatingStatus">The account health rating status (GREAT, WARNED...), read from <c>accountHealthRatingStatus</c> or <c>ahrStatus</c>.</param>
/// <param name="OrderDefectRateMfn">The seller-fulfilled ODR.</param>
/// <param name="OrderDefectRateAfn">The Fulfilled-by-Amazon ODR.</param>
/// <param name="PreFulfillmentCancellationRate">The pre-fulfilment cancellation rate (<c>preFulfillmentCancellationRate</c> or <c>prefulfillmentCancelRate</c>).</param>
/// <param name="LateShipmentRate">The late shipment rate.</param>
/// <param name="ValidTrackingRate">The valid tracking rate.</param>
/// <param name="OnTimeDeliveryRate">The on-time delivery rate.</param>
public sealed record AmazonMarketplacePerformance(
    MarketplaceId MarketplaceId,
    string? AccountStatus,
    string? AccountHealthRatingStatus,
    AmazonOrderDefectRate? OrderDefectRateMfn,
    AmazonOrderDefectRate? OrderDefectRateAfn,
    AmazonRateMetric? PreFulfillmentCancellationRate,
    AmazonRateMetric? LateShipmentRate,
    AmazonRateMetric? ValidTrackingRate,
    AmazonRateMetric? OnTimeDeliveryRate);
