using NodaTime;

namespace SellerPolicy.Orleans.Contracts;

/// <summary>One metric's forecast: when it gets back under target, how many defects it can absorb (docs/concepts.md).</summary>
/// <param name="Name">The report name of the metric.</param>
/// <param name="CurrentStatus">Its status as of the forecast day.</param>
/// <param name="CurrentRate">Its rate as of the forecast day.</param>
/// <param name="GoodFrom">The first day it is GOOD again under the forecast's assumption, or null.</param>
/// <param name="DefectsAbsorbable">How many more defects it can take and stay GOOD, or null.</param>
/// <param name="CleanOrdersNeeded">How many clean orders bring it under target, or null.</param>
[GenerateSerializer, Immutable]
public sealed record MetricOutlook(
    string Name, string CurrentStatus, double CurrentRate, LocalDate? GoodFrom, int? DefectsAbsorbable, int? CleanOrdersNeeded);
