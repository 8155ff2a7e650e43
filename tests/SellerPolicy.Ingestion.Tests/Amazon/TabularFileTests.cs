using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Tests.Amazon;

/// <summary>Headers by name with Amazon's documented variants, the separator found from the header, repeated headers skipped.</summary>
public class TabularFileTests
{
    [Fact]
    public void QuantityPurchased_OfAmazonEsAndNl_IsTheQuantityColumn()
    {
        AmazonImportResult result = LayoutFixtures.Orders("all-orders-es-quantity-purchased.txt");

        Assert.Empty(result.Problems);
        Order order = result.Ledger!.GetOrder(new OrderId("402-1000002-1000002"));
        Assert.Equal(2, order.Lines[0].Quantity);
        Assert.Contains(result.Summary.Notes, n => n.Contains("quantity (from 'quantity-purchased')", StringComparison.Ordinal));
    }

    [Fact]
    public void AustralianSpellingAndSpaces_AreMatchedCaseAndSeparatorInsensitively()
    {
        AmazonImportResult result = LayoutFixtures.Orders("all-orders-au-spelling.txt");

        Assert.Empty(result.Problems);
        Order order = Assert.Single(result.Ledger!.Orders);
        Assert.Equal(FulfillmentChannel.Mfn, order.Channel);
        Assert.Equal(new Money(19.95m, "AUD"), order.Lines[0].UnitPrice);
    }

    [Fact]
    public void TheSummary_SaysWhichColumnsWereUsedAndWhichIgnored()
    {
        AmazonImportResult result = LayoutFixtures.Orders("all-orders-au-spelling.txt");

        string note = Assert.Single(result.Summary.Notes, n => n.StartsWith("layouts/all-orders-au-spelling.txt: columns used:", StringComparison.Ordinal));
        Assert.Contains("fulfillment-channel (from 'fulfilment-channel')", note, StringComparison.Ordinal);
        Assert.Contains("item-price (from 'item price')", note, StringComparison.Ordinal);
        Assert.Contains("ignored: merchant-order-id, order-channel", note, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommaSeparatedResave_IsReadWithCommas_AndARepeatedHeaderRowIsSkippedAndNamed()
    {
        AmazonImportResult result = LayoutFixtures.Orders("all-orders-resaved-joined.csv");

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Ledger!.Orders.Length);
        Assert.Equal(new Sku("TOWEL-02"), result.Ledger.GetOrder(new OrderId("111-3000001-3000001")).Lines[0].Sku);
        Assert.Contains(result.Summary.Notes, n => n.Contains("comma-separated (the All Orders report is tab-separated", StringComparison.Ordinal));
        Assert.Contains(result.Summary.Notes, n => n.Contains("1 data row repeats the header row (line 3", StringComparison.Ordinal));
        AmazonFileSummary file = Assert.Single(result.Summary.Files);
        Assert.Equal((3, 2, 1), (file.RowsRead, file.RowsUsed, file.RowsSkipped));
    }

    [Fact]
    public void AHeaderOfNoKnownColumn_IsOneProblemSayingSo_NotOneForEveryColumn()
    {
        var sources = new AmazonImportSources
        {
            Orders = [AmazonSourceFile.FromText("bestellungen.txt", "Bestellnummer\tKaufdatum\tMenge\n302-1\t14.06.2026\t1\n")],
        };

        LedgerProblem problem = Assert.Single(AmazonImport.Run(sources).Problems);

        Assert.Contains("names none of the columns of the All Orders report (it has 'Bestellnummer', 'Kaufdatum', 'Menge')", problem.Message, StringComparison.Ordinal);
        Assert.Contains("another language", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("item price", "item-price")]
    [InlineData("Item_Price", "item-price")]
    [InlineData("\uFEFFAMAZON-ORDER-ID", "amazon-order-id")]
    [InlineData("Fulfilment Channel", "fulfillment-channel")]
    [InlineData("order-id", "amazon-order-id")]
    public void Find_MatchesDocumentedNamesIgnoringCaseAndSeparators(string header, string column)
        => Assert.Equal(column, ReportLayouts.AllOrders.Find(header)?.Name);
}
