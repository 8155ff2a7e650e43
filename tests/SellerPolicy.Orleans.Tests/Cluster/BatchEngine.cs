using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Orleans.Contracts;
using SellerPolicy.Orleans.Library;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Orleans.Tests.Cluster;

/// <summary>The library's batch engine on a whole ledger, in the grains' wire types: what every grain answer must equal.</summary>
public static class BatchEngine
{
    public static MarketplacePolicy Policy => new SellerPolicyOptions().Policy;

    public static SellerHealth Snapshot(SellerAccountId account, SellerLedger ledger, LocalDate asOf)
        => HealthReports.Health(account, AccountHealth.Snapshot(ledger, asOf, Policy), withOrderIds: true);

    public static SellerHealthSeries Series(SellerAccountId account, SellerLedger ledger, LocalDate from, LocalDate to)
        => new(account, from, to, [.. AccountHealth.Series(ledger, new DayWindow(from, to), Policy).SnapshotsWithoutOrderIds()
            .Select(s => HealthReports.Health(account, s, withOrderIds: false))]);

    public static SellerForecast Forecast(SellerAccountId account, SellerLedger ledger, LocalDate asOf)
        => HealthReports.Forecast(account, AccountHealth.Forecast(ledger, asOf, Policy));
}
