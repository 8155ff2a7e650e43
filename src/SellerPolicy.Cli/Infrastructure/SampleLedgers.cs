using SellerPolicy.Ledger;
using SellerPolicy.Sample;

namespace SellerPolicy.Cli;

/// <summary>
/// The built-in sample behind <c>--sample</c>: a year of a synthetic seller's orders from the seeded generator
/// (the same ledger on every machine), including a bad stretch that puts the MFN Order Defect Rate over target.
/// </summary>
internal static class SampleLedgers
{
    /// <summary>The generator options of the built-in sample: 5,000 orders, seed 7.</summary>
    public static readonly SampleLedgerOptions Options = new() { Orders = 5000, Seed = 7 };

    public static LoadedLedger Load()
    {
        SellerLedger ledger = SampleLedgerGenerator.Generate(Options);
        return new LoadedLedger(ledger, $"sample (seed {Options.Seed}, {Options.Orders} orders)", ledger.RecordCount, 0, 0);
    }
}
