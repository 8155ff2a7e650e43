namespace SellerPolicy.Policies;

/// <summary>The policy numbers of a rolling-window metric: its window length in days and its target.</summary>
/// <param name="WindowDays">The window length in days (a 30-day window ending D is <c>[D-29, D]</c>).</param>
/// <param name="Target">The target the rate must meet.</param>
/// <remarks>Validated with the whole policy by <see cref="PolicyValidator"/>.</remarks>
public sealed record RollingMetricPolicy(int WindowDays, MetricTarget Target);
