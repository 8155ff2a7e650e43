using System.Collections.Immutable;
using System.Text;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Tests.LedgerFile;

/// <summary>A stored list is found from text that starts with its whole stored text, and only then.</summary>
public class LineListCacheTests
{
    private static readonly ImmutableArray<OrderLine> One = [new OrderLine(new Sku("A"), 1, new Money(1m, "USD"))];
    private static readonly ImmutableArray<OrderLine> Two = [new OrderLine(new Sku("A"), 2, new Money(1m, "USD"))];

    [Fact]
    public void StoredList_IsFound_FromTheRestOfALine()
    {
        var cache = new LineListCache();
        byte[] text = Encoding.UTF8.GetBytes("""[{"sku":"A","quantity":1,"unitPrice":{"amount":1,"currency":"USD"}}]""");
        cache.Add(text, One);

        Assert.True(cache.TryFind(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(text) + ""","shippedAt":null}"""), out ImmutableArray<OrderLine> found, out int length));
        Assert.Equal(One, found);
        Assert.Equal(text.Length, length);
    }

    [Fact]
    public void ListsSharingALongPrefix_AreToldApart()
    {
        var cache = new LineListCache();
        string common = """[{"sku":"A-VERY-LONG-SKU-NAME-TO-FILL-THE-HASHED-PREFIX","asin":"B000000000","quantity":""";
        cache.Add(Encoding.UTF8.GetBytes(common + "1}]"), One);
        cache.Add(Encoding.UTF8.GetBytes(common + "2}]"), Two);

        Assert.True(cache.TryFind(Encoding.UTF8.GetBytes(common + "2}],\"x\":1}"), out ImmutableArray<OrderLine> two, out _));
        Assert.True(cache.TryFind(Encoding.UTF8.GetBytes(common + "1}]}"), out ImmutableArray<OrderLine> one, out _));
        Assert.False(cache.TryFind(Encoding.UTF8.GetBytes(common + "12}]}"), out _, out _));
        Assert.Equal(Two, two);
        Assert.Equal(One, one);
    }

    [Fact]
    public void ListsOfOneSkuWithOtherQuantities_AreAllKept()
    {
        // They share far more than the first 64 bytes: each is kept, and found, as its own list.
        var cache = new LineListCache();
        string common = """[{"sku":"A-VERY-LONG-SKU-NAME-TO-FILL-THE-FIRST-SIXTY-FOUR-BYTES","asin":"B000000000","quantity":""";
        for (int i = 0; i < 4 * LineListCache.MaxBucket; i++)
        {
            cache.Add(Encoding.UTF8.GetBytes(common + i + "}]"), [new OrderLine(new Sku("A"), i + 1, new Money(1m, "USD"))]);
        }

        for (int i = 0; i < 4 * LineListCache.MaxBucket; i++)
        {
            Assert.True(cache.TryFind(Encoding.UTF8.GetBytes(common + i + "}],\"shippedAt\":null}"), out ImmutableArray<OrderLine> found, out _));
            Assert.Equal(i + 1, found[0].Quantity);
        }
    }

    [Fact]
    public void ListLongerThanTheLimit_IsNotStored()
    {
        var cache = new LineListCache();
        byte[] text = Encoding.UTF8.GetBytes("[\"" + new string('x', LineListCache.MaxTextLength) + "\"]");
        cache.Add(text, One);

        Assert.False(cache.TryFind(text, out _, out _));
    }

    [Fact]
    public void ManyLists_AreAllFound_AfterTheTableGrows()
    {
        var cache = new LineListCache();
        var lists = new List<(byte[] Text, ImmutableArray<OrderLine> Lines)>();
        for (int i = 0; i < 5_000; i++)
        {
            // Some share a long prefix, some are shorter than the shortest text kept.
            string sku = i < 8 * 5 ? "A-VERY-LONG-SKU-NAME-TO-FILL-THE-HASHED-PREFIX-" + (i % 5) : "SKU-" + i;
            string json = i % 5 == 0 ? "[" + i + "]" : "[{\"sku\":\"" + sku + "\",\"quantity\":" + i + "}]";
            ImmutableArray<OrderLine> lines = [new OrderLine(new Sku("S" + i), 1, new Money(1m, "USD"))];
            Assert.False(cache.TryFind(Encoding.UTF8.GetBytes(json + "}"), out _, out _));
            cache.Add(Encoding.UTF8.GetBytes(json), lines);
            lists.Add((Encoding.UTF8.GetBytes(json), lines));
        }

        foreach ((byte[] text, ImmutableArray<OrderLine> lines) in lists)
        {
            // A list shorter than the shortest text kept is not kept.
            bool kept = text.Length >= LineListCache.MinTextLength;
            Assert.Equal(kept, cache.TryFind([.. text, .. ",\"x\":1}"u8], out ImmutableArray<OrderLine> found, out int length));
            if (kept)
            {
                Assert.Equal(lines, found);
                Assert.Equal(text.Length, length);
            }
        }
    }

    [Fact]
    public void ListsWithTheSameKey_AreKept_UpToMaxBucket()
    {
        // The key is the text up to its first ']': here a ']' inside the SKU, so the lists differ only after their key.
        var cache = new LineListCache();
        string common = """[{"sku":"A-VERY-LONG-SKU-NAME-TO-FILL-THE-FIRST-SIXTY-FOUR-BYTES]","asin":"B000000000","quantity":""";
        for (int i = 0; i <= LineListCache.MaxBucket; i++)
        {
            cache.Add(Encoding.UTF8.GetBytes(common + i + "}]"), One);
        }

        for (int i = 0; i <= LineListCache.MaxBucket; i++)
        {
            Assert.Equal(i < LineListCache.MaxBucket, cache.TryFind(Encoding.UTF8.GetBytes(common + i + "}]}"), out _, out _));
        }
    }

    [Fact]
    public void ListShorterThanThePrefix_IsNotStored()
    {
        var cache = new LineListCache();
        cache.Add("[]"u8, One);
        cache.Add([], One);

        Assert.False(cache.TryFind("[]}"u8, out _, out _));
        Assert.False(cache.TryFind(Encoding.UTF8.GetBytes("[]" + new string(' ', LineListCache.MinTextLength) + "}"), out _, out _));
    }
}
