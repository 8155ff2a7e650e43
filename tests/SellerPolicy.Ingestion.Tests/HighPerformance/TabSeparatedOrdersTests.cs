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

    [Fact]
    public void Blocks_read_on_several_threads_give_the_ledger_and_the_line_numbers_of_one_thread()
    {
        SellerLedger sample = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 3000, Seed = 5 });
        byte[] good = TabSeparatedOrders.Write(sample);
        string[] lines = Encoding.UTF8.GetString(good).Split('\n');
        // A short line near the start, in the middle and at the end: each is a problem at its own line number.
        int[] bad = [2, lines.Length / 2, lines.Length - 2];
        foreach (int i in bad)
        {
            lines[i] = "not\tan order";
        }

        byte[] file = Encoding.UTF8.GetBytes(string.Join('\n', lines));

        LedgerBuildResult one = TabSeparatedOrders.Read(file, "orders.tsv", workers: 1, blockBytes: int.MaxValue).Build(LedgerBuildMode.Lenient);
        LedgerBuildResult many = TabSeparatedOrders.Read(file, "orders.tsv", workers: 4, blockBytes: 4096).Build(LedgerBuildMode.Lenient);

        Assert.Equal(sample.Orders.Length - bad.Length, many.Ledger!.Orders.Length);
        Assert.Equal(one.Ledger!.Orders, many.Ledger.Orders);
        Assert.Equal(bad.Select(i => (SourceLocation?)new SourceLocation("orders.tsv", i + 1)), many.Problems.Select(p => p.Location));
        Assert.Equal(one.Problems.Select(p => p.ToString()), many.Problems.Select(p => p.ToString()));
    }
}
