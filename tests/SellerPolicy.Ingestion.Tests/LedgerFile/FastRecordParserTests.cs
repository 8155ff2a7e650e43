using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Ledger.HighPerformance;
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
    [InlineData("""{"channel":"MFN","kind":"order","kind":"order","orderId":"111-1","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // kind twice, not first
    [InlineData("""{"channel":"MFN","kind":7,"orderId":"111-1","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // kind not a string, not first
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
    [InlineData("""{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","cancelledByAssumed":true,"lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // an assumed canceller without one
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
    [InlineData("""{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","cancelledAt":"2026-01-05T12:00:00Z","cancelledBy":"Seller","cancelledByAssumed":true,"lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")]
    [InlineData("""{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","cancelledAt":"2026-01-05T12:00:00Z","cancelledBy":"Buyer","cancelledByAssumed":false,"lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")]
    [InlineData("""{"channel":"MFN","kind":"order","orderId":"111-1","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // kind not first
    [InlineData("""{"channel": "MFN", "kind": "order", "lines": [{"asin": "B1", "quantity": 1, "sku": "A", "unitPrice": {"amount": 1.5, "currency": "USD"}}], "orderId": "111-1", "purchasedAt": "2026-01-05T10:00:00Z"}""")] // another tool's style
    [InlineData("""{"orderId": "111-1", "kind": "contact", "buyerContactedAt": "2026-01-05T10:00:00Z"}""")]
    public void UnusualButValidLines_AreAccepted_AsTheFullParserReadsThem(string line)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(line);

        object? fast = new FastRecordParser().TryParse(bytes);

        Assert.NotNull(fast);
        Assert.Equal(FullParse(bytes), fast);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("1.")]
    [InlineData("-")]
    [InlineData("1e")]
    [InlineData("\"\\x\"")]
    [InlineData("\"a\tb\"")]
    [InlineData("tru")]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("\"open")]
    [InlineData("{\"a\":[1}")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]")] // depth 20
    public void InvalidJson_InAnIgnoredField_IsDeclined_AndTheFullParserReportsIt(string value)
    {
        byte[] line = Encoding.UTF8.GetBytes(
            "{\"kind\":\"contact\",\"orderId\":\"111-1\",\"future\":" + value + ",\"buyerContactedAt\":\"2026-01-05T10:00:00Z\"}");

        Assert.Null(new FastRecordParser().TryParse(line));
        Assert.Equal(LedgerProblemKind.Syntax, Assert.IsType<LedgerProblem>(FullParse(line)).Kind);
    }

    [Fact]
    public void Nesting_AsDeepAsTheFullParserAllows_IsAccepted_AndOneDeeper_IsDeclined()
    {
        // The line's object is one level; the full parser allows 16.
        string deepest = new string('[', 15) + new string(']', 15);
        byte[] ok = Encoding.UTF8.GetBytes("{\"kind\":\"contact\",\"orderId\":\"111-1\",\"x\":" + deepest + ",\"buyerContactedAt\":\"2026-01-05T10:00:00Z\"}");
        byte[] tooDeep = Encoding.UTF8.GetBytes("{\"kind\":\"contact\",\"orderId\":\"111-1\",\"x\":[" + deepest + "],\"buyerContactedAt\":\"2026-01-05T10:00:00Z\"}");

        Assert.Equal(FullParse(ok), new FastRecordParser().TryParse(ok));
        Assert.Null(new FastRecordParser().TryParse(tooDeep));
        Assert.Equal(LedgerProblemKind.Syntax, Assert.IsType<LedgerProblem>(FullParse(tooDeep)).Kind);
    }

    [Theory]
    [InlineData("""{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00\u005A","buyerId":"Tom \u0026 Jerry \u002B \u003C\u0027","trackingId":"\ud83d\ude00\/\"\\\t","shipToCountry":"\u0055S","lines":[{"sku":"caf\u00e9","asin":"B0\u0030","quantity":1,"unitPrice":{"amount":1,"currency":"U\u0053D"}}]}""")]
    [InlineData("""{"kind":"return","returnId":"R\u00e9","orderId":"111\u002D1","sku":"A","quantity":1,"requestedAt":"2026-01-05T10:00:00Z","reason":"too \u0022big\u0022"}""")]
    [InlineData("""{"kind":"feedback","orderId":"111-1","receivedAt":"2026-01-05T10:00:00Z","rating":-0,"removedAt":null}""")]
    public void EscapedStrings_AreAccepted_AsTheFullParserReadsThem(string line)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(line);
        object full = FullParse(bytes);

        object? fast = new FastRecordParser().TryParse(bytes);

        if (full is LedgerProblem)
        {
            Assert.Null(fast);
        }
        else
        {
            Assert.NotNull(fast);
            Assert.Equal(full, fast);
        }
    }

    [Fact]
    public void EscapedStrings_AreDecoded()
    {
        var order = (Order)new FastRecordParser().TryParse(Encoding.UTF8.GetBytes(
            """{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","buyerId":"Tom \u0026 Jerry","trackingId":"\ud83d\ude00","lines":[{"sku":"caf\u00e9","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}"""))!;

        Assert.Equal("Tom & Jerry", order.BuyerId!.Value.Value);
        Assert.Equal("😀", order.TrackingId);
        Assert.Equal("café", order.Lines[0].Sku.Value);
    }

    [Theory]
    [InlineData("""{"kind":"order","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","buyerId":"\ud83d","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // lone surrogate
    [InlineData("""{"kind":"order","orderId":"111-1","channel":"M\u0046N","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // escaped enum
    [InlineData("""{"kind":"ord\u0065r","orderId":"111-1","channel":"MFN","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]}""")] // escaped kind
    [InlineData("""{"kind":"return","orderId":"111-1","sku":"A","quantity":2147483648,"requestedAt":"2026-01-05T10:00:00Z","reason":"X"}""")] // beyond Int32
    [InlineData("""{"kind":"return","orderId":"111-1","sku":"A","quantity":1e0,"requestedAt":"2026-01-05T10:00:00Z","reason":"X"}""")] // exponent int
    [InlineData("""{"kind":"return","orderId":"111-1","sku":"A","quantity":1.0,"requestedAt":"2026-01-05T10:00:00Z","reason":"X"}""")] // fraction int
    [InlineData("""{"kind":"contact","orderId":"111-1","buyerContactedAt":"2026-01-05T10:00:00Z"}{}""")] // two objects
    [InlineData("""{"kind":"contact","orderId":"111-1","buyerContactedAt":"2026-01-05T10:00:00Z",}""")] // trailing comma
    public void LinesTheFastPathDoesNotRead_AreDeclined(string line)
    {
        Assert.Null(new FastRecordParser().TryParse(Encoding.UTF8.GetBytes(line)));
    }

    [Theory]
    [InlineData("1E2")]
    [InlineData("0.10")]
    [InlineData("-0")]
    [InlineData("1.5e-1")]
    [InlineData("12.990000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e30")]
    [InlineData("0.0000000000000000000000000000001")]
    public void Amounts_AreReadAsTheFullParserReadsThem(string amount)
    {
        byte[] line = Encoding.UTF8.GetBytes(
            "{\"kind\":\"order\",\"orderId\":\"111-1\",\"channel\":\"MFN\",\"purchasedAt\":\"2026-01-05T10:00:00Z\",\"shippingPrice\":{\"amount\":" + amount
            + ",\"currency\":\"USD\"},\"lines\":[{\"sku\":\"A\",\"quantity\":1,\"unitPrice\":{\"amount\":1,\"currency\":\"USD\"}}]}");
        object full = FullParse(line);

        object? fast = new FastRecordParser().TryParse(line);

        if (full is LedgerProblem)
        {
            Assert.Null(fast);
        }
        else
        {
            var order = Assert.IsType<Order>(fast);
            Assert.Equal(full, order);
            Assert.Equal(
                decimal.GetBits(((Order)full).ShippingPrice!.Value.Amount),
                decimal.GetBits(order.ShippingPrice!.Value.Amount));
        }
    }

    [Property(MaxTest = 100)]
    public Property WrittenLines_WithWhitespaceAndUnknownFields_AreAccepted_AsTheFullParserReadsThem()
        => Prop.ForAll(Arb.From(DomainArbitraries.Ledgers), Arb.From(Gen.Choose(0, int.MaxValue)), (ledger, seed) =>
        {
            var parser = new FastRecordParser();
            var odd = new OddJson(new Random(seed), escapeStrings: false);
            return WrittenLines(ledger).Select(odd.Rewrite).All(line => parser.TryParse(line) is { } record && record.Equals(FullParse(line)));
        });

    [Property(MaxTest = 100)]
    public Property WrittenLines_WithOddButValidJson_AreDeclined_OrReadAsTheFullParserReadsThem()
        => Prop.ForAll(Arb.From(DomainArbitraries.Ledgers), Arb.From(Gen.Choose(0, int.MaxValue)), (ledger, seed) =>
        {
            var parser = new FastRecordParser();
            var odd = new OddJson(new Random(seed), escapeStrings: true);
            return WrittenLines(ledger).Select(odd.Rewrite).All(line => parser.TryParse(line) is not { } record || record.Equals(FullParse(line)));
        });

    [Property(MaxTest = 200)]
    public Property WrittenLines_WithRandomByteEdits_AreDeclined_OrReadAsTheFullParserReadsThem()
        => Prop.ForAll(Arb.From(DomainArbitraries.Ledgers), Arb.From(Gen.Choose(0, int.MaxValue)), (ledger, seed) =>
        {
            var random = new Random(seed);
            var parser = new FastRecordParser();
            const string Alphabet = "{}[]\":,.-+eE0123456789 \t\\/untrfalsZT\u00e9";
            foreach (byte[] written in WrittenLines(ledger))
            {
                var line = new List<byte>(written);
                for (int edits = random.Next(1, 4); edits > 0 && line.Count > 0; edits--)
                {
                    int at = random.Next(line.Count);
                    byte[] insert = Encoding.UTF8.GetBytes(Alphabet[random.Next(Alphabet.Length)].ToString());
                    switch (random.Next(3))
                    {
                        case 0: line.RemoveAt(at); break;
                        case 1: line.InsertRange(at, insert); break;
                        default: line.RemoveAt(at); line.InsertRange(at, insert); break;
                    }
                }

                byte[] edited = [.. line];
                if (parser.TryParse(edited) is { } fast && !fast.Equals(FullParseOrProblem(edited)))
                {
                    return false;
                }
            }

            return true;
        });

    /// <summary>The full parser's record, or a problem when it reports any (or fails).</summary>
    private static object FullParseOrProblem(byte[] line)
    {
        var orders = new OrderBatch(4);
        var output = new List<ParsedLine>();
        try
        {
            LedgerRecordParser.Parse(line, new SourceLocation(null, 1), new SymbolTable(), orders, output);
        }
        catch (InvalidOperationException ex)
        {
            return ex;
        }

        return (orders.Count, output.Count, orders.Refused.Count) switch
        {
            (1, 0, 0) => orders.Rows.OrderAt(0),
            (0, 1, 0) => output[0].Item,
            (0, 0, 1) => orders.Refused[0].Problem,
            (int o, int r, int f) => o + r + f,
        };
    }

    private static object FullParse(byte[] line)
    {
        var orders = new OrderBatch(4);
        var output = new List<ParsedLine>();
        LedgerRecordParser.Parse(line, new SourceLocation(null, 1), new SymbolTable(), orders, output);
        object item = orders.Count == 1 && output.Count == 0 ? orders.Rows.OrderAt(0)
            : orders.Refused.Count == 1 && output.Count == 0 ? orders.Refused[0].Problem
            : Assert.Single(output).Item;
        return item is RefusedOrder refused ? refused.Problem : item; // a refused order is its problem (plus its id, for other records)
    }

    private static List<byte[]> WrittenLines(SellerLedger ledger)
    {
        var stream = new MemoryStream();
        LedgerWriter.Write(ledger, stream);
        return [.. Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>
    /// Rewrites a JSON line as other valid JSON with the same meaning: random whitespace between tokens, extra unknown
    /// fields (after <c>kind</c>) with nested values, and optionally string characters written as escapes.
    /// </summary>
    private sealed class OddJson(Random random, bool escapeStrings)
    {
        private static readonly string[] Spaces = ["", "", "", " ", "\t", "\r\n", "  "];

        public byte[] Rewrite(byte[] line)
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            var text = new StringBuilder();
            Space(text);
            Write(document.RootElement, text, root: true);
            Space(text);
            return Encoding.UTF8.GetBytes(text.ToString());
        }

        private void Write(System.Text.Json.JsonElement element, StringBuilder text, bool root = false)
        {
            switch (element.ValueKind)
            {
                case System.Text.Json.JsonValueKind.Object:
                    text.Append('{');
                    var fields = element.EnumerateObject().Select(p => (p.Name, (Action)(() => Write(p.Value, text)))).ToList();
                    int extra = random.Next(3);
                    for (int i = 0; i < extra; i++)
                    {
                        int depth = random.Next(4);
                        fields.Insert(random.Next(root ? 1 : 0, fields.Count + 1), ("x-unknown" + i, () => Unknown(text, depth)));
                    }

                    for (int i = 0; i < fields.Count; i++)
                    {
                        Space(text);
                        text.Append(i == 0 ? "" : ",");
                        Space(text);
                        text.Append('"').Append(fields[i].Name).Append('"');
                        Space(text);
                        text.Append(':');
                        Space(text);
                        fields[i].Item2();
                    }

                    Space(text);
                    text.Append('}');
                    break;
                case System.Text.Json.JsonValueKind.Array:
                    text.Append('[');
                    int n = 0;
                    foreach (System.Text.Json.JsonElement item in element.EnumerateArray())
                    {
                        Space(text);
                        text.Append(n++ == 0 ? "" : ",");
                        Space(text);
                        Write(item, text);
                    }

                    Space(text);
                    text.Append(']');
                    break;
                case System.Text.Json.JsonValueKind.String:
                    String(element.GetString()!, text);
                    break;
                default:
                    text.Append(element.GetRawText());
                    break;
            }
        }

        private void Unknown(StringBuilder text, int depth)
        {
            switch (depth == 0 ? random.Next(6) : random.Next(8))
            {
                case 0: text.Append(random.Next(-1000, 1000)); break;
                case 1: text.Append("-12.5e+3"); break;
                case 2: text.Append(random.Next(2) == 0 ? "true" : "false"); break;
                case 3: text.Append("null"); break;
                case 4: String("ünknown & \"quoted\"\n", text); break;
                case 5: text.Append("0.5E-2"); break;
                case 6:
                    text.Append('[');
                    Space(text);
                    Unknown(text, depth - 1);
                    text.Append(',');
                    Space(text);
                    Unknown(text, depth - 1);
                    text.Append(']');
                    break;
                default:
                    text.Append("{\"a\":");
                    Space(text);
                    Unknown(text, depth - 1);
                    text.Append(",\"b\":{}}");
                    break;
            }
        }

        private void String(string value, StringBuilder text)
        {
            text.Append('"');
            foreach (char c in value)
            {
                bool must = c is '"' or '\\' or < ' ';
                if (must || (escapeStrings && random.Next(5) == 0))
                {
                    text.Append(c switch
                    {
                        '"' => "\\\"",
                        '\\' => "\\\\",
                        '\n' => "\\n",
                        '/' => "\\/",
                        _ => $"\\u{(int)c:x4}",
                    });
                }
                else
                {
                    text.Append(c);
                }
            }

            text.Append('"');
        }

        private void Space(StringBuilder text) => text.Append(Spaces[random.Next(Spaces.Length)]);
    }
}
