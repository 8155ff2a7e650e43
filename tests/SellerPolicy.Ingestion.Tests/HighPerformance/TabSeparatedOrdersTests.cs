using System.Text;
using SellerPolicy.Ledger;
using SellerPolicy.Sample;

namespace SellerPolicy.Ingestion.Tests.HighPerformance;

/// <summary>A reader outside the packages, on the public <c>OrderBatch</c> only, builds the ledger the core's own readers build.</summary>
public sealed class TabSeparatedOrdersTests
{
    [Fact]
    public void A_third_party_reader_builds_the_same_orders_through_the_public_batch()
    {
        SellerLedger sample = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 2000, Seed = 21 });

        SellerLedger read = TabSeparatedOrders.Read(TabSeparatedOrders.Write(sample), "orders.tsv").ToImmutable();

        Assert.Equal(sample.Orders.Length, read.Orders.Length);
        Assert.Equal(sample.Orders, read.Orders);
    }

    [Fact]
    public void A_third_party_reader_gets_the_cores_located_problem_for_a_bad_order()
    {
        // Shipped an hour before it was bought: the batch refuses it with the rule, at the reader's line.
        string tsv = "111-0000001-0000001\tMFN\t1767607200000000000\t\t\t\t\t\t1767603600000000000\t\t\t\t\t\t\tMUG|||1|9.99|USD\n";

        LedgerBuildResult result = TabSeparatedOrders.Read(Encoding.UTF8.GetBytes(tsv), "orders.tsv").Build();

        LedgerProblem problem = Assert.Single(result.Problems);
        Assert.Equal("shippedAt", problem.Field);
        Assert.Equal(new SourceLocation("orders.tsv", 1), problem.Location);
        Assert.StartsWith("order 111-0000001-0000001: shippedAt (2026-01-05T09:00:00Z) must not be before purchasedAt", problem.Message, StringComparison.Ordinal);
    }
}
