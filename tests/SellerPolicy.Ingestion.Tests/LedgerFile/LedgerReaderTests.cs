using System.Text;
using NodaTime;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Tests.LedgerFile;

public class LedgerReaderTests
{
    private const string Order1 = """{"kind":"order","orderId":"111-0000001-0000001","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","buyerId":"B1","shipToCountry":"US","lines":[{"sku":"MUG-01","asin":"B000000001","category":"Kitchen","quantity":2,"unitPrice":{"amount":9.99,"currency":"USD"}}],"shippingPrice":{"amount":"3.99","currency":"USD"},"latestShipDate":"2026-01-07T07:59:59Z","shippedAt":"2026-01-06T16:00:00+01:00","trackingId":"1Z999","firstCarrierScanAt":"2026-01-06T20:00:00Z","latestDeliveryDate":"2026-01-12T07:59:59Z","deliveredAt":"2026-01-10T18:00:00Z","cancelledAt":null,"cancelledBy":null,"someFutureField":42}""";

    private static LedgerBuildResult ReadText(string text, LedgerBuildMode mode = LedgerBuildMode.Strict)
        => LedgerReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "ledger.jsonl", mode);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Read_AStreamThatFailsPartWay_ThrowsItsOwnException_WithoutHanging(int workers)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, 2000).Select(i => Order1.Replace("111-0000001-0000001", $"111-{i:D7}-0000001", StringComparison.Ordinal))));
        var stream = new FailingStream(bytes, failAfter: bytes.Length / 2);

        Task read = Task.Run(() => LedgerReader.Read(stream, "ledger.jsonl", LedgerBuildMode.Strict, chunkSize: 4096, workers));

        Task first = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(read, first); // the read ended
        IOException ex = await Assert.ThrowsAsync<IOException>(() => read);
        Assert.Equal("disk gone", ex.Message);
    }

    private sealed class FailingStream(byte[] bytes, int failAfter) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count)
            => Position >= failAfter ? throw new IOException("disk gone") : base.Read(buffer, offset, Math.Min(count, 1000));

        public override int Read(Span<byte> buffer)
            => Position >= failAfter ? throw new IOException("disk gone") : base.Read(buffer[..Math.Min(buffer.Length, 1000)]);
    }

    private static byte[] SampleBytes(int orders, int seed)
    {
        SellerLedger sample = SellerPolicy.Sample.SampleLedgerGenerator.Generate(new SellerPolicy.Sample.SampleLedgerOptions { Orders = orders, Seed = seed });
        var written = new MemoryStream();
        LedgerWriter.Write(sample, written);
        return written.ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(-1)]
    public async Task ReadAsync_AStreamThatRefusesSynchronousReads_GivesTheLedgerAndProblemsOfTheSynchronousRead(int cores)
    {
        byte[] bytes = [.. SampleBytes(300, 3), .. Encoding.UTF8.GetBytes("{not json\n")];
        var options = new LedgerReadOptions { FileName = "upload.jsonl", Mode = LedgerBuildMode.Lenient, MaxDegreeOfParallelism = cores };
        LedgerBuildResult expected = LedgerReader.Read(new MemoryStream(bytes), options);

        LedgerBuildResult actual = await LedgerReader.ReadAsync(new AsyncOnlyStream(bytes), options, CancellationToken.None);

        Assert.NotNull(actual.Ledger);
        Assert.Equal(expected.Ledger, actual.Ledger);
        Assert.Equal(expected.Problems.Select(p => p.ToString()), actual.Problems.Select(p => p.ToString()));
        Assert.StartsWith("upload.jsonl:", Assert.Single(actual.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_WithTheTokenOnly_ReadsStrictlyOnEveryCore()
    {
        byte[] bytes = SampleBytes(200, 8);

        LedgerBuildResult result = await LedgerReader.ReadAsync(new AsyncOnlyStream(bytes), CancellationToken.None);

        Assert.Equal(LedgerReader.Read(new MemoryStream(bytes)).GetLedgerOrThrow(), result.GetLedgerOrThrow());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task ReadAsync_CancelledPartWay_ThrowsOperationCanceled_WithoutHanging(int workers)
    {
        byte[] bytes = SampleBytes(2000, 4);
        using var cancel = new CancellationTokenSource();
        var stream = new AsyncOnlyStream(bytes, beforeRead: at =>
        {
            if (at >= bytes.Length / 3)
            {
                cancel.Cancel();
            }
        });

        Task read = LedgerReader.ReadAsync(stream, "ledger.jsonl", LedgerBuildMode.Strict, chunkSize: 4096, workers, cancel.Token);

        Task first = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.Same(read, first);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        Assert.True(stream.Position < bytes.Length, "the read stopped before the end of the stream");
    }

    [Fact]
    public async Task ReadAsync_AnAlreadyCancelledToken_ReadsNothing()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var stream = new AsyncOnlyStream(SampleBytes(50, 1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LedgerReader.ReadAsync(stream, cancel.Token));
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void LedgerReadOptions_ADegreeOfParallelismOfNoCore_IsRefused_NamingTheValueOnce(int cores)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => new LedgerReadOptions { MaxDegreeOfParallelism = cores });

        Assert.Equal("MaxDegreeOfParallelism", ex.ParamName);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ex.Message, $"{cores}\\b"));
    }

    [Fact]
    public void ReadFile_WithOptions_NamesProblemsByTheFileUnlessTheOptionsNameIt()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sellerpolicy-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{not json\n");
        try
        {
            LedgerProblem byFile = Assert.Single(LedgerReader.ReadFile(path, new LedgerReadOptions { MaxDegreeOfParallelism = 1 }).Problems);
            LedgerProblem named = Assert.Single(LedgerReader.ReadFile(path, new LedgerReadOptions { FileName = "upload" }).Problems);

            Assert.Equal(new SourceLocation(Path.GetFileName(path), 1), byFile.Location);
            Assert.Equal(new SourceLocation("upload", 1), named.Location);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Read_ADuplicateOrder_TheFirstLineWins_WhicheverParserReadEach(int workers)
    {
        // Line 1 is left to the full parser by the fast path ("kind" is not the first field); line 2 is read by the fast path
        // into the table of orders. The full parser's order must keep its place in file order.
        string declined = Order1.Replace("{\"kind\":\"order\",", "{", StringComparison.Ordinal).Replace("\"someFutureField\":42}", "\"kind\":\"order\"}", StringComparison.Ordinal);
        string fast = Order1.Replace("\"MFN\"", "\"AFN\"", StringComparison.Ordinal);
        byte[] bytes = Encoding.UTF8.GetBytes(declined + "\n" + fast + "\n" + Order1.Replace("111-0000001-0000001", "111-\\u0032", StringComparison.Ordinal));

        LedgerBuildResult result = LedgerReader.Read(new MemoryStream(bytes), "ledger.jsonl", LedgerBuildMode.Lenient, chunkSize: 64, workers);

        LedgerProblem problem = Assert.Single(result.Problems);
        Assert.Equal(LedgerProblemKind.DuplicateId, problem.Kind);
        Assert.Equal(new SourceLocation("ledger.jsonl", 2), problem.Location);
        SellerLedger ledger = result.Ledger!;
        Assert.Equal(FulfillmentChannel.Mfn, ledger.GetOrder(new OrderId("111-0000001-0000001")).Channel);
        Assert.True(ledger.ContainsOrder(new OrderId("111-2")), "an escaped id is stored unescaped");
    }

    [Fact]
    public void Read_TheInterfaceExample_BuildsEveryRecord()
    {
        string text = string.Join("\n",
            Order1,
            """{"kind":"feedback","orderId":"111-0000001-0000001","receivedAt":"2026-01-15T09:00:00Z","rating":1,"removedAt":null,"removal":null}""",
            """{"kind":"claim","claimId":"C-1","orderId":"111-0000001-0000001","filedAt":"2026-01-20T09:00:00Z","reason":"NotReceived","outcome":"GrantedSellerFunded","decidedAt":"2026-01-25T09:00:00Z","reversedAt":null}""",
            """{"kind":"chargeback","chargebackId":"CB-1","orderId":"111-0000001-0000001","receivedAt":"2026-02-01T09:00:00Z","type":"Service","outcome":null,"decidedAt":null}""",
            """{"kind":"return","returnId":"RMA-1","orderId":"111-0000001-0000001","sku":"MUG-01","quantity":1,"requestedAt":"2026-01-16T09:00:00Z","reason":"DEFECTIVE","inPolicy":true,"respondedAt":"2026-01-16T20:00:00Z","status":"Authorized","rejectedIncorrectly":false,"negativeReturnFeedback":false,"receivedAt":null,"refundedAt":null,"refundAmount":null,"returnless":false}""",
            "",
            """{"kind":"contact","orderId":"111-0000001-0000001","buyerContactedAt":"2026-01-13T09:00:00Z"}""");

        LedgerBuildResult result = ReadText(text);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        SellerLedger ledger = result.Ledger!;
        Order order = Assert.Single(ledger.Orders);
        Assert.Equal(FulfillmentChannel.Mfn, order.Channel);
        Assert.Equal(Instant.FromUtc(2026, 1, 6, 15, 0), order.ShippedAt);
        Assert.Equal(new Money(3.99m, "USD"), order.ShippingPrice);
        Assert.Equal(2, order.Lines[0].Quantity);
        Assert.Single(ledger.Feedback);
        Assert.Equal(ClaimOutcome.GrantedSellerFunded, Assert.Single(ledger.Claims).Outcome);
        Assert.Equal(ChargebackType.Service, Assert.Single(ledger.Chargebacks).Type);
        Assert.Equal(ReturnStatus.Authorized, Assert.Single(ledger.Returns).Status);
        Assert.Single(ledger.Contacts);
    }

    [Fact]
    public void Read_BadRating_NamesLineAndRule()
    {
        string text = Order1 + "\n\n" + """{"kind":"feedback","orderId":"111-0000001-0000001","receivedAt":"2026-01-15T09:00:00Z","rating":7}""";

        LedgerBuildResult result = ReadText(text);

        Assert.False(result.Succeeded);
        LedgerProblem problem = Assert.Single(result.Problems);
        Assert.Equal("ledger.jsonl:3: feedback on order 111-0000001-0000001: rating must be 1-5, was 7.", problem.ToString());
        Assert.Equal("rating", problem.Field);
    }

    [Fact]
    public void Read_UnknownOrder_NamesClaimAndOrder()
    {
        string text = Order1 + "\n" + """{"kind":"claim","claimId":"C-9","orderId":"111-9","filedAt":"2026-01-20T09:00:00Z","reason":"NotReceived"}""";

        LedgerProblem problem = Assert.Single(ReadText(text).Problems);

        Assert.Equal("ledger.jsonl:2: claim C-9 refers to unknown order 111-9.", problem.ToString());
        Assert.Equal(LedgerProblemKind.UnknownOrder, problem.Kind);
    }

    [Fact]
    public void Read_RecordOfRefusedOrder_SaysWhereTheOrderWasRefused()
    {
        // Line 1 is refused (a line without a SKU); the claim on line 2 names that cause instead of an unknown order.
        string text = """{"kind":"order","orderId":"111-9","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"quantity":1,"unitPrice":{"amount":9.99,"currency":"USD"}}]}"""
            + "\n" + """{"kind":"claim","claimId":"C-9","orderId":"111-9","filedAt":"2026-01-20T09:00:00Z","reason":"NotReceived"}""";

        LedgerBuildResult result = ReadText(text);

        Assert.Equal(2, result.Problems.Length);
        Assert.Equal(1, result.Problems[0].Location?.Line);
        Assert.Equal("ledger.jsonl:2: claim C-9 refers to order 111-9, refused at line 1.", result.Problems[1].ToString());
        Assert.Equal(LedgerProblemKind.RefusedOrder, result.Problems[1].Kind);
    }

    [Fact]
    public void Read_DeliveredBeforeShipConfirmation_KeepsTheOrderWithANote()
    {
        string text = """{"kind":"order","orderId":"111-8","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","latestShipDate":"2026-01-06T10:00:00Z","shippedAt":"2026-01-09T10:00:00Z","deliveredAt":"2026-01-08T10:00:00Z","lines":[{"sku":"MUG-01","quantity":1,"unitPrice":{"amount":9.99,"currency":"USD"}}]}""";

        LedgerBuildResult result = ReadText(text);

        Assert.True(result.Succeeded);
        LedgerNote note = Assert.Single(result.Ledger.Notes);
        Assert.Equal(LedgerNoteKind.DeliveredBeforeShipConfirmation, note.Kind);
        Assert.Equal(1, note.Orders);
        Assert.Equal("111-8", Assert.Single(note.Examples).Value);
    }

    [Fact]
    public void Read_BrokenJsonAndBadFields_ListsEveryProblemInLineOrder()
    {
        string text = string.Join("\r\n",
            Order1,
            "{not json",
            """{"kind":"order","orderId":"X","channel":"FBM","purchasedAt":"yesterday","lines":[{"sku":"A","quantity":0,"unitPrice":{"amount":1,"currency":"usd"}}]}""",
            """{"kind":"wish","orderId":"X"}""",
            Order1);

        LedgerBuildResult result = ReadText(text);

        Assert.False(result.Succeeded);
        string[] messages = result.Problems.Select(p => p.ToString()).ToArray();
        Assert.StartsWith("ledger.jsonl:2: not valid JSON:", messages[0]);
        Assert.Equal("ledger.jsonl:3: channel must be one of MFN, AFN, was 'FBM'.", messages[1]);
        Assert.Equal("ledger.jsonl:3: purchasedAt must be an ISO-8601 instant with an offset (e.g. 2026-01-05T10:00:00Z), was 'yesterday'.", messages[2]);
        Assert.Equal("ledger.jsonl:3: lines[0].unitPrice.currency must be an ISO 4217 code of three upper-case letters, was 'usd'.", messages[3]);
        Assert.Equal("ledger.jsonl:4: unknown kind 'wish'; expected one of order, feedback, claim, chargeback, return, contact.", messages[4]);
        Assert.Equal("ledger.jsonl:5: duplicate order id 111-0000001-0000001: an order with this id was already read.", messages[5]);
        Assert.Equal(6, messages.Length);
    }

    [Fact]
    public void Read_Lenient_LeavesOutBadRecordsAndCountsThem()
    {
        string text = string.Join("\n",
            Order1,
            """{"kind":"feedback","orderId":"111-0000001-0000001","receivedAt":"2026-01-15T09:00:00Z","rating":9}""",
            """{"kind":"contact","orderId":"111-0000001-0000001","buyerContactedAt":"2026-01-13T09:00:00Z"}""");

        LedgerBuildResult result = ReadText(text, LedgerBuildMode.Lenient);

        Assert.True(result.Succeeded);
        Assert.Single(result.Ledger!.Orders);
        Assert.Empty(result.Ledger.Feedback);
        Assert.Single(result.Ledger.Contacts);
        Assert.Equal(1, result.RecordsLeftOut);
        Assert.Equal(3, result.RecordsRead);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Read_ByteOrderMarkAndCrLf_AreAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Order1 + "\r\n")];

        LedgerBuildResult result = LedgerReader.Read(new MemoryStream(bytes));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    [Fact]
    public void Read_LineLongerThanBuffer_IsReadWhole()
    {
        string longCategory = new('x', 200_000);
        string text = Order1.Replace("\"Kitchen\"", $"\"{longCategory}\"", StringComparison.Ordinal);

        LedgerBuildResult result = ReadText(text + "\n" + text.Replace("111-0000001-0000001", "111-2", StringComparison.Ordinal));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(2, result.Ledger!.Orders.Length);
        Assert.Equal(longCategory, result.Ledger.Orders[0].Lines[0].Category);
    }

    private const string AssumedCancellation = """{"kind":"order","orderId":"111-9","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","cancelledAt":"2026-01-05T12:00:00Z","cancelledBy":"Seller","cancelledByAssumed":true,"lines":[{"sku":"MUG-01","quantity":1,"unitPrice":{"amount":9.99,"currency":"USD"}}]}""";

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Read_AnAssumedCanceller_IsKept_Noted_AndWrittenBack(int workers)
    {
        string text = string.Join("\n", AssumedCancellation, Order1);

        SellerLedger ledger = LedgerReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "ledger.jsonl", LedgerBuildMode.Strict, chunkSize: 4096, workers).GetLedgerOrThrow();

        Assert.True(ledger.Orders.Single(o => o.OrderId.Value == "111-9").CancelledByAssumed);
        Assert.False(ledger.Orders.Single(o => o.OrderId.Value == "111-0000001-0000001").CancelledByAssumed);
        LedgerNote note = Assert.Single(ledger.Notes);
        Assert.Equal(LedgerNoteKind.CancelledByAssumed, note.Kind);
        Assert.Equal(["111-9"], note.Examples.Select(e => e.Value));
        Assert.Contains("assumed canceller", note.Message, StringComparison.Ordinal);
        var stream = new MemoryStream();
        LedgerWriter.Write(ledger, stream);
        string written = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(1, written.Split("\"cancelledByAssumed\":true").Length - 1);
        Assert.Equal(ledger, LedgerReader.Read(new MemoryStream(stream.ToArray())).GetLedgerOrThrow());
    }

    [Fact]
    public void Read_AnAssumedCancellerWithoutOne_NamesTheField()
    {
        string text = AssumedCancellation.Replace(",\"cancelledBy\":\"Seller\"", "", StringComparison.Ordinal).Replace(",\"cancelledAt\":\"2026-01-05T12:00:00Z\"", "", StringComparison.Ordinal);

        LedgerProblem problem = Assert.Single(ReadText(text).Problems);

        Assert.Equal("cancelledByAssumed", problem.Field);
        Assert.Contains("needs a cancelledBy", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenRead_GivesAnEqualLedger()
    {
        string text = string.Join("\n",
            Order1,
            """{"kind":"feedback","orderId":"111-0000001-0000001","receivedAt":"2026-01-15T09:00:00Z","rating":2,"removedAt":"2026-01-18T00:00:00Z","removal":"BuyerRemoved"}""",
            """{"kind":"claim","claimId":"C-1","orderId":"111-0000001-0000001","filedAt":"2026-01-20T09:00:00Z","reason":"NotReceived","outcome":"GrantedSellerFunded","decidedAt":"2026-01-25T09:00:00Z","reversedAt":"2026-02-25T09:00:00Z"}""",
            """{"kind":"return","orderId":"111-0000001-0000001","sku":"MUG-01","quantity":2,"requestedAt":"2026-01-16T09:00:00.123Z","reason":"NO_LONGER_NEEDED","returnless":true,"refundAmount":{"amount":19.980,"currency":"USD"},"status":"Refunded","refundedAt":"2026-01-17T00:00:00Z"}""");
        SellerLedger original = ReadText(text).GetLedgerOrThrow();
        var stream = new MemoryStream();

        LedgerWriter.Write(original, stream);
        SellerLedger reread = LedgerReader.Read(new MemoryStream(stream.ToArray())).GetLedgerOrThrow();

        Assert.Equal(original, reread);
        Assert.Equal(4, reread.RecordCount);
        Assert.True(stream.CanWrite, "the writer must leave the caller's stream open");
    }

    [Theory]
    [InlineData(16, 1)]
    [InlineData(16, 2)]
    [InlineData(100, 3)]
    [InlineData(700, 2)]
    public void Read_InSmallBlocksOnSeveralThreads_GivesTheSameLedgerAndProblems(int chunkSize, int workers)
    {
        SellerLedger sample = SellerPolicy.Sample.SampleLedgerGenerator.Generate(new SellerPolicy.Sample.SampleLedgerOptions { Orders = 60, Seed = 5 });
        var written = new MemoryStream();
        LedgerWriter.Write(sample, written);
        string[] lines = Encoding.UTF8.GetString(written.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string text = string.Join("\r\n", [
            .. lines[..20], "", "{not json", .. lines[20..40], "   ", lines[3],
            """{"kind":"feedback","orderId":"nobody","receivedAt":"2026-01-15T09:00:00Z","rating":3}""", .. lines[40..]]);
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

        LedgerBuildResult expected = LedgerReader.Read(new MemoryStream(bytes), "f.jsonl", LedgerBuildMode.Lenient, chunkSize: 1 << 20, workers: 1);
        LedgerBuildResult actual = LedgerReader.Read(new MemoryStream(bytes), "f.jsonl", LedgerBuildMode.Lenient, chunkSize, workers);

        Assert.Equal(sample, expected.Ledger);
        Assert.Equal(expected.Ledger, actual.Ledger);
        Assert.Equal(expected.Problems.Select(p => p.ToString()), actual.Problems.Select(p => p.ToString()));
        Assert.Collection(
            actual.Problems.Select(p => p.ToString()),
            p => Assert.StartsWith("f.jsonl:22: not valid JSON", p),
            p => Assert.StartsWith("f.jsonl:44: duplicate order id", p),
            p => Assert.Equal("f.jsonl:45: feedback on order nobody refers to unknown order nobody.", p));
        Assert.Equal(expected.RecordsRead, actual.RecordsRead);
        Assert.Equal(3, actual.RecordsLeftOut);
    }

    [Fact]
    public void Read_LastLineWithoutLineEnd_AndOnlyBlankLines_AreHandled()
    {
        Assert.Single(ReadText("\n\n" + Order1).GetLedgerOrThrow().Orders);
        Assert.Empty(ReadText("\n \r\n\n").GetLedgerOrThrow().Orders);
        Assert.Empty(ReadText("").GetLedgerOrThrow().Orders);
        Assert.Equal("ledger.jsonl:3: not valid JSON", ReadText("\n\n{").Problems.Single().ToString()[..30]);
    }

    [Fact]
    public void Read_EscapedHalfOfASurrogatePair_IsAProblemOfItsLine_NotACrash()
    {
        string lone = """{"kind":"contact","orderId":"111-0000001-0000001","buyerContactedAt":"2026-01-13T09:00:00Z","note":"x\ud83d"}""";
        string lowFirst = """{"kind":"feedback","orderId":"111-0000001-0000001\udc00\ud83d","receivedAt":"2026-01-15T09:00:00Z","rating":5}""";
        string paired = """{"kind":"contact","orderId":"111-0000001-0000001","buyerContactedAt":"2026-01-14T09:00:00Z","note":"\ud83d\ude00"}""";

        LedgerBuildResult result = ReadText(string.Join("\n", Order1, lone, lowFirst, paired), LedgerBuildMode.Lenient);

        Assert.Equal(
            [
                $"ledger.jsonl:2: not valid JSON: \\ud83d is half of a UTF-16 surrogate pair without its other half. LineNumber: 0 | BytePositionInLine: {lone.IndexOf('\\', StringComparison.Ordinal)}.",
                $"ledger.jsonl:3: not valid JSON: \\udc00 is half of a UTF-16 surrogate pair without its other half. LineNumber: 0 | BytePositionInLine: {lowFirst.IndexOf('\\', StringComparison.Ordinal)}.",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.Single(result.Ledger!.Contacts);
        Assert.Equal(2, result.RecordsLeftOut);
    }

    [Fact]
    public void Read_LineThatIsNotUtf8_IsAProblemOfItsLine_NotACrash()
    {
        byte[] good = Encoding.UTF8.GetBytes(Order1 + "\n");
        byte[] badId = Encoding.UTF8.GetBytes("""{"kind":"feedback","orderId":"111-0000001-000000X","receivedAt":"2026-01-15T09:00:00Z","rating":5}""" + "\n");
        int badIdAt = Array.IndexOf(badId, (byte)'X');
        badId[badIdAt] = 0xFF;
        byte[] badUnknownField = Encoding.UTF8.GetBytes("""{"kind":"contact","orderId":"111-0000001-0000001","buyerContactedAt":"2026-01-13T09:00:00Z","noteX":1}""");
        int badFieldAt = Array.IndexOf(badUnknownField, (byte)'X');
        badUnknownField[badFieldAt] = 0xC3; // a lead byte followed by '"': not a sequence

        LedgerBuildResult result = LedgerReader.Read(new MemoryStream([.. good, .. badId, .. badUnknownField]), "ledger.jsonl", LedgerBuildMode.Lenient);

        Assert.Equal(
            [
                $"ledger.jsonl:2: not valid UTF-8: byte 0xFF at byte {badIdAt + 1} of the line (a ledger file is UTF-8 text; was it saved in another encoding?).",
                $"ledger.jsonl:3: not valid UTF-8: byte 0xC3 at byte {badFieldAt + 1} of the line (a ledger file is UTF-8 text; was it saved in another encoding?).",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.Single(result.Ledger!.Orders);
        Assert.Equal(2, result.RecordsLeftOut);
    }
}
