using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Tests.Docs;

/// <summary>The SellerPolicy package README's example (src/SellerPolicy/README.md, shown on NuGet), compiled and run.</summary>
public sealed class PackageReadmeExampleTests
{
    [Fact]
    public void PackageExample_IsTheReadmeCode_AndFindsTheDefect()
    {
        var output = new StringWriter();

        (AccountHealthSnapshot health, AccountHealthForecast forecast) = Example(output);

        Assert.Equal(new OrderId("111-0000001-0000001"), Assert.Single(health.OrderDefectRate.Mfn.OrderIds));
        Assert.Equal(MetricStatus.Bad, health.OrderDefectRate.Mfn.Status);
        Assert.Equal($"{health}\n{health.OrderDefectRate.Mfn.Rate:P2} Bad, hurt by 111-0000001-0000001\n", output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(health.Metrics.Length, forecast.Metrics.Length);
        // The README writes to Console; the test writes to a TextWriter named console, so that parallel tests are not redirected.
        string example = DocExamples.Source("PackageReadmeExampleTests.cs").Replace("console.WriteLine", "Console.WriteLine", StringComparison.Ordinal);
        Assert.Contains(example, DocExamples.CSharpBlockWith(Path.Combine("src", "SellerPolicy", "README.md"), "SellerLedger.CreateBuilder"), StringComparison.Ordinal);
    }

    private static (AccountHealthSnapshot Health, AccountHealthForecast Forecast) Example(TextWriter console)
    {
        // README example begins
        Instant bought = Instant.FromUtc(2026, 10, 1, 9, 30);
        SellerLedger ledger = SellerLedger.CreateBuilder()
            .Add(new Order(new OrderId("111-0000001-0000001"), FulfillmentChannel.Mfn, bought,
                [new OrderLine(new Sku("MUG-01"), 1, new Money(12.50m, "USD"))],
                latestShipDate: bought + Duration.FromDays(2), shippedAt: bought + Duration.FromDays(1), trackingId: "1Z999AA10123456784"))
            .Add(new Feedback(new OrderId("111-0000001-0000001"), bought + Duration.FromDays(6), rating: 1))
            .Build().GetLedgerOrThrow();                       // every problem located, never a silent drop

        AccountHealthEngine engine = AccountHealthEngine.Create(ledger, AmazonPolicies.Timeline);
        AccountHealthSnapshot health = engine.Snapshot(new LocalDate(2026, 10, 31));
        console.WriteLine(health);                             // Account health as of 2026-10-31 (amazon@2025-01-01): BAD failing …
        MetricResult odr = health.OrderDefectRate.Mfn;
        console.WriteLine($"{odr.Rate:P2} {odr.Status}, hurt by {string.Join(", ", odr.OrderIds)}");

        AccountHealthForecast forecast = engine.Forecast(new LocalDate(2026, 10, 31));   // when each metric is back on target
        // README example ends
        return (health, forecast);
    }
}
