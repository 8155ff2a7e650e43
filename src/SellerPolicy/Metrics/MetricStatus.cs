namespace SellerPolicy.Metrics;

/// <summary>Whether a metric meets its target; names follow Amazon's performance report (<c>GOOD</c>, <c>BAD</c>, <c>NONE</c>).</summary>
public enum MetricStatus
{
    /// <summary>No orders (or shipments, or requests) in the window: the rate is 0 and nothing is judged (<c>NONE</c>).</summary>
    None,

    /// <summary>The rate meets the target condition (<c>GOOD</c>).</summary>
    Good,

    /// <summary>The rate misses the target condition (<c>BAD</c>).</summary>
    Bad,
}
