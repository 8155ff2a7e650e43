using SellerPolicy.Ledger;
using SellerPolicy.Orleans.Contracts;
using SellerPolicy.Orleans.Grains;
using SellerPolicy.Orleans.Library;
using SellerPolicy.Orleans.Tests.Cluster;

namespace SellerPolicy.Orleans.Tests.Library;

public sealed class SellerBookTests
{
    [Fact]
    public void Every_line_of_a_ledger_file_has_the_identity_of_its_record()
    {
        SampleSeller seller = SampleSellers.Generate(1, "KEYS", orders: 2000, firstSeed: 21)[0];
        IEnumerable<object> records = seller.Ledger.Orders.Cast<object>()
            .Concat(seller.Ledger.Feedback).Concat(seller.Ledger.Claims).Concat(seller.Ledger.Chargebacks)
            .Concat(seller.Ledger.Returns).Concat(seller.Ledger.Contacts);

        string?[] fromLines = [.. seller.Lines.Select(SellerBook.KeyOfLine)];

        Assert.Equal(records.Select(SellerBook.KeyOf).Order(StringComparer.Ordinal), fromLines.Order(StringComparer.Ordinal));
        Assert.Equal(fromLines.Length, fromLines.Distinct().Count());
        Assert.Contains(seller.Ledger.Returns, r => r.ReturnId is null);
    }

    [Fact]
    public void The_persisted_form_reads_back_to_the_same_records_and_is_smaller_than_the_file()
    {
        SampleSeller seller = SampleSellers.Generate(1, "STATE", orders: 500, firstSeed: 22)[0];
        SellerBook book = SellerBook.Open(new SellerRecordsState(), BatchEngine.Policy);
        BatchPlan plan = book.Plan(new RecordBatch("all", string.Join('\n', seller.Lines)), 10_000);

        SellerRecordsState state = SellerBook.StateOf(plan, batches: 1);
        book.Apply(plan);
        SellerBook reopened = SellerBook.Open(state, BatchEngine.Policy);

        Assert.Equal(book.Export(), reopened.Export());
        Assert.Equal(seller.Lines.Length, state.RecordCount);
        Assert.True(state.Records.Length * 4 < System.Text.Encoding.UTF8.GetByteCount(book.Export()), $"{state.Records.Length} bytes stored of {System.Text.Encoding.UTF8.GetByteCount(book.Export())}");
        Assert.Equal(BatchEngine.Snapshot(default, seller.Ledger, seller.LastDay), reopened.Snapshot(default, seller.LastDay));
    }

    [Fact]
    public void A_state_of_an_unknown_format_is_refused_naming_both_formats()
    {
        var state = new SellerRecordsState { FormatVersion = 9, Records = [1, 2, 3], RecordCount = 1 };

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => SellerBook.Open(state, BatchEngine.Policy));

        Assert.Contains("format version 9", error.Message, StringComparison.Ordinal);
        Assert.Contains($"format {SellerBook.FormatVersion}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_line_or_a_line_without_an_id_has_no_identity()
    {
        Assert.Null(SellerBook.KeyOfLine("   "));
        Assert.Null(SellerBook.KeyOfLine("{\"kind\":\"claim\",\"orderId\":\"1\"}"));
        Assert.Null(SellerBook.KeyOfLine("{not json"));
        Assert.Null(SellerBook.KeyOfLine("[1,2]"));
        Assert.Equal("c|AZ-1", SellerBook.KeyOfLine("{\"kind\":\"claim\",\"claimId\":\"AZ-1\"}"));
    }
}
