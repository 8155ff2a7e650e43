using SellerPolicy.Ledger;
using SellerPolicy.Sample;

namespace SellerPolicy.Cli;

/// <summary>
/// The built-in sample behind <c>--sample</c>: a year of a synthetic seller's orders from the seeded generator
/// (the same ledger on every machine), including a bad stretch that puts the MFN Order Defect Rate over target.
/// </summary>
internal static class SampleLedgers
{
    /// <summary>The generator options of the built-in sample: 5,000 orders, seed 7 (of an Amazon seller).</summary>
    public static readonly SampleLedgerOptions Options = new() { Orders = 5000, Seed = 7 };

    /// <summary>Loads the built-in sample of a seller on <paramref name="marketplace"/> (5,000 orders, seed 7; see <see cref="SampleLedgerOptions.ForMarketplace"/>).</summary>
    public static LoadedLedger Load(string marketplace = "amazon")
    {
        SampleLedgerOptions options = SampleLedgerOptions.ForMarketplace(marketplace) with { Orders = Options.Orders, Seed = Options.Seed };
        SellerLedger ledger = SampleLedgerGenerator.Generate(options);
        string on = options.MarketplaceId == Options.MarketplaceId ? "" : $", {marketplace.ToLowerInvariant()}";
        return new LoadedLedger(ledger, $"sample (seed {options.Seed}, {MetricLabels.Count(options.Orders)} orders{on})", ledger.RecordCount, 0, 0);
    }
}
