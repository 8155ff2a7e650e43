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

        string?[] fromLines = [.. seller.Lines.Select(l => SellerBook.LineOf(l)?.Key)];

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

        SellerRecordsState state = book.StateAfter(plan, new SellerRecordsState());
        book.Apply(plan);
        SellerBook reopened = SellerBook.Open(state, BatchEngine.Policy);

        Assert.Equal(book.Export(), reopened.Export());
        Assert.Equal(seller.Lines.Length, state.RecordCount);
        Assert.True(state.StoredBytes * 4 < System.Text.Encoding.UTF8.GetByteCount(book.Export()), $"{state.StoredBytes} bytes stored of {System.Text.Encoding.UTF8.GetByteCount(book.Export())}");
        Assert.Equal(BatchEngine.Snapshot(default, seller.Ledger, seller.LastDay), reopened.Snapshot(default, seller.LastDay));
    }

    [Fact]
    public void Batch_after_batch_the_stored_segments_replay_to_the_same_records_and_are_compacted()
    {
        SampleSeller seller = SampleSellers.Generate(1, "SEGMENTS", orders: 300, firstSeed: 23)[0];
        SellerBook book = SellerBook.Open(new SellerRecordsState(), BatchEngine.Policy);
        var state = new SellerRecordsState();
        int most = 0;
        foreach (RecordBatch batch in seller.Batches(SellerBook.SegmentsBeforeCompaction + 4, new Random(23)))
        {
            BatchPlan plan = book.Plan(batch, 10_000);
            Assert.True(plan.Result.Accepted, plan.Result.ToString());
            state = book.StateAfter(plan, state);
            book.Apply(plan);
            most = Math.Max(most, state.Segments.Count);
            Assert.Equal(book.Export(), SellerBook.Open(state, BatchEngine.Policy).Export());
        }

        Assert.Equal(SellerBook.SegmentsBeforeCompaction - 1, most);
        Assert.True(state.Segments.Count < SellerBook.SegmentsBeforeCompaction);
        Assert.Equal(seller.Lines.Length, state.RecordCount);
        Assert.Equal(BatchEngine.Snapshot(default, seller.Ledger, seller.LastDay), SellerBook.Open(state, BatchEngine.Policy).Snapshot(default, seller.LastDay));
    }

    [Fact]
    public void A_version_of_a_claim_under_another_order_is_refused_on_its_line()
    {
        SampleSeller seller = SampleSellers.Generate(1, "MOVE", orders: 400, firstSeed: 24)[0];
        SellerBook book = SellerBook.Open(new SellerRecordsState(), BatchEngine.Policy);
        book.Apply(book.Plan(new RecordBatch("all", string.Join('\n', seller.Lines)), 10_000));
        AtoZClaim claim = seller.Ledger.Claims[0];
        Order other = seller.Ledger.Orders.First(o => o.OrderId != claim.OrderId);
        string moved = $"{{\"kind\":\"claim\",\"claimId\":\"{claim.ClaimId.Value}\",\"orderId\":\"{other.OrderId.Value}\",\"filedAt\":\"2026-10-20T09:00:00Z\",\"reason\":\"NotReceived\"}}";

        BatchPlan plan = book.Plan(new RecordBatch("moves", moved), 10_000);

        RecordProblem problem = Assert.Single(plan.Result.Problems);
        Assert.Equal(("DuplicateId", 1, "claimId"), (problem.Kind, problem.Line ?? 0, problem.Field));
        Assert.Contains($"recorded for order {claim.OrderId.Value}", problem.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_of_an_unknown_format_is_refused_naming_both_formats()
    {
        var state = new SellerRecordsState { FormatVersion = 9, Segments = [[1, 2, 3]], RecordCount = 1 };

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => SellerBook.Open(state, BatchEngine.Policy));

        Assert.Contains("format version 9", error.Message, StringComparison.Ordinal);
        Assert.Contains($"format {SellerBook.FormatVersion}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_line_or_a_line_without_an_id_or_order_has_no_identity()
    {
        Assert.Null(SellerBook.LineOf("   "));
        Assert.Null(SellerBook.LineOf("{\"kind\":\"claim\",\"orderId\":\"1\"}"));
        Assert.Null(SellerBook.LineOf("{not json"));
        Assert.Null(SellerBook.LineOf("[1,2]"));
        Assert.Equal(new RecordLine("claim", "c|AZ-1", "111-1"), SellerBook.LineOf("{\"kind\":\"claim\",\"claimId\":\"AZ-1\",\"orderId\":\"111-1\"}"));
    }
}
