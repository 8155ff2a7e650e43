using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Tests.Metrics;

/// <summary>
/// The forecast computed the slow, obvious way (as the library did before the engine reused its index, and still does for
/// catalogs that count buyers): build the ledger as known on the as-of day, add every synthetic future order one by one, build
/// a fresh engine on each ledger. The engine's incremental forecast and what-if are checked equal to it.
/// </summary>
internal static class RebuildingForecaster
{
    public static AccountHealthForecast Forecast(SellerLedger ledger, LocalDate asOf, MarketplacePolicy policy, ForecastAssumptions assumptions)
        => AccountHealthForecaster.Rebuild(ledger, asOf, policy, assumptions, CancellationToken.None);

    /// <summary>The forecast's content as text, for equality with a readable difference.</summary>
    public static string Describe(AccountHealthForecast f)
        => $"{f.AsOf} {f.PolicyVersion} {f.AverageDailyMfnOrders} {f.AverageDailyAfnOrders} {f.Assumption}\n"
           + string.Join("\n", f.Metrics.Select(m => m.ToString()))
           + $"\noutlook {f.Outlook.Days}: " + string.Join(" ", f.Outlook.Counts.Select(c => string.Join(",", c.Values)));
}
