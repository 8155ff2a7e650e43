using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parquet;
using Parquet.Schema;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Sample;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Ingestion.Tests.LedgerFile;

/// <summary>
/// A ledger written as Parquet reads back as the same ledger, and a bad Parquet file gets located problems like a bad
/// JSON Lines file.
/// </summary>
public sealed class LedgerParquetTests
{
    [Property(MaxTest = 60)]
    public Property JsonLines_to_Parquet_to_JsonLines_gives_the_same_ledger()
        => Prop.ForAll(Arb.From(DomainArbitraries.Ledgers), ledger =>
        {
            byte[] json = WriteJson(ledger);
            SellerLedger fromJson = ReadJson(json);
            byte[] again = WriteJson(ReadParquet(WriteParquet(fromJson)).GetLedgerOrThrow());
            SellerLedger back = ReadJson(again);

            // Byte for byte: amounts keep their scale (18.50 stays 18.50, which Money's equality would not tell from 18.5).
            return back.Equals(ledger) && back.RecordCount == ledger.RecordCount && again.AsSpan().SequenceEqual(json);
        });

    [Theory]
    [InlineData("18.50")]
    [InlineData("18.5")]
    [InlineData("18")]
    [InlineData("0.00000010")]
    public void An_amount_keeps_its_scale_through_Parquet(string amount)
    {
        decimal value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var order = new Order(
            new OrderId("111-0000001-0000001"), FulfillmentChannel.Mfn, NodaTime.Instant.FromUtc(2026, 3, 1, 9, 0),
            [new OrderLine(new Sku("MUG"), 1, new Money(value, "USD"))], shippingPrice: new Money(value, "USD"));
        SellerLedger ledger = SellerLedger.CreateBuilder().Add(order).ToImmutable();

        Order back = ReadParquet(WriteParquet(ledger)).GetLedgerOrThrow().Orders[0];

        Assert.Equal(amount, back.Lines[0].UnitPrice.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(amount, back.ShippingPrice!.Value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Orders_whose_only_lines_differ_in_the_scale_of_their_price_keep_each_its_own()
    {
        Order Single(string id, decimal price) => new(
            new OrderId(id), FulfillmentChannel.Mfn, NodaTime.Instant.FromUtc(2026, 3, 1, 9, 0), [new OrderLine(new Sku("MUG"), 1, new Money(price, "USD"))]);
        SellerLedger ledger = SellerLedger.CreateBuilder().Add(Single("111-1", 18.50m)).Add(Single("111-2", 18.5m)).ToImmutable();

        SellerLedger back = ReadParquet(WriteParquet(ledger)).GetLedgerOrThrow();

        Assert.Equal(["18.50", "18.5"], back.Orders.Select(o => o.Lines[0].UnitPrice.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ReadAsync_reads_a_stream_that_cannot_seek_and_refuses_synchronous_reads()
    {
        SellerLedger sample = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 500, Seed = 12 });
        byte[] bytes = WriteParquet(sample);

        LedgerBuildResult result = await LedgerParquet.ReadAsync(
            new AsyncOnlyStream(bytes, canSeek: false), new LedgerReadOptions { FileName = "upload.parquet", MaxDegreeOfParallelism = 1 }, CancellationToken.None);

        Assert.Equal(sample, result.GetLedgerOrThrow());
    }

    [Fact]
    public async Task ReadAsync_with_a_cancelled_token_throws_OperationCanceled()
    {
        byte[] bytes = WriteParquet(SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 50, Seed = 2 }));
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LedgerParquet.ReadAsync(new AsyncOnlyStream(bytes, canSeek: false), cancel.Token));
    }

    [Fact]
    public void The_sample_seller_reads_back_equal_from_Parquet()
    {
        SellerLedger sample = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 3000, Seed = 11 });

        Assert.Equal(sample, ReadParquet(WriteParquet(sample)).GetLedgerOrThrow());
    }

    [Fact]
    public void An_import_assumption_about_who_cancelled_survives_the_round_trip()
    {
        SellerLedger sample = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 400, Seed = 5 });
        Order cancelled = sample.Orders.First(o => o.CancelledBy is not null);
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        foreach (Order order in sample.Orders)
        {
            builder.Add(order.OrderId == cancelled.OrderId ? order.WithCancelledByAssumed(true) : order);
        }

        SellerLedger assumed = builder.ToImmutable();

        SellerLedger back = ReadParquet(WriteParquet(assumed)).GetLedgerOrThrow();

        Assert.True(back.Orders.Single(o => o.OrderId == cancelled.OrderId).CancelledByAssumed);
        Assert.Equal(assumed, back);
    }

    [Fact]
    public void A_truncated_file_is_a_problem_of_the_file_not_an_exception()
    {
        byte[] whole = WriteParquet(SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 200, Seed = 3 }));

        LedgerBuildResult result = ReadParquet(whole[..(whole.Length / 2)]);

        Assert.Null(result.Ledger);
        LedgerProblem problem = Assert.Single(result.Problems);
        Assert.Equal(LedgerProblemKind.Syntax, problem.Kind);
        Assert.StartsWith("ledger.parquet: not a readable Parquet file (is it truncated?)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_kind_column_says_the_column_is_required()
    {
        var orderId = new DataField<string>("orderId");
        byte[] file = Write(new ParquetSchema(orderId), group => group.WriteAsync(orderId, ["111-1"]));

        LedgerProblem problem = Assert.Single(ReadParquet(file).Problems);

        Assert.Equal("kind", problem.Field);
        Assert.StartsWith("ledger.parquet: column kind is required", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_the_wrong_type_is_named_and_the_rows_that_need_it_are_located()
    {
        var kind = new DataField<string>("kind", nullable: false);
        var orderId = new DataField<string>("orderId");
        var rating = new DataField<string>("rating");
        var receivedAt = new DataField<long?>("receivedAt");
        byte[] file = Write(new ParquetSchema(kind, orderId, rating, receivedAt), async group =>
        {
            await group.WriteAsync(kind, ["feedback"]);
            await group.WriteAsync(orderId, ["111-1"]);
            await group.WriteAsync(rating, ["five"]);
            await group.WriteAsync<long>(receivedAt, new long?[] { 1_767_000_000_000_000_000 });
        });

        Assert.Equal(
            ["ledger.parquet: column rating must hold INT32, holds strings (UTF-8); it is read as absent.",
             "ledger.parquet:1: feedback: rating is required."],
            ReadParquet(file).Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_bad_order_row_is_refused_at_its_row_and_records_on_it_say_so()
    {
        var kind = new DataField<string>("kind", nullable: false);
        var orderId = new DataField<string>("orderId");
        var channel = new DataField<string>("channel");
        var buyerContactedAt = new DataField<long?>("buyerContactedAt");
        byte[] file = Write(new ParquetSchema(kind, orderId, channel, buyerContactedAt), async group =>
        {
            await group.WriteAsync(kind, ["order", "contact"]);
            await group.WriteAsync(orderId, ["111-1", "111-1"]);
            await group.WriteAsync(channel, ["MFN", null!]);
            await group.WriteAsync<long>(buyerContactedAt, new long?[] { null, 1_767_000_000_000_000_000 });
        });

        LedgerBuildResult result = ReadParquet(file, LedgerBuildMode.Lenient);

        Assert.Equal(
            ["ledger.parquet:1: order 111-1: purchasedAt is required.",
             "ledger.parquet:2: contact on order 111-1 refers to order 111-1, refused at line 1."],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal(LedgerProblemKind.RefusedOrder, result.Problems[1].Kind);
    }

    [Fact]
    public void An_order_breaking_a_rule_gets_the_same_problem_as_from_JSON_Lines()
    {
        SellerLedger one = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 1, Seed = 5 });
        Order order = one.Orders[0];
        var kind = new DataField<string>("kind", nullable: false);
        var orderId = new DataField<string>("orderId");
        var channel = new DataField<string>("channel");
        var purchasedAt = new DataField<long?>("purchasedAt");
        long purchased = (order.PurchasedAt - NodaTime.NodaConstants.UnixEpoch).ToInt64Nanoseconds();
        byte[] file = Write(new ParquetSchema(kind, orderId, channel, purchasedAt), async group =>
        {
            await group.WriteAsync(kind, ["order"]);
            await group.WriteAsync(orderId, [order.OrderId.Value]);
            await group.WriteAsync(channel, ["MFN"]);
            await group.WriteAsync<long>(purchasedAt, new long?[] { purchased });
        });
        string json = $$"""{"kind":"order","orderId":"{{order.OrderId}}","channel":"MFN","purchasedAt":"{{order.PurchasedAt}}","lines":[]}""";

        LedgerProblem fromParquet = Assert.Single(ReadParquet(file).Problems);
        LedgerProblem fromJson = Assert.Single(LedgerReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "ledger.parquet").Problems);

        Assert.Equal(fromJson, fromParquet);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_file_of_many_row_groups_reads_back_equal_whether_or_not_the_next_group_is_decoded_ahead(int cores)
    {
        SellerLedger sample = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 2000, Seed = 21 });
        var stream = new MemoryStream();
        LedgerParquet.Write(sample, stream, rowGroupRows: 333); // an order's lines fall on both sides of many group boundaries

        LedgerBuildResult result = LedgerParquet.Read(new MemoryStream(stream.ToArray()), new LedgerReadOptions { MaxDegreeOfParallelism = cores });

        await using ParquetReader groups = await ParquetReader.CreateAsync(new MemoryStream(stream.ToArray()));
        Assert.True(groups.RowGroupCount > 10);
        Assert.Equal(sample, result.GetLedgerOrThrow());
    }

    [Fact]
    public void Bad_rows_in_several_row_groups_give_the_same_problems_in_file_order_as_one_row_group()
    {
        string[] kinds = ["order", "line", "line", "contact", "order", "line", "surprise", "feedback", "line", "order", "line"];
        string?[] orderIds = ["111-1", "111-1", "111-1", "111-1", "111-2", "111-9", null, "111-2", "111-2", "111-3", "111-3"];
        string?[] skus = ["", "MUG", null, "", "", "MUG", "", "", "MUG", "", "MUG"];
        int?[] quantities = [null, 1, 1, null, null, 1, null, null, 1, null, 0];
        long purchased = 1_767_000_000_000_000_000;
        long?[] purchasedAt = [null, null, null, null, purchased, null, null, null, null, purchased, null];
        long?[] contactedAt = [null, null, null, purchased, null, null, null, null, null, null, null];
        long?[] receivedAt = [null, null, null, null, null, null, null, purchased, null, null, null];
        string?[] channels = ["MFN", null, null, null, "MFN", null, null, null, null, "MFN", null];

        IReadOnlyList<string> Problems(int rowsPerGroup, int cores)
        {
            var fields = new DataField[]
            {
                new DataField<string>("kind", nullable: false), new DataField<string>("orderId"), new DataField<string>("channel"), new DataField<long?>("purchasedAt"),
                new DataField<string>("sku"), new DataField<int?>("quantity"), new DataField<long?>("buyerContactedAt"), new DataField<long?>("receivedAt"),
            };
            var stream = new MemoryStream();
            Task.Run(async () =>
            {
                await using ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
                for (int start = 0; start < kinds.Length; start += rowsPerGroup)
                {
                    Range rows = start..Math.Min(start + rowsPerGroup, kinds.Length);
                    using ParquetRowGroupWriter group = writer.CreateRowGroup();
                    await group.WriteAsync(fields[0], kinds[rows]);
                    await group.WriteAsync(fields[1], orderIds[rows]!);
                    await group.WriteAsync(fields[2], channels[rows]!);
                    await group.WriteAsync<long>(fields[3], purchasedAt[rows]);
                    await group.WriteAsync(fields[4], skus[rows].Select(s => s == "" ? null : s).ToArray()!);
                    await group.WriteAsync<int>(fields[5], quantities[rows]);
                    await group.WriteAsync<long>(fields[6], contactedAt[rows]);
                    await group.WriteAsync<long>(fields[7], receivedAt[rows]);
                }
            }).GetAwaiter().GetResult();
            return [.. LedgerParquet.Read(new MemoryStream(stream.ToArray()), new LedgerReadOptions { FileName = "ledger.parquet", Mode = LedgerBuildMode.Lenient, MaxDegreeOfParallelism = cores })
                .Problems.Select(p => p.ToString())];
        }

        IReadOnlyList<string> oneGroup = Problems(kinds.Length, cores: 1);

        Assert.Equal(8, oneGroup.Count);
        Assert.Contains("ledger.parquet:6: this line is of order 111-9, but follows order 111-2.", oneGroup);
        Assert.Contains("ledger.parquet:7: unknown kind 'surprise'; expected one of order, line, feedback, claim, chargeback, return, contact.", oneGroup);
        Assert.Equal(oneGroup, Problems(2, cores: 1));
        Assert.Equal(oneGroup, Problems(2, cores: 2));
        Assert.Equal(oneGroup, Problems(3, cores: 2));
    }

    private static byte[] WriteJson(SellerLedger ledger)
    {
        var stream = new MemoryStream();
        LedgerWriter.Write(ledger, stream);
        return stream.ToArray();
    }

    private static SellerLedger ReadJson(byte[] bytes) => LedgerReader.Read(new MemoryStream(bytes)).GetLedgerOrThrow();

    private static byte[] WriteParquet(SellerLedger ledger)
    {
        var stream = new MemoryStream();
        LedgerParquet.Write(ledger, stream);
        return stream.ToArray();
    }

    private static LedgerBuildResult ReadParquet(byte[] bytes, LedgerBuildMode mode = LedgerBuildMode.Strict)
        => LedgerParquet.Read(new MemoryStream(bytes), "ledger.parquet", mode);

    /// <summary>A Parquet file of one row group made by another tool: <paramref name="columns"/> writes its columns.</summary>
    private static byte[] Write(ParquetSchema schema, Func<ParquetRowGroupWriter, Task> columns)
    {
        var stream = new MemoryStream();
        Task.Run(async () =>
        {
            await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream);
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await columns(group);
        }).GetAwaiter().GetResult();
        return stream.ToArray();
    }
}
