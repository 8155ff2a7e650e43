using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Metrics;

/// <summary>
/// Every account-health metric of a seller as of the end of one day under one policy version: what the seller would have
/// seen in the account health dashboard that day.
/// </summary>
/// <remarks>
/// <para>Only what was known by the end of <see cref="AsOf"/> (instants before the start of the next reporting day) is
/// used. See docs/metrics.md for each metric's window, attribution and target.</para>
/// <para><see cref="OverallStatus"/> is BAD when any metric is BAD, GOOD when none is BAD and at least one is GOOD, and
/// NONE when every metric is NONE. Equality compares every figure.</para>
/// </remarks>
public sealed record AccountHealthSnapshot
{
    internal AccountHealthSnapshot(
        LocalDate asOf,
        string policyVersion,
        OrderDefectRates orderDefectRate,
        PreFulfillmentCancellationRateResult preFulfillmentCancellationRate,
        LateShipmentRateResult lateShipmentRate,
        LateShipmentRateResult lateShipmentRate10Day,
        ValidTrackingRateResult validTrackingRate,
        OnTimeDeliveryRateResult onTimeDeliveryRate,
        ReturnDissatisfactionRateResult returnDissatisfactionRate,
        AccountHealthCounts counts)
    {
        AsOf = asOf;
        PolicyVersion = policyVersion;
        OrderDefectRate = orderDefectRate;
        PreFulfillmentCancellationRate = preFulfillmentCancellationRate;
        LateShipmentRate = lateShipmentRate;
        LateShipmentRate10Day = lateShipmentRate10Day;
        ValidTrackingRate = validTrackingRate;
        OnTimeDeliveryRate = onTimeDeliveryRate;
        ReturnDissatisfactionRate = returnDissatisfactionRate;
        Counts = counts;
    }

    /// <summary>Gets the as-of day.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the version of the policy that produced every figure.</summary>
    public string PolicyVersion { get; }

    /// <summary>Gets the Order Defect Rate, MFN and AFN separately.</summary>
    public OrderDefectRates OrderDefectRate { get; }

    /// <summary>Gets the pre-fulfilment cancellation rate.</summary>
    public PreFulfillmentCancellationRateResult PreFulfillmentCancellationRate { get; }

    /// <summary>Gets the late shipment rate over the 30-day window.</summary>
    public LateShipmentRateResult LateShipmentRate { get; }

    /// <summary>Gets the late shipment rate over the 10-day window.</summary>
    public LateShipmentRateResult LateShipmentRate10Day { get; }

    /// <summary>Gets the valid tracking rate.</summary>
    public ValidTrackingRateResult ValidTrackingRate { get; }

    /// <summary>Gets the on-time delivery rate.</summary>
    public OnTimeDeliveryRateResult OnTimeDeliveryRate { get; }

    /// <summary>Gets the return dissatisfaction rate.</summary>
    public ReturnDissatisfactionRateResult ReturnDissatisfactionRate { get; }

    /// <summary>Gets the raw counts behind the figures (the row a daily series holds for this day).</summary>
    public AccountHealthCounts Counts { get; }

    /// <summary>Gets every metric, in <see cref="MetricKind"/> order.</summary>
    public ImmutableArray<MetricResult> Metrics =>
    [
        OrderDefectRate.Mfn, OrderDefectRate.Afn, PreFulfillmentCancellationRate, LateShipmentRate, LateShipmentRate10Day,
        ValidTrackingRate, OnTimeDeliveryRate, ReturnDissatisfactionRate,
    ];

    /// <summary>Gets BAD when any metric is BAD, GOOD when none is BAD and one is GOOD, NONE when all are NONE.</summary>
    public MetricStatus OverallStatus
    {
        get
        {
            ImmutableArray<MetricResult> metrics = Metrics;
            return metrics.Any(m => m.Status == MetricStatus.Bad) ? MetricStatus.Bad
                : metrics.Any(m => m.Status == MetricStatus.Good) ? MetricStatus.Good
                : MetricStatus.None;
        }
    }

    /// <summary>Gets the metrics whose status is BAD, in <see cref="MetricKind"/> order.</summary>
    public ImmutableArray<MetricKind> FailingMetrics => [.. Metrics.Where(m => m.Status == MetricStatus.Bad).Select(m => m.Kind)];

    /// <summary>Gets the report names of the failing metrics, such as <c>orderDefectRate.mfn</c>.</summary>
    public ImmutableArray<string> FailingMetricNames => [.. FailingMetrics.Select(k => k.ToReportName())];

    /// <summary>Returns the result of one metric.</summary>
    /// <param name="kind">The metric.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public MetricResult Get(MetricKind kind) => kind switch
    {
        MetricKind.OrderDefectRateMfn => OrderDefectRate.Mfn,
        MetricKind.OrderDefectRateAfn => OrderDefectRate.Afn,
        MetricKind.PreFulfillmentCancellationRate => PreFulfillmentCancellationRate,
        MetricKind.LateShipmentRate => LateShipmentRate,
        MetricKind.LateShipmentRate10Day => LateShipmentRate10Day,
        MetricKind.ValidTrackingRate => ValidTrackingRate,
        MetricKind.OnTimeDeliveryRate => OnTimeDeliveryRate,
        MetricKind.ReturnDissatisfactionRate => ReturnDissatisfactionRate,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"kind must be a defined MetricKind, was {kind}."),
    };

    /// <summary>Returns a one-line summary: as-of day, overall status and failing metrics.</summary>
    public override string ToString()
        => $"Account health as of {AsOf:uuuu-MM-dd} ({PolicyVersion}): {OverallStatus.ToString().ToUpperInvariant()}"
           + (FailingMetrics.IsEmpty ? string.Empty : " failing " + string.Join(", ", FailingMetricNames));

    /// <summary>Returns the window of a metric as of <paramref name="asOf"/> under <paramref name="policy"/>.</summary>
    /// <param name="kind">The metric.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The window of attribution days.</returns>
    internal static DayWindow WindowOf(MetricKind kind, LocalDate asOf, MarketplacePolicy policy) => kind switch
    {
        MetricKind.OrderDefectRateMfn or MetricKind.OrderDefectRateAfn
            => DayWindow.Ending(asOf.PlusDays(-policy.OrderDefectRate.LagDays), policy.OrderDefectRate.WindowDays),
        MetricKind.PreFulfillmentCancellationRate => DayWindow.Ending(asOf, policy.PreFulfillmentCancellation.WindowDays),
        MetricKind.LateShipmentRate => DayWindow.Ending(asOf, policy.LateShipment.WindowDays),
        MetricKind.LateShipmentRate10Day => DayWindow.Ending(asOf, policy.LateShipment10Day.WindowDays),
        MetricKind.ValidTrackingRate => DayWindow.Ending(asOf, policy.ValidTracking.WindowDays),
        MetricKind.OnTimeDeliveryRate => DayWindow.Ending(asOf, policy.OnTimeDelivery.WindowDays),
        _ => DayWindow.Ending(asOf, policy.ReturnDissatisfaction.WindowDays),
    };

    /// <summary>Builds a snapshot from counts and the hurt orders of each metric.</summary>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="c">The counts.</param>
    /// <param name="ids">The hurt orders of a metric (sorted, distinct), or empty when not known.</param>
    /// <returns>The snapshot.</returns>
    internal static AccountHealthSnapshot Create(LocalDate asOf, MarketplacePolicy policy, AccountHealthCounts c, Func<MetricKind, ImmutableArray<OrderId>> ids)
    {
        string v = policy.Version;
        MetricTarget odrTarget = policy.OrderDefectRate.Target;
        return new AccountHealthSnapshot(
            asOf,
            v,
            new OrderDefectRates(
                new OrderDefectRateResult(FulfillmentChannel.Mfn, WindowOf(MetricKind.OrderDefectRateMfn, asOf, policy), c.MfnOrderCount, c.MfnOrderWithDefects,
                    c.MfnClaims, c.MfnChargebacks, c.MfnNegativeFeedback, odrTarget, v, ids(MetricKind.OrderDefectRateMfn)),
                new OrderDefectRateResult(FulfillmentChannel.Afn, WindowOf(MetricKind.OrderDefectRateAfn, asOf, policy), c.AfnOrderCount, c.AfnOrderWithDefects,
                    c.AfnClaims, c.AfnChargebacks, c.AfnNegativeFeedback, odrTarget, v, ids(MetricKind.OrderDefectRateAfn))),
            new PreFulfillmentCancellationRateResult(WindowOf(MetricKind.PreFulfillmentCancellationRate, asOf, policy), c.CancellationOrderCount,
                c.CancellationCount, policy.PreFulfillmentCancellation.Target, v, ids(MetricKind.PreFulfillmentCancellationRate)),
            new LateShipmentRateResult(MetricKind.LateShipmentRate, WindowOf(MetricKind.LateShipmentRate, asOf, policy), c.LateShipmentOrderCount,
                c.LateShipmentCount, policy.LateShipment.Target, v, ids(MetricKind.LateShipmentRate)),
            new LateShipmentRateResult(MetricKind.LateShipmentRate10Day, WindowOf(MetricKind.LateShipmentRate10Day, asOf, policy), c.LateShipment10DayOrderCount,
                c.LateShipment10DayCount, policy.LateShipment10Day.Target, v, ids(MetricKind.LateShipmentRate10Day)),
            new ValidTrackingRateResult(WindowOf(MetricKind.ValidTrackingRate, asOf, policy), c.ShipmentCount, c.ValidTrackingCount,
                policy.ValidTracking.Target, v, ids(MetricKind.ValidTrackingRate)),
            new OnTimeDeliveryRateResult(WindowOf(MetricKind.OnTimeDeliveryRate, asOf, policy), c.ShipmentCountWithValidTracking, c.OnTimeDeliveryCount,
                policy.OnTimeDelivery.Target, v, ids(MetricKind.OnTimeDeliveryRate)),
            new ReturnDissatisfactionRateResult(WindowOf(MetricKind.ReturnDissatisfactionRate, asOf, policy), c.ReturnRequestCount, c.DissatisfiedCount,
                c.NegativeReturnFeedbackCount, c.LateResponseCount, c.InvalidRejectionCount, policy.ReturnDissatisfaction.Target, v,
                ids(MetricKind.ReturnDissatisfactionRate)),
            c);
    }
}
