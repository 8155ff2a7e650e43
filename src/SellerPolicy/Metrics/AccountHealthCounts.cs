using System.Collections.Immutable;
using SellerPolicy.Marketplaces.Amazon;

namespace SellerPolicy.Metrics;

/// <summary>
/// The counts of every metric of a <see cref="MetricCatalog"/> on one as-of day: the row of a daily series, without order
/// ids. Counts are additive: the counts of two ledgers with disjoint orders add up (<see cref="Plus(AccountHealthCounts)"/>)
/// to the counts of the merged ledger, so hosts can shard a history and merge.
/// </summary>
/// <remarks>
/// <para>Read a metric's counts with <see cref="Of(MetricId)"/>, or a value by column (<see cref="MetricCatalog.ColumnOf"/>).
/// The named properties (<see cref="MfnOrderCount"/>…) are Amazon's counts, kept for compatibility: they read the Amazon
/// metrics of the catalog and throw <see cref="KeyNotFoundException"/> for a catalog without them.</para>
/// <para>The default value is all zeros of Amazon's default catalog. Equality compares the catalog and every count.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(SellerPolicy.Serialization.AccountHealthCountsJsonConverter))]
public readonly struct AccountHealthCounts : IEquatable<AccountHealthCounts>
{
    private readonly int[]? _values;
    private readonly MetricCatalog? _catalog;

    internal AccountHealthCounts(MetricCatalog catalog, int[] values)
    {
        if (values.Length != catalog.CountedColumns)
        {
            throw new ArgumentException($"values must hold {catalog.CountedColumns} counts, was {values.Length}.", nameof(values));
        }

        _catalog = catalog;
        _values = values;
    }

    /// <summary>Gets the catalog whose counts these are.</summary>
    public MetricCatalog Catalog => _catalog ?? AmazonMetrics.DefaultCatalog;

    /// <summary>Gets every count, in column order (<see cref="MetricCatalog.CountedSlots"/>).</summary>
    public ImmutableArray<int> Values => _values is null ? ImmutableArray.Create(new int[Catalog.CountedColumns]) : ImmutableArray.Create(_values);

    /// <summary>Gets the MFN orders in the ODR window.</summary>
    public int MfnOrderCount => Amazon(AmazonMetricIds.OrderDefectRateMfn, OrderDefectRateMetric.OrderCount);

    /// <summary>Gets the MFN orders with at least one counting defect.</summary>
    public int MfnOrderWithDefects => Amazon(AmazonMetricIds.OrderDefectRateMfn, OrderDefectRateMetric.OrderWithDefects);

    /// <summary>Gets the MFN orders with a counting claim.</summary>
    public int MfnClaims => Amazon(AmazonMetricIds.OrderDefectRateMfn, OrderDefectRateMetric.Claims);

    /// <summary>Gets the MFN orders with a counting chargeback.</summary>
    public int MfnChargebacks => Amazon(AmazonMetricIds.OrderDefectRateMfn, OrderDefectRateMetric.Chargebacks);

    /// <summary>Gets the MFN orders with a counting negative feedback.</summary>
    public int MfnNegativeFeedback => Amazon(AmazonMetricIds.OrderDefectRateMfn, OrderDefectRateMetric.NegativeFeedback);

    /// <summary>Gets the AFN orders in the ODR window.</summary>
    public int AfnOrderCount => Amazon(AmazonMetricIds.OrderDefectRateAfn, OrderDefectRateMetric.OrderCount);

    /// <summary>Gets the AFN orders with at least one counting defect.</summary>
    public int AfnOrderWithDefects => Amazon(AmazonMetricIds.OrderDefectRateAfn, OrderDefectRateMetric.OrderWithDefects);

    /// <summary>Gets the AFN orders with a counting claim.</summary>
    public int AfnClaims => Amazon(AmazonMetricIds.OrderDefectRateAfn, OrderDefectRateMetric.Claims);

    /// <summary>Gets the AFN orders with a counting chargeback.</summary>
    public int AfnChargebacks => Amazon(AmazonMetricIds.OrderDefectRateAfn, OrderDefectRateMetric.Chargebacks);

    /// <summary>Gets the AFN orders with a counting negative feedback.</summary>
    public int AfnNegativeFeedback => Amazon(AmazonMetricIds.OrderDefectRateAfn, OrderDefectRateMetric.NegativeFeedback);

    /// <summary>Gets the MFN orders in the cancellation window.</summary>
    public int CancellationOrderCount => Amazon(AmazonMetricIds.PreFulfillmentCancellationRate, PreFulfillmentCancellationRateMetric.OrderCount);

    /// <summary>Gets the orders cancelled before shipment by the seller or the system.</summary>
    public int CancellationCount => Amazon(AmazonMetricIds.PreFulfillmentCancellationRate, PreFulfillmentCancellationRateMetric.CancellationCount);

    /// <summary>Gets the orders due in the 30-day late shipment window.</summary>
    public int LateShipmentOrderCount => Amazon(AmazonMetricIds.LateShipmentRate, LateShipmentRateMetric.OrderCount);

    /// <summary>Gets the late orders in the 30-day window.</summary>
    public int LateShipmentCount => Amazon(AmazonMetricIds.LateShipmentRate, LateShipmentRateMetric.LateShipmentCount);

    /// <summary>Gets the orders due in the 10-day late shipment window.</summary>
    public int LateShipment10DayOrderCount => Amazon(AmazonMetricIds.LateShipmentRate10Day, LateShipmentRateMetric.OrderCount);

    /// <summary>Gets the late orders in the 10-day window.</summary>
    public int LateShipment10DayCount => Amazon(AmazonMetricIds.LateShipmentRate10Day, LateShipmentRateMetric.LateShipmentCount);

    /// <summary>Gets the shipments in the valid tracking window.</summary>
    public int ShipmentCount => Amazon(AmazonMetricIds.ValidTrackingRate, ValidTrackingRateMetric.ShipmentCount);

    /// <summary>Gets the shipments with valid tracking.</summary>
    public int ValidTrackingCount => Amazon(AmazonMetricIds.ValidTrackingRate, ValidTrackingRateMetric.ValidTrackingCount);

    /// <summary>Gets the tracked shipments in the on-time delivery window.</summary>
    public int ShipmentCountWithValidTracking => Amazon(AmazonMetricIds.OnTimeDeliveryRate, OnTimeDeliveryRateMetric.ShipmentCountWithValidTracking);

    /// <summary>Gets the shipments delivered on time.</summary>
    public int OnTimeDeliveryCount => Amazon(AmazonMetricIds.OnTimeDeliveryRate, OnTimeDeliveryRateMetric.OnTimeDeliveryCount);

    /// <summary>Gets the return requests in the return dissatisfaction window.</summary>
    public int ReturnRequestCount => Amazon(AmazonMetricIds.ReturnDissatisfactionRate, ReturnDissatisfactionRateMetric.ReturnRequestCount);

    /// <summary>Gets the dissatisfied return requests.</summary>
    public int DissatisfiedCount => Amazon(AmazonMetricIds.ReturnDissatisfactionRate, ReturnDissatisfactionRateMetric.DissatisfiedCount);

    /// <summary>Gets the return requests with negative return feedback.</summary>
    public int NegativeReturnFeedbackCount => Amazon(AmazonMetricIds.ReturnDissatisfactionRate, ReturnDissatisfactionRateMetric.NegativeReturnFeedbackCount);

    /// <summary>Gets the return requests answered late.</summary>
    public int LateResponseCount => Amazon(AmazonMetricIds.ReturnDissatisfactionRate, ReturnDissatisfactionRateMetric.LateResponseCount);

    /// <summary>Gets the return requests rejected incorrectly.</summary>
    public int InvalidRejectionCount => Amazon(AmazonMetricIds.ReturnDissatisfactionRate, ReturnDissatisfactionRateMetric.InvalidRejectionCount);

    /// <summary>Gets the count in <paramref name="column"/> (<see cref="MetricCatalog.ColumnOf"/>).</summary>
    /// <param name="column">The column.</param>
    /// <returns>The count.</returns>
    public int this[int column] => _values is null ? 0 : _values[column];

    /// <summary>Returns whether two counts are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when every count is equal.</returns>
    public static bool operator ==(AccountHealthCounts left, AccountHealthCounts right) => left.Equals(right);

    /// <summary>Returns whether two counts differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when any count differs.</returns>
    public static bool operator !=(AccountHealthCounts left, AccountHealthCounts right) => !left.Equals(right);

    /// <summary>Returns the counts of the metric <paramref name="id"/>.</summary>
    /// <param name="id">The metric.</param>
    /// <returns>Its counts.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such metric.</exception>
    public MetricCounts Of(MetricId id) => new(this, Catalog.IndexOf(id));

    /// <summary>Returns the sum of two sets of counts: the counts of two ledgers with disjoint orders, merged.</summary>
    /// <param name="other">The other counts, of an equal catalog.</param>
    /// <returns>New counts, each the sum.</returns>
    /// <exception cref="ArgumentException">The catalogs differ.</exception>
    public AccountHealthCounts Plus(AccountHealthCounts other)
    {
        if (!Catalog.Equals(other.Catalog))
        {
            throw new ArgumentException($"other must count the same metrics ({Catalog}), was ({other.Catalog}).", nameof(other));
        }

        int[] sum = new int[Catalog.CountedColumns];
        for (int i = 0; i < sum.Length; i++)
        {
            sum[i] = this[i] + other[i];
        }

        return new AccountHealthCounts(Catalog, sum);
    }

    /// <inheritdoc />
    public bool Equals(AccountHealthCounts other)
    {
        if (!Catalog.Equals(other.Catalog))
        {
            return false;
        }

        for (int i = 0; i < Catalog.CountedColumns; i++)
        {
            if (this[i] != other[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AccountHealthCounts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        for (int i = 0; i < Catalog.CountedColumns; i++)
        {
            hash.Add(this[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the counts as <c>metric.slot=value</c> pairs.</summary>
    public override string ToString()
    {
        var self = this;
        return string.Join(", ", Catalog.CountedSlots.Select((s, i) => $"{s.Metric}.{s.Slot.Name}={self[i]}"));
    }

    internal MetricCounts OfIndex(int metricIndex) => new(this, metricIndex);

    private int Amazon(MetricId id, int slot)
    {
        MetricCatalog catalog = Catalog;
        int column = catalog.CountedColumnOf(catalog.IndexOf(id), slot);
        return column < 0 ? 0 : this[column];
    }
}
