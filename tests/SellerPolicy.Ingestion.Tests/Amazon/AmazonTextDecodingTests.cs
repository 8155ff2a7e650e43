using System.Text;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Tests.Amazon;

/// <summary>Amazon downloads are decoded in their own encoding, or refused with the line and byte: never a replacement character.</summary>
public class AmazonTextDecodingTests
{
    [Theory]
    [InlineData("all-orders-windows-1252.txt")]
    [InlineData("all-orders-utf16.txt")]
    [InlineData("all-orders-utf8-bom.txt")]
    public void EveryAcceptedEncoding_GivesTheSameSku(string name)
    {
        AmazonImportResult result = LayoutFixtures.Orders(name);

        Assert.Empty(result.Problems);
        Assert.Equal(new Sku("SÖCKS"), Assert.Single(result.Ledger!.Orders).Lines[0].Sku);
    }

    [Fact]
    public void Windows1252_IsNamedInTheSummary()
        => Assert.Contains("layouts/all-orders-windows-1252.txt: read as windows-1252 (the file is not UTF-8).", LayoutFixtures.Orders("all-orders-windows-1252.txt").Summary.Notes);

    [Fact]
    public void ShiftJis_IsFoundFromItsKana_AndDecoded()
    {
        AmazonImportResult result = LayoutFixtures.Orders("all-orders-shift-jis.txt");

        Assert.Empty(result.Problems);
        Assert.Contains("layouts/all-orders-shift-jis.txt: read as Shift_JIS (the file is not UTF-8).", result.Summary.Notes);
        Assert.Equal(new Sku("マグ-01"), Assert.Single(result.Ledger!.Orders).Lines[0].Sku);
    }

    [Fact]
    public void TheMarketplace_DecidesBetweenWindows1252AndShiftJis()
    {
        // S\xD6CKS is valid Shift_JIS too (half-width katakana); the German marketplace says windows-1252.
        byte[] bytes = Encoding.ASCII.GetBytes("a\nS").Concat(new byte[] { 0xD6 }).Concat(Encoding.ASCII.GetBytes("CKS\n")).ToArray();

        Encoding? german = AmazonTextDecoding.Detect(() => new MemoryStream(bytes), "f", AmazonMarketplace.Germany, out _);
        AmazonMarketplace.TryFind("Amazon.co.jp", out AmazonMarketplace? japan);
        Encoding? japanese = AmazonTextDecoding.Detect(() => new MemoryStream(bytes), "f", japan, out _);

        Assert.Equal(1252, german!.CodePage);
        Assert.Equal(932, japanese!.CodePage);
    }

    [Fact]
    public void ABytePatternNoEncodingAccepts_IsRefusedWithItsLineAndByte()
    {
        // 0x81 is not UTF-8 and has no character in windows-1252.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("header\nok\nab"), 0x81, .. Encoding.ASCII.GetBytes("c\n")];
        var sources = new AmazonImportSources { Orders = [AmazonSourceFile.FromStream("orders.txt", () => new MemoryStream(bytes))] };

        LedgerProblem problem = Assert.Single(AmazonImport.Run(sources, new AmazonImportOptions { Marketplace = AmazonMarketplace.Germany }).Problems);

        Assert.Equal("orders.txt:3: byte 3 of the line (0x81) is not text: the file is not UTF-8 (line 3, byte 3: 0x81), and not windows-1252 either (chosen by marketplace Amazon.de); save it as UTF-8.", problem.ToString());
    }

    [Fact]
    public void UnicodeWithoutAByteOrderMark_IsRefusedNamingTheNulByte()
    {
        byte[] bytes = Encoding.Unicode.GetBytes("amazon-order-id\n");
        LedgerProblem? problem;

        Assert.Null(AmazonTextDecoding.Detect(() => new MemoryStream(bytes), "orders.txt", null, out problem));
        Assert.Equal("orders.txt:1: byte 2 of the line is a NUL byte (0x00): the file is not text, or is UTF-16 saved without a byte order mark; save it as UTF-8 (or UTF-16 with a byte order mark).", problem!.ToString());
    }

    [Fact]
    public void AMultiByteCharacterAcrossTheBlockBoundary_IsStillUtf8()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(new string('a', (1 << 16) - 1) + "Ö\n");

        Assert.Equal(65001, AmazonTextDecoding.Detect(() => new MemoryStream(bytes), "f", null, out _)!.CodePage);
    }

    // Found by fuzzing (eng/fuzz.sh amazon-tsv): a file with a UTF-16 byte order mark was taken as UTF-16 unchecked, and
    // the strict decoder threw DecoderFallbackException out of AmazonImport.Run at the first damaged character.
    [Theory]
    [InlineData(false, "amazon-order-id\n111-1", new byte[] { 0x61 }, "orders.txt:2: the text near byte 13 of the line is not UTF-16, but the file starts with a UTF-16 byte order mark: the file is damaged (half a character or a lone surrogate); save it as UTF-8.")]
    [InlineData(false, "amazon-order-id\n", new byte[] { 0x3D, 0xD8, 0x61, 0x00 }, "orders.txt:2: the text near byte 4 of the line is not UTF-16, but the file starts with a UTF-16 byte order mark: the file is damaged (half a character or a lone surrogate); save it as UTF-8.")]
    [InlineData(true, "amazon-order-id\n", new byte[] { 0xDE, 0x00 }, "orders.txt:2: the text near byte 1 of the line is not UTF-16, but the file starts with a UTF-16 byte order mark: the file is damaged (half a character or a lone surrogate); save it as UTF-8.")]
    public void DamagedUtf16_IsRefusedWithItsLineAndByte_NotThrown(bool bigEndian, string text, byte[] damage, string expected)
    {
        var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. utf16.GetPreamble(), .. utf16.GetBytes(text), .. damage];
        var sources = new AmazonImportSources { Orders = [AmazonSourceFile.FromStream("orders.txt", () => new MemoryStream(bytes))] };

        AmazonImportResult result = AmazonImport.Run(sources);

        Assert.Null(result.Ledger);
        Assert.Equal(expected, Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void WholeUtf16_WithItsByteOrderMark_IsStillAccepted()
    {
        byte[] bytes = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("amazon-order-id\n111-1\n")];

        Assert.Equal(1201, AmazonTextDecoding.Detect(() => new MemoryStream(bytes), "f", null, out LedgerProblem? problem)!.CodePage);
        Assert.Null(problem);
    }
}
