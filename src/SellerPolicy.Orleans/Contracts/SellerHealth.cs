using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Orleans.Contracts;

/// <summary>A seller account's health as of the end of one day: every metric, as the batch engine computes it.</summary>
/// <param name="Account">The account.</param>
/// <param name="AsOf">The as-of day.</param>
/// <param name="PolicyVersion">The policy version of every figure.</param>
/// <param name="OverallStatus"><c>BAD</c> when a metric is BAD, <c>GOOD</c> when one is GOOD and none BAD, else <c>NONE</c>.</param>
/// <param name="Metrics">Every metric, in the library's order.</param>
[GenerateSerializer, Immutable]
public sealed record SellerHealth(
    SellerAccountId Account, LocalDate AsOf, string PolicyVersion, string OverallStatus, ImmutableArray<MetricFigure> Metrics)
{
    /// <summary>Gets the report names of the metrics whose status is BAD.</summary>
    public ImmutableArray<string> FailingMetrics => [.. Metrics.Where(m => m.Status == "BAD").Select(m => m.Name)];

    /// <inheritdoc />
    public bool Equals(SellerHealth? other)
        => other is not null && Account == other.Account && AsOf == other.AsOf && PolicyVersion == other.PolicyVersion
           && OverallStatus == other.OverallStatus && Metrics.SequenceEqual(other.Metrics);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Account, AsOf, OverallStatus, Metrics.Length);

    /// <summary>Returns e.g. <c>S1 on ATVPDKIKX0DER as of 2026-10-31: BAD (orderDefectRate.mfn)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{Account} as of {AsOf:uuuu-MM-dd}: {OverallStatus}" + (FailingMetrics.IsEmpty ? string.Empty : $" ({string.Join(", ", FailingMetrics)})");
}
