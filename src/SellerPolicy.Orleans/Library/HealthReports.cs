using System.Collections.Immutable;
using SellerPolicy.Claims;
using SellerPolicy.Metrics;
using SellerPolicy.Orleans.Contracts;

namespace SellerPolicy.Orleans.Library;

/// <summary>
/// The library's results in the package's wire types (every figure kept, nothing recomputed). With
/// <see cref="SellerBook"/>, the only place the package calls into SellerPolicy.
/// </summary>
internal static class HealthReports
{
    /// <summary>Returns a snapshot as a <see cref="SellerHealth"/>.</summary>
    public static SellerHealth Health(SellerAccountId account, AccountHealthSnapshot snapshot, bool withOrderIds)
        => new(
            account,
            snapshot.AsOf,
            snapshot.PolicyVersion,
            StatusName(snapshot.OverallStatus),
            [.. snapshot.Metrics.Select(m => new MetricFigure(
                m.Name, StatusName(m.Status), m.Numerator, m.Denominator, m.Rate, m.Target.ToString(), m.Window.From, m.Window.To,
                m.PolicyVersion, withOrderIds ? [.. m.OrderIds.Select(o => o.Value)] : []))]);

    /// <summary>Returns a forecast as a <see cref="SellerForecast"/>.</summary>
    public static SellerForecast Forecast(SellerAccountId account, AccountHealthForecast forecast)
        => new(
            account,
            forecast.AsOf,
            forecast.PolicyVersion,
            forecast.Assumption,
            forecast.AverageDailyMfnOrders,
            forecast.AverageDailyAfnOrders,
            [.. forecast.Metrics.Select(m => new MetricOutlook(
                m.Kind.ToReportName(), StatusName(m.CurrentStatus), m.CurrentRate, m.GoodFrom, m.DefectsAbsorbable, m.CleanOrdersNeeded))]);

    /// <summary>Returns a claim eligibility as a <see cref="ClaimCheck"/>.</summary>
    public static ClaimCheck Claim(ClaimEligibility e)
        => new(
            e.OrderId.Value, e.Reason.ToString(), e.At, e.Eligible, e.Code.ToString(), [.. e.Failures.Select(f => f.ToString())], e.Rule,
            e.OpensAt, e.ClosesAt, e.ContactWaitEndsAt, e.PolicyVersion, e.Evidence);

    /// <summary>Returns <c>GOOD</c>, <c>BAD</c> or <c>NONE</c>.</summary>
    public static string StatusName(MetricStatus status) => status.ToReportName();
}
