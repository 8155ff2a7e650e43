using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Reports.Tests;

/// <summary>Checks the series embedded in a page (or its DOM) against the engine's series of the same days.</summary>
public static partial class SeriesAssert
{
    public static void EmbeddedEqualsEngine(string html, SellerLedger ledger, MarketplacePolicy policy, DayWindow range)
    {
        AccountHealthSeries expected = AccountHealthEngine.Create(ledger, policy).Series(range);
        AccountHealthSnapshot[] days = [.. expected.SnapshotsWithoutOrderIds()];
        Dictionary<string, string> embedded = SeriesScript().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => m.Groups[2].Value, StringComparer.Ordinal);
        Assert.Equal(policy.Metrics.Select(m => m.Id.Value).Order(StringComparer.Ordinal), embedded.Keys.Order(StringComparer.Ordinal));
        foreach (Metric metric in policy.Metrics)
        {
            using JsonDocument json = JsonDocument.Parse(embedded[metric.Id.Value]);
            JsonElement[] points = [.. json.RootElement.GetProperty("days").EnumerateArray()];
            Assert.Equal(days.Length, points.Length);
            for (int i = 0; i < days.Length; i++)
            {
                MetricResult m = days[i][metric.Id];
                Assert.Equal(days[i].AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), points[i].GetProperty("date").GetString());
                Assert.Equal(m.Numerator, points[i].GetProperty("numerator").GetInt32());
                Assert.Equal(m.Denominator, points[i].GetProperty("denominator").GetInt32());
                Assert.Equal(m.Rate, points[i].GetProperty("rate").GetDouble());
                Assert.Equal(m.Status.ToReportName(), points[i].GetProperty("status").GetString());
            }
        }
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"series-([^\"]+)\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex SeriesScript();
}
