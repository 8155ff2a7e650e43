namespace SellerPolicy.Metrics;

/// <summary>What one count of a metric is for.</summary>
public enum CountSlotRole
{
    /// <summary>The denominator: the orders, shipments or requests in the window. Exactly one per metric.</summary>
    Denominator,

    /// <summary>
    /// The numerator: the bad things for a "less than" target, the good things for a "greater than" target. Exactly one per
    /// metric; it names the hurting orders unless the metric has a <see cref="HurtOnly"/> slot.
    /// </summary>
    Numerator,

    /// <summary>A further count shown with the metric (claims, chargebacks, late responses…); at most the numerator or denominator.</summary>
    Component,

    /// <summary>
    /// Names the orders that hurt the metric (for a "greater than" target: the denominator's orders that failed) and is not
    /// counted: it is in no <see cref="AccountHealthCounts"/> row and reads 0 in <see cref="MetricCounts"/>. At most one per metric.
    /// </summary>
    HurtOnly,
}
