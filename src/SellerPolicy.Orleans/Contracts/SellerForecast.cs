using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Orleans.Contracts;

/// <summary>A seller account's forecast as of a day, as the library's forecaster computes it.</summary>
/// <param name="Account">The account.</param>
/// <param name="AsOf">The forecast day.</param>
/// <param name="PolicyVersion">The policy version.</param>
/// <param name="Assumption">The assumption, in words.</param>
/// <param name="AverageDailyMfnOrders">The seller's recent daily MFN orders.</param>
/// <param name="AverageDailyAfnOrders">The seller's recent daily AFN orders.</param>
/// <param name="Metrics">Every metric's outlook.</param>
[GenerateSerializer, Immutable]
public sealed record SellerForecast(
    SellerAccountId Account, LocalDate AsOf, string PolicyVersion, string Assumption, double AverageDailyMfnOrders,
    double AverageDailyAfnOrders, ImmutableArray<MetricOutlook> Metrics)
{
    /// <inheritdoc />
    public bool Equals(SellerForecast? other)
        => other is not null && Account == other.Account && AsOf == other.AsOf && PolicyVersion == other.PolicyVersion
           && Assumption == other.Assumption && AverageDailyMfnOrders.Equals(other.AverageDailyMfnOrders)
           && AverageDailyAfnOrders.Equals(other.AverageDailyAfnOrders) && Metrics.SequenceEqual(other.Metrics);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Account, AsOf, Metrics.Length);
}
