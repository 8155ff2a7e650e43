using System.Collections.Immutable;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;

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
    AmazonRateMetric? OnTimeDeliveryRate)
{
    /// <summary>Gets the seller-fulfilled ODR as the engine's result type (see <see cref="AmazonOrderDefectRate.Result"/>), when it can be one.</summary>
    public OrderDefectRateResult? OrderDefectRateMfnResult => OrderDefectRateMfn?.Result;

    /// <summary>Gets the Fulfilled-by-Amazon ODR as the engine's result type, when it can be one.</summary>
    public OrderDefectRateResult? OrderDefectRateAfnResult => OrderDefectRateAfn?.Result;

    /// <summary>Gets the pre-fulfilment cancellation rate as the engine's result type (see <see cref="AmazonRateMetric.Result"/>), when it can be one.</summary>
    public PreFulfillmentCancellationRateResult? PreFulfillmentCancellationRateResult => PreFulfillmentCancellationRate?.Result as PreFulfillmentCancellationRateResult;

    /// <summary>Gets the (30-day) late shipment rate as the engine's result type, when it can be one.</summary>
    public LateShipmentRateResult? LateShipmentRateResult => LateShipmentRate?.Result as LateShipmentRateResult;

    /// <summary>Gets the valid tracking rate as the engine's result type, when it can be one.</summary>
    public ValidTrackingRateResult? ValidTrackingRateResult => ValidTrackingRate?.Result as ValidTrackingRateResult;

    /// <summary>Gets the on-time delivery rate as the engine's result type, when it can be one.</summary>
    public OnTimeDeliveryRateResult? OnTimeDeliveryRateResult => OnTimeDeliveryRate?.Result as OnTimeDeliveryRateResult;

    /// <summary>
    /// Returns every figure of the report that can be one of the engine's result types, in the order ODR MFN, ODR AFN,
    /// pre-fulfilment cancellation, late shipment, valid tracking, on-time delivery (a figure the report lacks, or whose
    /// counts are missing or contradict each other, is left out; the reader notes why).
    /// </summary>
    /// <returns>The results; <see cref="MetricResult.PolicyVersion"/> is <see cref="AmazonPerformanceReport.PolicyVersion"/>.</returns>
    public ImmutableArray<MetricResult> ToMetricResults()
        => [.. new MetricResult?[]
        {
            OrderDefectRateMfnResult, OrderDefectRateAfnResult, PreFulfillmentCancellationRate?.Result, LateShipmentRate?.Result,
            ValidTrackingRate?.Result, OnTimeDeliveryRate?.Result,
        }.OfType<MetricResult>()];
}
