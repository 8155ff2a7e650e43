using System.Text.Json.Serialization;
using System.Globalization;
using System.Text;
using NodaTime;

namespace SellerPolicy.Metrics;

/// <summary>One metric's outlook as of a day: when it turns GOOD if nothing new goes wrong, and its margins now.</summary>
/// <param name="Id">The metric.</param>
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
    MetricId Id, MetricStatus CurrentStatus, double CurrentRate, LocalDate? GoodFrom, int? DefectsAbsorbable, int? CleanOrdersNeeded)
{
    /// <summary>Gets which Amazon metric this is (<see cref="MetricKind"/> names Amazon's metrics only; use <see cref="Id"/>).</summary>
    /// <exception cref="InvalidOperationException">The metric is not one of Amazon's.</exception>
    [JsonIgnore]
    public MetricKind Kind => MetricKindExtensions.TryFromMetricId(Id, out MetricKind kind)
        ? kind
        : throw new InvalidOperationException($"metric '{Id}' is not one of Amazon's MetricKind metrics; use Id.");

    /// <summary>Prints the members of every marketplace's forecast (not <see cref="Kind"/>, which only Amazon's metrics have).</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Id = {Id}, CurrentStatus = {CurrentStatus}, CurrentRate = {CurrentRate}, GoodFrom = {GoodFrom?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}, ");
        builder.Append(CultureInfo.InvariantCulture, $"DefectsAbsorbable = {DefectsAbsorbable}, CleanOrdersNeeded = {CleanOrdersNeeded}");
        return true;
    }
}
