using System.Text;
using SellerPolicy.Ingestion.LedgerFile;

namespace SellerPolicy.Ingestion.Tests.LedgerFile;

/// <summary>
/// The scanner reads every JSON token kind, rejects invalid JSON wherever it is, and decodes escapes as
/// System.Text.Json does.
/// </summary>
public class JsonLineScannerTests
{
    [Theory]
    [InlineData("""{"s":"text","n":-12.5e+3,"i":0,"t":true,"f":false,"z":null,"o":{"a":[1,{"b":[]}]},"a":[],"e":{}}""")]
    [InlineData(""" { "s" : "a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00" , "n" : [ -0 , 0.5 , 1E5 , 2e-3 , 10 ] }  """)]
    [InlineData("\t{\"a\":\r\n1}\r")]
    public void ValidJson_OfEveryTokenKind_IsReadToTheEnd(string json)
    {
        var scanner = new JsonLineScanner(Encoding.UTF8.GetBytes(json));

        Assert.True(scanner.SkipValue());
        Assert.True(scanner.AtEnd());
        Assert.False(scanner.Failed);
    }

    [Theory]
    [InlineData("""{"n":01}""")]
    [InlineData("""{"n":1.}""")]
    [InlineData("""{"n":-}""")]
    [InlineData("""{"n":1e}""")]
    [InlineData("""{"n":1e+}""")]
    [InlineData("""{"n":.5}""")]
    [InlineData("""{"n":+1}""")]
    [InlineData("""{"n":1x}""")]
    [InlineData("""{"s":"\x"}""")]
    [InlineData("""{"s":"\u12G4"}""")]
    [InlineData("""{"s":"\u12"}""")]
    [InlineData("{\"s\":\"a\tb\"}")]
    [InlineData("{\"s\":\"a\u0001b\"}")]
    [InlineData("""{"t":tru}""")]
    [InlineData("""{"t":truex}""")]
    [InlineData("""{"t":nul}""")]
    [InlineData("""{"t":False}""")]
    [InlineData("""{"a":[1,]}""")]
    [InlineData("""{"a":[,1]}""")]
    [InlineData("""{"a":[1 2]}""")]
    [InlineData("""{"a":1,}""")]
    [InlineData("""{,"a":1}""")]
    [InlineData("""{"a" 1}""")]
    [InlineData("""{"a":}""")]
    [InlineData("""{a:1}""")]
    [InlineData("""{'a':1}""")]
    [InlineData("""{"a":1""")]
    [InlineData("""{"a":"open}""")]
    [InlineData("""{"a":[1}""")]
    [InlineData("""{"a":{"b":1]}""")]
    [InlineData("""{"a":1} /* comment */""")]
    public void InvalidJson_AnywhereInTheLine_IsRejected(string json)
    {
        var scanner = new JsonLineScanner(Encoding.UTF8.GetBytes(json));

        Assert.False(scanner.SkipValue() && scanner.AtEnd());
    }

    [Fact]
    public void Nesting_UpToMaxDepth_IsRead_AndOneDeeper_IsRejected()
    {
        string deepest = new string('[', JsonLineScanner.MaxDepth) + new string(']', JsonLineScanner.MaxDepth);
        string tooDeep = "[" + deepest + "]";

        var ok = new JsonLineScanner(Encoding.UTF8.GetBytes(deepest));
        var bad = new JsonLineScanner(Encoding.UTF8.GetBytes(tooDeep));

        Assert.True(ok.SkipValue() && ok.AtEnd());
        Assert.False(bad.SkipValue());
        Assert.True(bad.Failed);
    }

    [Fact]
    public void Fields_AreReadInOrder_WithTheirValues()
    {
        var scanner = new JsonLineScanner("""{"kind":"x","n":-42,"b":true,"z":null,"o":{"k":"v"}}"""u8);

        Assert.True(scanner.EnterObject());
        Assert.True(scanner.NextField(out ReadOnlySpan<byte> name));
        Assert.Equal("kind", Encoding.UTF8.GetString(name));
        Assert.Equal(JsonScanToken.String, scanner.Peek());
        Assert.True(scanner.ReadString(out ReadOnlySpan<byte> text, out bool escaped));
        Assert.Equal("x", Encoding.UTF8.GetString(text));
        Assert.False(escaped);

        Assert.True(scanner.NextField(out name));
        Assert.Equal(JsonScanToken.Number, scanner.Peek());
        Assert.True(scanner.ReadNumber(out ReadOnlySpan<byte> number, out bool integer));
        Assert.Equal("-42", Encoding.UTF8.GetString(number));
        Assert.True(integer);

        Assert.True(scanner.NextField(out name));
        Assert.Equal(JsonScanToken.True, scanner.Peek());
        Assert.True(scanner.ReadLiteral(JsonScanToken.True));

        Assert.True(scanner.NextField(out name));
        Assert.Equal(JsonScanToken.Null, scanner.Peek());
        Assert.True(scanner.ReadLiteral(JsonScanToken.Null));

        Assert.True(scanner.NextField(out name));
        Assert.Equal("o", Encoding.UTF8.GetString(name));
        Assert.Equal(JsonScanToken.StartObject, scanner.Peek());
        Assert.True(scanner.SkipValue());

        Assert.False(scanner.NextField(out _));
        Assert.False(scanner.Failed);
        Assert.True(scanner.AtEnd());
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("-0", true)]
    [InlineData("1.0", false)]
    [InlineData("1e1", false)]
    [InlineData("-1E-1", false)]
    public void Numbers_SayWhetherTheyAreIntegers(string json, bool expected)
    {
        var scanner = new JsonLineScanner(Encoding.UTF8.GetBytes(json));

        Assert.True(scanner.ReadNumber(out ReadOnlySpan<byte> number, out bool integer));
        Assert.Equal(json, Encoding.UTF8.GetString(number));
        Assert.Equal(expected, integer);
        Assert.True(scanner.AtEnd());
    }

    [Fact]
    public void EscapedFieldName_IsDeclined_ButAllowedWhenSkipped()
    {
        var reading = new JsonLineScanner("""{"k\u0069nd":1}"""u8);
        var skipping = new JsonLineScanner("""{"k\u0069nd":1}"""u8);

        Assert.True(reading.EnterObject());
        Assert.False(reading.NextField(out _));
        Assert.True(reading.Failed);
        Assert.True(skipping.SkipValue() && skipping.AtEnd());
    }

    [Theory]
    [InlineData("""plain""", "plain")]
    [InlineData("""a\"b\\c\/d""", "a\"b\\c/d")]
    [InlineData("""\b\f\n\r\t""", "\b\f\n\r\t")]
    [InlineData("""Tom \u0026 Jerry \u002B \u003c\u0027""", "Tom & Jerry + <'")]
    [InlineData("""caf\u00e9 K\u00FCche""", "café Küche")]
    [InlineData("""smile \ud83d\ude00!""", "smile 😀!")]
    [InlineData("""raw é and \u00e9""", "raw é and é")]
    public void Escapes_AreDecoded_AsSystemTextJsonDoes(string raw, string expected)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(raw);

        string? decoded = JsonLineScanner.GetString(bytes, escaped: raw.Contains('\\', StringComparison.Ordinal));

        Assert.Equal(expected, decoded);
        Assert.Equal(System.Text.Json.JsonSerializer.Deserialize<string>("\"" + raw + "\""), decoded);
    }

    [Theory]
    [InlineData("""\ud83d""")]
    [InlineData("""\ud83dx""")]
    [InlineData("""\ud83d\u0041""")]
    [InlineData("""\ude00""")]
    [InlineData("""a\ude00\ud83d""")]
    public void LoneSurrogates_AreNotDecoded(string raw)
    {
        Assert.Null(JsonLineScanner.GetString(Encoding.UTF8.GetBytes(raw), escaped: true));
    }

    [Fact]
    public void TryUnescape_IntoTooSmallADestination_Fails()
    {
        Span<char> two = stackalloc char[2];

        Assert.False(JsonLineScanner.TryUnescape("""ab\n"""u8, two, out _));
        Assert.True(JsonLineScanner.TryUnescape("""a\n"""u8, two, out int written));
        Assert.Equal("a\n", two[..written].ToString());
    }

    [Fact]
    public void Peek_TellsTheKind_OfEveryFirstByte()
    {
        for (int b = 0; b < 256; b++)
        {
            JsonScanToken expected = (char)b switch
            {
                '"' => JsonScanToken.String,
                '{' => JsonScanToken.StartObject,
                '[' => JsonScanToken.StartArray,
                '-' or (>= '0' and <= '9') => JsonScanToken.Number,
                't' => JsonScanToken.True,
                'f' => JsonScanToken.False,
                'n' => JsonScanToken.Null,
                _ => JsonScanToken.None,
            };
            var scanner = new JsonLineScanner([(byte)b, (byte)'x']);

            Assert.Equal(expected, scanner.Peek());
        }
    }

    [Fact]
    public void Strings_OfEveryShortLength_WithAnEscapeOrControlCharacterAnywhere_AreJudgedAsJsonDocumentJudgesThem()
    {
        // Names and values of 0 to 40 bytes (across the vector width of the fast path), at the end of the line or with
        // room after them, with one odd sequence at every place.
        string[] odd = ["", "\\\"", "\\\\", "\\n", "\\/", "\\u00e9", "\\", "\\x", "\\u12G4", "\t", "\u0001", "\u001f", "\u007f", "\"", "é", "😀"];
        foreach (string padding in new[] { "", new string(' ', 40) })
        {
            for (int length = 0; length <= 40; length++)
            {
                foreach (string insert in odd)
                {
                    for (int at = 0; at <= length; at++)
                    {
                        string body = new string('a', at) + insert + new string('b', length - at);
                        string json = "{\"" + body + "\":\"" + body + "\",\"k\":[\"" + body + "\"]}" + padding;
                        AssertJudgedAsJsonDocument(json, body);
                    }
                }
            }
        }
    }

    [Fact]
    public void Strings_NearTheEndOfALine_AreReadWhole_WhateverComesBeforeThem()
    {
        // The last strings of a line are read from a vector of the line's last bytes: quotes and escapes before the string
        // in those bytes must not count.
        foreach (string unit in new[] { "x", "\\\"", "\\\\", "\",\"q\":\"" })
        {
            for (int units = 0; units <= 20; units++)
            {
                for (int length = 0; length <= 40; length++)
                {
                    string body = new string('v', length);
                    string before = string.Concat(Enumerable.Repeat(unit, units));
                    byte[] line = Encoding.UTF8.GetBytes("{\"p\":\"" + before + "\",\"v\":\"" + body + "\"}");
                    var scanner = new JsonLineScanner(line);

                    Assert.True(scanner.EnterObject());
                    ReadOnlySpan<byte> value = default;
                    while (scanner.NextField(out ReadOnlySpan<byte> name))
                    {
                        Assert.True(scanner.ReadString(out value, out _));
                    }

                    Assert.True(scanner.AtEnd());
                    Assert.Equal(body, Encoding.UTF8.GetString(value));
                }
            }
        }
    }

    [Theory]
    [InlineData("2025-11-02T09:04:17.073Z", true)]
    [InlineData("2025-11-03T23:59:59Z", true)]
    [InlineData("2025-11-02T09:04:17.07Z", false)]
    [InlineData("2025-11-02T09:04:17.123456789Z", false)]
    [InlineData("2025-11-02T09:04:17.073+00:00", false)]
    [InlineData("2025-02-30T09:04:17.073Z", false)]
    [InlineData("2025-11-02T09:04:17\\u002E073Z", false)]
    [InlineData("2025-11-02T09:04:17.07\\\"Z", false)]
    [InlineData("not an instant at all, longer", false)]
    public void CanonicalInstants_AreReadDirectly_AndAnythingElseIsLeftUnread(string written, bool direct)
    {
        // Followed by a field whose quote falls where a longer instant would end.
        byte[] line = Encoding.UTF8.GetBytes("{\"at\":\"" + written + "\",\"b\":1,\"c\":\"" + new string('x', 30) + "\"}");
        var scanner = new JsonLineScanner(line);
        Assert.True(scanner.EnterObject() && scanner.NextField(out _));
        int position = scanner.Position;

        bool read = scanner.TryReadCanonicalInstant(out NodaTime.Instant instant);

        Assert.Equal(direct, read);
        Assert.False(scanner.Failed);
        if (read)
        {
            Assert.True(CanonicalInstant.TryParseUtf8(Encoding.UTF8.GetBytes(written), out NodaTime.Instant expected));
            Assert.Equal(expected, instant);
        }
        else
        {
            Assert.Equal(position, scanner.Position);
            Assert.True(scanner.ReadString(out _, out _));
        }

        Assert.True(scanner.NextField(out ReadOnlySpan<byte> next));
        Assert.Equal("b", Encoding.UTF8.GetString(next));
    }

    [Fact]
    public void CanonicalInstants_ReadDirectly_AreTheStringsReadAndParsed_WhateverFollows()
    {
        var random = new Random(7);
        string[] instants = ["2025-11-02T09:04:17.073Z", "2025-11-03T23:59:59Z", "1999-12-31T23:59:59.999Z", "2024-02-29T00:00:00Z"];
        string alphabet = "0123456789-T:.Z\"\\ ,x}";
        for (int i = 0; i < 20_000; i++)
        {
            char[] text = instants[random.Next(instants.Length)].ToCharArray();
            if (random.Next(2) == 0)
            {
                text[random.Next(text.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            string tail = new string([.. Enumerable.Range(0, random.Next(12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            byte[] line = Encoding.UTF8.GetBytes("{\"a\":\"" + new string(text) + "\"" + tail + new string(' ', random.Next(8)));
            var direct = new JsonLineScanner(line);
            var general = new JsonLineScanner(line);
            Assert.True(direct.EnterObject() && direct.NextField(out _) && general.EnterObject() && general.NextField(out _));

            if (direct.TryReadCanonicalInstant(out NodaTime.Instant instant))
            {
                Assert.True(general.ReadString(out ReadOnlySpan<byte> raw, out bool escaped));
                Assert.False(escaped);
                Assert.True(CanonicalInstant.TryParseUtf8(raw, out NodaTime.Instant expected));
                Assert.Equal(expected, instant);
                Assert.Equal(general.Position, direct.Position);
            }
            else
            {
                Assert.False(direct.Failed);
                Assert.Equal(general.Position, direct.Position);
            }
        }
    }

    private static void AssertJudgedAsJsonDocument(string json, string body)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        bool valid;
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(bytes, new System.Text.Json.JsonDocumentOptions { MaxDepth = 16 });
            valid = true;
        }
        catch (System.Text.Json.JsonException)
        {
            valid = false;
        }

        var skipping = new JsonLineScanner(bytes);
        Assert.True(valid == (skipping.SkipValue() && skipping.AtEnd()), json);

        // Reading field by field: an escaped name is declined; otherwise the same verdict, and the texts as written.
        var reading = new JsonLineScanner(bytes);
        bool read = reading.EnterObject()
            && reading.NextField(out ReadOnlySpan<byte> name) && reading.ReadString(out ReadOnlySpan<byte> value, out bool escaped)
            && name.SequenceEqual(Encoding.UTF8.GetBytes(body)) && value.SequenceEqual(Encoding.UTF8.GetBytes(body))
            && escaped == body.Contains('\\', StringComparison.Ordinal)
            && reading.NextField(out ReadOnlySpan<byte> second) && second.SequenceEqual("k"u8)
            && reading.EnterArray() && reading.NextElement() && reading.ReadString(out value, out _) && !reading.NextElement()
            && !reading.NextField(out _) && reading.AtEnd();
        bool plain = !body.Contains('\\', StringComparison.Ordinal) && !body.Contains('"', StringComparison.Ordinal);
        Assert.True(read == (valid && plain), json);
    }
}
