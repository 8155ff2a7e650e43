using NodaTime;

namespace SellerPolicy.Metrics;

/// <summary>One metric's outlook as of a day: when it turns GOOD if nothing new goes wrong, and its margins now.</summary>
/// <param name="Kind">The metric.</param>
/// <param name="CurrentStatus">Its status as of the forecast's as-of day.</param>
/// <param name="CurrentRate">Its rate as of that day.</param>
/// <param name="GoodFrom">
/// The first day after the as-of day on which it is GOOD under the forecast's assumptions, when it is BAD now; null when it is
/// not BAD now, or does not turn GOOD within the horizon.
/// </param>
/// <param name="DefectsAbsorbable">
/// How many more bad orders (defects, cancellations, late or untracked shipments, dissatisfied requests) among those already
/// in the window it can take now and stay GOOD; 0 when it is BAD; null when its window is empty.
/// </param>
/// <param name="CleanOrdersNeeded">
/// How many more clean orders in the window would make it GOOD now (0 when already GOOD); null when its window is empty or no
/// number of clean orders can (a target of 0 %, or 100 % for a "greater than" target).
/// </param>
public sealed record MetricForecast(
    MetricKind Kind, MetricStatus CurrentStatus, double CurrentRate, LocalDate? GoodFrom, int? DefectsAbsorbable, int? CleanOrdersNeeded);
