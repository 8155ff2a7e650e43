namespace SellerPolicy.Metrics;

/// <summary>
/// The columns of the engine's day-interval index. The first <see cref="AccountHealthCounts.ColumnCount"/> are the
/// per-day counts of <see cref="AccountHealthCounts"/>; the last two only name the failing orders of the
/// "greater than" metrics (they are denominator minus numerator).
/// </summary>
internal enum CountColumn : byte
{
    MfnOrders,
    MfnDefective,
    MfnClaims,
    MfnChargebacks,
    MfnNegativeFeedback,
    AfnOrders,
    AfnDefective,
    AfnClaims,
    AfnChargebacks,
    AfnNegativeFeedback,
    CancellationOrders,
    Cancelled,
    LateShipmentOrders,
    LateShipments,
    LateShipment10DayOrders,
    LateShipments10Day,
    TrackingShipments,
    ValidTracking,
    DeliveryShipments,
    OnTimeDeliveries,
    ReturnRequests,
    ReturnsDissatisfied,
    ReturnsNegativeFeedback,
    ReturnsLateResponse,
    ReturnsInvalidRejection,

    // Id-only columns (not in AccountHealthCounts).
    TrackingInvalid,
    DeliveryNotOnTime,
}
