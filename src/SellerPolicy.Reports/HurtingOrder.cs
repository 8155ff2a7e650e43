using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;

namespace SellerPolicy.Reports;

/// <summary>One order that hurts a BAD metric as of the report's day: why, what it held, and when it stops counting.</summary>
/// <param name="Metric">The metric it hurts.</param>
/// <param name="OrderId">The order.</param>
/// <param name="Why">
/// What makes it count, in words: the metric's counts the order is in that day (claim, chargeback, negative feedback…),
/// or, for a metric whose rate counts the good things, what it lacks (without valid tracking, not on time).
/// </param>
/// <param name="Skus">The order's SKUs with their categories, e.g. <c>MUG-1 (Kitchen)</c>.</param>
/// <param name="BuyerReasons">The reasons buyers gave on the order's return requests (their own words), or empty.</param>
/// <param name="StopsCountingOn">
/// The first day after the report's day on which the order no longer hurts the metric (it leaves the window, or the record
/// that made it count ends), from the ledger as given; null when that is not within the metric's reach.
/// </param>
public sealed record HurtingOrder(
    MetricId Metric, OrderId OrderId, ImmutableArray<string> Why, ImmutableArray<string> Skus, ImmutableArray<string> BuyerReasons, LocalDate? StopsCountingOn);
