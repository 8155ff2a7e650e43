using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Sample;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Ingestion.Tests.LedgerFile;

/// <summary>
/// The fast path either declines a line or gives exactly the record the full parser gives; it accepts every line the
/// writer writes (else the speed would silently be lost).
/// </summary>
public class FastRecordParserTests
{
    private const string Order =
        """{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"MUG-01","quantity":2,"unitPrice":{"amount":9.99,"currency":"USD"}}]}""";

    [Property(MaxTest = 100)]
    public Property EveryWrittenLine_IsAccepted_AsTheFullParserReadsIt()
        => Prop.ForAll(Arb.From(DomainArbitraries.Ledgers), ledger =>
        {
            var parser = new FastRecordParser();
            return WrittenLines(ledger).All(line => parser.TryParse(line) is { } record && record.Equals(FullParse(line)));
        });

    [Fact]
    public void EveryLineOfTheSampleSeller_IsAccepted_AsTheFullParserReadsIt()
    {
        SellerLedger sample = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 2000, Seed = 3 });
        var parser = new FastRecordParser();

        foreach (byte[] line in WrittenLines(sample))
        {
            object? fast = parser.TryParse(line);
            Assert.NotNull(fast);
            Assert.Equal(FullParse(line), fast);
        }
    }

    [Fact]
    public void IdenticalLineLists_AreShared_AndStillEqualTheirText()
    {
        var parser = new FastRecordParser();

        var first = (Order)parser.TryParse(Encoding.UTF8.GetBytes(Order))!;
        var second = (Order)parser.TryParse(Encoding.UTF8.GetBytes(Order.Replace("111-1", "111-2", StringComparison.Ordinal)))!;

        Assert.Same(first.Lines[0], second.Lines[0]);
        Assert.Equal(new Money(9.99m, "USD"), second.Lines[0].UnitPrice);
        Assert.Same(first.Lines[0].Sku.Value, second.Lines[0].Sku.Value);
    }

    [Theory]
    [InlineData("""{"channel":"MFN","kind":"order","orderId":"111-1","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // kind not first
    [InlineData("""{"kind":"order","orderId":"111-1","orderId":"111-2","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // duplicate field
    [InlineData("""{"kind":"order","kind":"feedback","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // second kind
    [InlineData("""{"kind":"order","order\u0049d":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // escaped name
    [InlineData("""{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":"1.50","currency":"USD"}}]}""")] // string amount
    [InlineData("""{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]} x""")] // trailing text
    [InlineData("""{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":null,"lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // required null
    [InlineData("""{"kind":"order","orderId":" ","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // blank id
    [InlineData("""{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[]}""")] // no lines
    [InlineData("""{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"usd"}}]}""")] // bad currency
    [InlineData("""{"kind":"order","orderId":"111-1","channel":"XFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // bad channel
    [InlineData("""{"kind":"feedback","orderId":"111-1","receivedAt":"2026-01-05T10:00:00Z","rating":6}""")] // rule of the constructor
    [InlineData("""{"kind":"feedback","orderId":"111-1","receivedAt":"2026-01-05T10:00:00Z","rating":4.5}""")] // not a whole number
    [InlineData("""{"kind":"claim","claimId":"C","orderId":"111-1","filedAt":"2026-01-05T10:00:00Z","reason":" NotReceived"}""")] // enum with a space
    [InlineData("""{"kind":"claim","claimId":"C","orderId":"111-1","filedAt":"2026-01-05T10:00:00Z","reason":"1"}""")] // enum number
    [InlineData("""{"kind":"return","orderId":"111-1","sku":"A","quantity":1,"requestedAt":"2026-01-05","reason":"X"}""")] // not an instant
    [InlineData("""{"kind":"contact","orderId":"111-1","buyerContactedAt":"2026-01-05T10:00:00Z","inPolicy":tru}""")] // broken JSON
    [InlineData("""{"kind":"Order","orderId":"111-1"}""")] // unknown kind
    [InlineData("""[1,2]""")]
    [InlineData("""{}""")]
    public void OddLines_AreDeclined_ForTheFullParserToReport(string line)
    {
        Assert.Null(new FastRecordParser().TryParse(Encoding.UTF8.GetBytes(line)));
    }

    [Theory]
    [InlineData("""{ "kind" : "order", "orderId":"111-1","channel":"mfn","purchasedAt":"2026-01-05T11:00:00+01:00","future":{"a":[1,{"b":null}]},"lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1e1,"currency":"USD","note":"x"}}],"trackingId":null,"shippingPrice":null}  """)]
    [InlineData("""{"kind":"order","orderId":"111-\u0031","channel":"AFN","purchasedAt":"2026-01-05T10:00Z","buyerId":"B\u00f61","lines":[{"sku":"caf\u00e9","category":"K\u00fcche","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")]
    [InlineData("""{"kind":"return","orderId":"111-1","sku":"A","quantity":1,"requestedAt":"2026-01-05T10:00:00.5Z","reason":"DEFECTIVE","status":"refunded","inPolicy":null,"returnless":true}""")]
    [InlineData("""{"kind":"claim","claimId":"C","orderId":"111-1","filedAt":"2026-01-05T10:00:00Z","reason":"notreceived","outcome":"GRANTEDSELLERFUNDED","decidedAt":"2026-01-06T10:00:00Z"}""")]
    [InlineData("""{"kind":"chargeback","chargebackId":"CB","orderId":"111-1","receivedAt":"2026-01-05T10:00:00Z","type":"Fraud"}""")]
    public void UnusualButValidLines_AreAccepted_AsTheFullParserReadsThem(string line)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(line);

        object? fast = new FastRecordParser().TryParse(bytes);

        Assert.NotNull(fast);
        Assert.Equal(FullParse(bytes), fast);
    }

    private static object FullParse(byte[] line)
    {
        var output = new List<ParsedLine>();
        LedgerRecordParser.Parse(line, new SourceLocation(null, 1), new SymbolTable(), output);
        return Assert.Single(output).Item;
    }

    private static List<byte[]> WrittenLines(SellerLedger ledger)
    {
        var stream = new MemoryStream();
        LedgerWriter.Write(ledger, stream);
        return [.. Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Encoding.UTF8.GetBytes)];
    }
}
