namespace SellerPolicy.Metrics;

/// <summary>One named count of a metric result, such as <c>claims</c> = 3 or <c>lateShipmentCount</c> = 12.</summary>
/// <param name="Name">The count's name (its <see cref="CountSlot.Name"/>).</param>
/// <param name="Count">The count as of the result's day.</param>
/// <param name="Role">What the count is for.</param>
public readonly record struct MetricComponent(string Name, int Count, CountSlotRole Role);
