using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Metrics.Tracking;
using SellerPolicy.Policies;
using SellerPolicy.Sample;

namespace SellerPolicy.Tests.Docs;

/// <summary>The README's tracker example (also in docs/tracker.md), compiled and run, so it cannot rot.</summary>
public sealed class TrackerReadmeExampleTests
{
    [Fact]
    public void TrackerExample_IsTheReadmeCode_AndRecordsTheShipment()
    {
        var options = new SampleLedgerOptions { Orders = 2000, Seed = 7 };
        Instant placed = AmazonPolicies.Current.Reporting.StartOf(options.LastDay) + Duration.FromHours(9);
        var open = new Order(new OrderId("111-0000000-0000001"), FulfillmentChannel.Mfn, placed, [new OrderLine(new Sku("SKU-1"), 1, new Money(20m, "USD"))],
            latestShipDate: placed + Duration.FromDays(2));
        SellerLedger ledger = SampleLedgerGenerator.Generate(options).ToBuilder().Add(open).ToImmutable();
        var output = new StringWriter();
        AccountHealthTracker tracker = Example(ledger, open.OrderId, open.PurchasedAt + Duration.FromHours(3), output);

        Assert.True(tracker.TryGetOrder(open.OrderId, out Order? held));
        Assert.Equal(open.PurchasedAt + Duration.FromHours(3), held.ShippedAt);
        Assert.Equal(ledger.Orders.Length, tracker.OrderCount);
        Assert.StartsWith("Account health as of ", output.ToString(), StringComparison.Ordinal);
        foreach (string doc in new[] { "README.md", Path.Combine("docs", "tracker.md") })
        {
            Assert.Contains(ExampleSource(), CSharpBlockWith(doc, "AccountHealthTracker.Create"), StringComparison.Ordinal);
        }
    }

    private static AccountHealthTracker Example(SellerLedger ledger, OrderId orderId, Instant shippedAt, TextWriter log)
    {
        // README example begins
        AccountHealthTracker tracker = AccountHealthTracker.Create(ledger, AmazonPolicies.Timeline);   // one pass over the ledger

        // A "shipped" notification arrives: the tracker holds the order, so the host keeps no copy of its own.
        if (tracker.TryGetOrder(orderId, out Order? held))
        {
            tracker.Record(held.WithShipment(shippedAt, "1Z999AA10123456784", shippedAt));
        }

        log.WriteLine(tracker.Snapshot(new LocalDate(2026, 10, 31)));
        foreach (LedgerProblem problem in tracker.Pending.Concat(tracker.Refused))
        {
            log.WriteLine(problem);                                  // records waiting for their order, records refused
        }

        // README example ends
        return tracker;
    }

    private static string ExampleSource() => DocExamples.Source("TrackerReadmeExampleTests.cs");

    private static string CSharpBlockWith(string doc, string marker) => DocExamples.CSharpBlockWith(doc, marker);
}
