using System.Text;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ingestion.Tests.Docs;

namespace SellerPolicy.Ingestion.Tests.LedgerFile;

public class LedgerSchemaTests
{
    [Fact]
    public void Find_EveryFieldsName_IsThatField()
    {
        Assert.All(LedgerSchema.AllFields, field => Assert.Equal(field, LedgerSchema.Find(Encoding.UTF8.GetBytes(LedgerSchema.Name(field)))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("orderID")]
    [InlineData("orderId ")]
    [InlineData("kinds")]
    [InlineData("x")]
    [InlineData("shippingPriceAmount")]
    [InlineData("aVeryLongNameThatIsNoFieldOfTheLedgerFormatAtAll")]
    public void Find_NameOfNoField_IsNone(string name)
    {
        Assert.Equal(LedgerField.None, LedgerSchema.Find(Encoding.UTF8.GetBytes(name)));
    }

    [Fact]
    public void Names_OfEveryField_AreDistinct()
    {
        string[] names = [.. LedgerSchema.AllFields.Select(LedgerSchema.Name)];

        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.True(names.Length < 64, "a reader marks the fields it has read as bits of one ulong");
    }

    [Fact]
    public void FindKind_EveryKindsName_IsThatKind()
    {
        LedgerKind[] kinds = [.. Enum.GetValues<LedgerKind>().Where(k => k != LedgerKind.None)];

        Assert.All(kinds, kind => Assert.Equal(kind, LedgerSchema.FindKind(Encoding.UTF8.GetBytes(LedgerSchema.Name(kind)))));
        Assert.All(kinds, kind => Assert.Equal(kind, LedgerSchema.FindKind(LedgerSchema.Name(kind))));
        Assert.Equal(LedgerKind.None, LedgerSchema.FindKind("line"u8));
        Assert.Equal(LedgerKind.None, LedgerSchema.FindKind("Order"));
        Assert.Equal(string.Join(", ", kinds.Select(LedgerSchema.Name)), LedgerSchema.KindList);
    }

    [Fact]
    public void Docs_LedgerFormat_NamesEveryFieldAndKind()
    {
        string docs = File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "ledger-format.md"));

        Assert.All(LedgerSchema.AllFields, field => Assert.Contains($"\"{LedgerSchema.Name(field)}\":", docs, StringComparison.Ordinal));
        Assert.All(
            Enum.GetValues<LedgerKind>().Where(k => k != LedgerKind.None),
            kind => Assert.Contains($"\"kind\":\"{LedgerSchema.Name(kind)}\"", docs, StringComparison.Ordinal));
    }
}
