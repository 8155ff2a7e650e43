using System.Collections.Immutable;

namespace SellerPolicy.Metrics;

/// <summary>
/// The numerators, denominators and components of every account-health metric on one as-of day: the row of a daily
/// series, without order ids. Counts are additive: the counts of two ledgers with disjoint orders add up
/// (<see cref="Plus(AccountHealthCounts)"/>) to the counts of the merged ledger, so hosts can shard a history and merge.
/// </summary>
/// <remarks>
/// The default value is all zeros. Equality compares every count.
/// </remarks>
public readonly struct AccountHealthCounts : IEquatable<AccountHealthCounts>
{
    /// <summary>The number of counts held.</summary>
    internal const int ColumnCount = (int)CountColumn.ReturnsInvalidRejection + 1;

    private readonly int[]? _values;

    internal AccountHealthCounts(int[] values)
    {
        if (values.Length != ColumnCount)
        {
            throw new ArgumentException($"values must hold {ColumnCount} counts, was {values.Length}.", nameof(values));
        }

        _values = values;
    }

    /// <summary>Gets every count, in column order (MFN ODR orders first, invalid rejections last).</summary>
    public ImmutableArray<int> Values => _values is null ? ImmutableArray.Create(new int[ColumnCount]) : ImmutableArray.Create(_values);

    /// <summary>Gets the MFN orders in the ODR window.</summary>
    public int MfnOrderCount => this[CountColumn.MfnOrders];

    /// <summary>Gets the MFN orders with at least one counting defect.</summary>
    public int MfnOrderWithDefects => this[CountColumn.MfnDefective];

    /// <summary>Gets the MFN orders with a counting claim.</summary>
    public int MfnClaims => this[CountColumn.MfnClaims];

    /// <summary>Gets the MFN orders with a counting chargeback.</summary>
    public int MfnChargebacks => this[CountColumn.MfnChargebacks];

    /// <summary>Gets the MFN orders with a counting negative feedback.</summary>
    public int MfnNegativeFeedback => this[CountColumn.MfnNegativeFeedback];

    /// <summary>Gets the AFN orders in the ODR window.</summary>
    public int AfnOrderCount => this[CountColumn.AfnOrders];

    /// <summary>Gets the AFN orders with at least one counting defect.</summary>
    public int AfnOrderWithDefects => this[CountColumn.AfnDefective];

    /// <summary>Gets the AFN orders with a counting claim.</summary>
    public int AfnClaims => this[CountColumn.AfnClaims];

    /// <summary>Gets the AFN orders with a counting chargeback.</summary>
    public int AfnChargebacks => this[CountColumn.AfnChargebacks];

    /// <summary>Gets the AFN orders with a counting negative feedback.</summary>
    public int AfnNegativeFeedback => this[CountColumn.AfnNegativeFeedback];

    /// <summary>Gets the MFN orders in the cancellation window.</summary>
    public int CancellationOrderCount => this[CountColumn.CancellationOrders];

    /// <summary>Gets the orders cancelled before shipment by the seller or the system.</summary>
    public int CancellationCount => this[CountColumn.Cancelled];

    /// <summary>Gets the orders due in the 30-day late shipment window.</summary>
    public int LateShipmentOrderCount => this[CountColumn.LateShipmentOrders];

    /// <summary>Gets the late orders in the 30-day window.</summary>
    public int LateShipmentCount => this[CountColumn.LateShipments];

    /// <summary>Gets the orders due in the 10-day late shipment window.</summary>
    public int LateShipment10DayOrderCount => this[CountColumn.LateShipment10DayOrders];

    /// <summary>Gets the late orders in the 10-day window.</summary>
    public int LateShipment10DayCount => this[CountColumn.LateShipments10Day];

    /// <summary>Gets the shipments in the valid tracking window.</summary>
    public int ShipmentCount => this[CountColumn.TrackingShipments];

    /// <summary>Gets the shipments with valid tracking.</summary>
    public int ValidTrackingCount => this[CountColumn.ValidTracking];

    /// <summary>Gets the tracked shipments in the on-time delivery window.</summary>
    public int ShipmentCountWithValidTracking => this[CountColumn.DeliveryShipments];

    /// <summary>Gets the shipments delivered on time.</summary>
    public int OnTimeDeliveryCount => this[CountColumn.OnTimeDeliveries];

    /// <summary>Gets the return requests in the return dissatisfaction window.</summary>
    public int ReturnRequestCount => this[CountColumn.ReturnRequests];

    /// <summary>Gets the dissatisfied return requests.</summary>
    public int DissatisfiedCount => this[CountColumn.ReturnsDissatisfied];

    /// <summary>Gets the return requests with negative return feedback.</summary>
    public int NegativeReturnFeedbackCount => this[CountColumn.ReturnsNegativeFeedback];

    /// <summary>Gets the return requests answered late.</summary>
    public int LateResponseCount => this[CountColumn.ReturnsLateResponse];

    /// <summary>Gets the return requests rejected incorrectly.</summary>
    public int InvalidRejectionCount => this[CountColumn.ReturnsInvalidRejection];

    internal int this[CountColumn column] => _values is null ? 0 : _values[(int)column];

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

    /// <summary>Returns the sum of two sets of counts: the counts of two ledgers with disjoint orders, merged.</summary>
    /// <param name="other">The other counts.</param>
    /// <returns>New counts, each the sum.</returns>
    public AccountHealthCounts Plus(AccountHealthCounts other)
    {
        int[] sum = new int[ColumnCount];
        for (int i = 0; i < ColumnCount; i++)
        {
            sum[i] = this[(CountColumn)i] + other[(CountColumn)i];
        }

        return new AccountHealthCounts(sum);
    }

    /// <inheritdoc />
    public bool Equals(AccountHealthCounts other)
    {
        for (int i = 0; i < ColumnCount; i++)
        {
            if (this[(CountColumn)i] != other[(CountColumn)i])
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
        for (int i = 0; i < ColumnCount; i++)
        {
            hash.Add(this[(CountColumn)i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the counts as <c>name=value</c> pairs.</summary>
    public override string ToString()
    {
        var self = this;
        return string.Join(", ", Enumerable.Range(0, ColumnCount).Select(i => $"{(CountColumn)i}={self[(CountColumn)i]}"));
    }
}
