namespace SellerPolicy.Metrics;

/// <summary>The account-health metrics a snapshot reports, in report order.</summary>
/// <remarks>The report name of each (as printed in JSON) is given by <see cref="MetricKindExtensions.ToReportName(MetricKind)"/>.</remarks>
public enum MetricKind
{
    /// <summary>Order Defect Rate of seller-fulfilled (MFN) orders: <c>orderDefectRate.mfn</c>.</summary>
    OrderDefectRateMfn,

    /// <summary>Order Defect Rate of Fulfilled by Amazon (AFN) orders: <c>orderDefectRate.afn</c>.</summary>
    OrderDefectRateAfn,

    /// <summary>Pre-fulfilment cancellation rate: <c>preFulfillmentCancellationRate</c>.</summary>
    PreFulfillmentCancellationRate,

    /// <summary>Late shipment rate over 30 days: <c>lateShipmentRate</c>.</summary>
    LateShipmentRate,

    /// <summary>Late shipment rate over 10 days: <c>lateShipmentRate10Day</c>.</summary>
    LateShipmentRate10Day,

    /// <summary>Valid tracking rate: <c>validTrackingRate</c>.</summary>
    ValidTrackingRate,

    /// <summary>On-time delivery rate: <c>onTimeDeliveryRate</c>.</summary>
    OnTimeDeliveryRate,

    /// <summary>Return dissatisfaction rate: <c>returnDissatisfactionRate</c>.</summary>
    ReturnDissatisfactionRate,
}
