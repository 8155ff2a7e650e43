using SellerPolicy.Internal;

namespace SellerPolicy.Metrics;

/// <summary>One count a metric needs, such as <c>orderCount</c> or <c>lateShipmentCount</c>.</summary>
/// <remarks>
/// The name is the component's name in results and JSON (<see cref="MetricResult.Components"/>) and in the header of
/// <c>series --format csv</c> (<c>{metricId}.{name}</c>); names are unique within a metric. A metric emits to a slot by its
/// index in <see cref="Metric.Slots"/>.
/// </remarks>
public sealed record CountSlot
{
    /// <summary>Creates a slot.</summary>
    /// <param name="name">The count's name (not blank).</param>
    /// <param name="role">What the count is for.</param>
    /// <exception cref="ArgumentException">The name is blank or the role undefined.</exception>
    public CountSlot(string name, CountSlotRole role)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Role = Preconditions.CheckDefined(role, nameof(role));
    }

    /// <summary>Gets the count's name.</summary>
    public string Name { get; }

    /// <summary>Gets what the count is for.</summary>
    public CountSlotRole Role { get; }

    /// <summary>Returns e.g. <c>orderCount (Denominator)</c>.</summary>
    public override string ToString() => $"{Name} ({Role})";
}
