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
    public void ListLongerThanTheLimit_IsNotStored()
    {
        var cache = new LineListCache();
        byte[] text = Encoding.UTF8.GetBytes("[\"" + new string('x', LineListCache.MaxTextLength) + "\"]");
        cache.Add(text, One);

        Assert.False(cache.TryFind(text, out _, out _));
    }
}
