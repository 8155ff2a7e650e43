using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SellerPolicy.Ingestion.LedgerFile;

namespace SellerPolicy.Ingestion.Tests.LedgerFile;

/// <summary>The cache finds exactly the texts it was given, whatever their length up to 16 bytes.</summary>
public class ShortSymbolCacheTests
{
    [Fact]
    public void EveryPrefix_IsFound_AsItself()
    {
        var cache = new ShortSymbolCache();
        string[] prefixes = [.. Enumerable.Range(0, ShortSymbolCache.MaxLength + 1).Select(n => "ABCDEFGHIJKLMNOP"[..n])];
        foreach (string prefix in prefixes)
        {
            Assert.Null(cache.Find(Encoding.UTF8.GetBytes(prefix)));
            cache.Add(Encoding.UTF8.GetBytes(prefix), prefix);
        }

        foreach (string prefix in prefixes)
        {
            Assert.Same(prefix, cache.Find(Encoding.UTF8.GetBytes(prefix)));
        }

        Assert.Null(cache.Find("ABCDEFGHIJKLMNOQ"u8));
        Assert.Null(cache.Find("BBCD"u8));
    }

    [Fact]
    public void Pack_OfEveryLength_IsTheZeroPaddedBytes()
    {
        byte[] source = [.. Enumerable.Range(1, ShortSymbolCache.MaxLength).Select(i => (byte)(0x30 + i))];
        for (int n = 0; n <= ShortSymbolCache.MaxLength; n++)
        {
            byte[] padded = new byte[ShortSymbolCache.MaxLength];
            source.AsSpan(0, n).CopyTo(padded);

            ShortSymbolCache.Pack(source.AsSpan(0, n), out ulong low, out ulong high);

            Assert.Equal(BitConverter.ToUInt64(padded, 0), low);
            Assert.Equal(BitConverter.ToUInt64(padded, 8), high);
        }
    }

    [Property(MaxTest = 100)]
    public Property DistinctTexts_AreFoundAsGiven_AndOthersAreNot()
    {
        Gen<string> text = Gen.Choose(0, ShortSymbolCache.MaxLength)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements('A', 'B', 'é', '1', ' ', '-'), n))
            .Select(chars => new string(chars))
            .Where(s => Encoding.UTF8.GetByteCount(s) <= ShortSymbolCache.MaxLength);
        return Prop.ForAll(Arb.From(Gen.ListOf(text, 40)), Arb.From(text), (texts, other) =>
        {
            var cache = new ShortSymbolCache();
            var added = new List<string>();
            foreach (string t in texts.Distinct())
            {
                cache.Add(Encoding.UTF8.GetBytes(t), t);
                added.Add(t);
            }

            return added.All(t => ReferenceEquals(cache.Find(Encoding.UTF8.GetBytes(t)), t))
                && (added.Contains(other) || cache.Find(Encoding.UTF8.GetBytes(other)) is null);
        });
    }
}
