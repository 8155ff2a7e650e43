using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Sample;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Ingestion.Tests.LedgerFile;

/// <summary>Writing a ledger and reading it back gives an equal ledger, for any valid ledger.</summary>
public class LedgerRoundTripProperties
{
    [Property(MaxTest = 150)]
    public Property WriteThenRead_AnyValidLedger_IsEqual()
        => Prop.ForAll(Arb.From(DomainArbitraries.Ledgers), ledger =>
        {
            SellerLedger reread = RoundTrip(ledger);
            return reread.Equals(ledger) && reread.RecordCount == ledger.RecordCount;
        });

    [Property(MaxTest = 150)]
    public Property WriteThenRead_AnyLedger_WritesEachRecordOnItsOwnLine()
        => Prop.ForAll(Arb.From(DomainArbitraries.Ledgers), ledger =>
        {
            var stream = new MemoryStream();
            LedgerWriter.Write(ledger, stream);
            string[] lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return lines.Length == ledger.RecordCount && lines.All(l => l.StartsWith("{\"kind\":\"", StringComparison.Ordinal));
        });

    [Property(MaxTest = 100)]
    public Property WriteSpacedThenRead_AnyValidLedger_IsEqual()
        => Prop.ForAll(Arb.From(DomainArbitraries.Ledgers), ledger =>
        {
            var stream = new MemoryStream();
            LedgerWriter.Write(ledger.Orders.Select(o => ledger.GetHistory(o.OrderId)), stream, LedgerWriteStyle.Spaced);
            string text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
            stream.Position = 0;
            SellerLedger reread = LedgerReader.Read(stream).GetLedgerOrThrow();
            return reread.Equals(ledger) && (ledger.RecordCount == 0 || text.Contains("\", \"", StringComparison.Ordinal));
        });

    [Fact]
    public void WriteThenRead_TheSampleSeller_IsEqual()
    {
        SellerLedger sample = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 3000, Seed = 11 });

        Assert.Equal(sample, RoundTrip(sample));
    }

    private static SellerLedger RoundTrip(SellerLedger ledger)
    {
        var stream = new MemoryStream();
        LedgerWriter.Write(ledger, stream);
        stream.Position = 0;
        return LedgerReader.Read(stream).GetLedgerOrThrow();
    }
}
