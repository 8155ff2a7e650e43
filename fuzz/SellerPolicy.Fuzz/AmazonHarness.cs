using System.Collections.Immutable;
using System.Text;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ledger;

namespace SellerPolicy.Fuzz;

/// <summary>
/// The Amazon readers on one input. Tabular: the first byte picks the report the rest of the input is (an All Orders
/// report, or another report beside a small fixed orders report), read by <see cref="AmazonImport"/> with its encoding
/// detection, in strict or lenient mode; the V2 performance report: the input as JSON text. Neither may throw.
/// </summary>
internal static class AmazonHarness
{
    /// <summary>Two orders that the other reports of a seed can refer to.</summary>
    private const string Orders =
        "amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\tsku\tasin\titem-status\tquantity\tcurrency\titem-price\tship-country\n"
        + "111-0000001-0000001\t2026-01-02T09:15:00+00:00\t2026-01-04T18:00:00+00:00\tShipped\tMerchant\tAmazon.com\tMUG-01\tB000000001\tShipped\t1\tUSD\t12.99\tUS\n"
        + "111-0000002-0000002\t2026-01-03T10:00:00+00:00\t2026-01-05T18:00:00+00:00\tShipped\tAmazon\tAmazon.com\tMUG-02\tB000000002\tShipped\t2\tUSD\t9.50\tUS\n";

    private static readonly AmazonImportOptions Strict = AmazonImportOptions.Default;
    private static readonly AmazonImportOptions Lenient = AmazonImportOptions.Default with { Mode = LedgerBuildMode.Lenient };

    public static void RunTabular(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        byte[] report = input[1..];
        AmazonSourceFile file = AmazonSourceFile.FromStream("report.txt", () => new MemoryStream(report));
        ImmutableArray<AmazonSourceFile> orders = [AmazonSourceFile.FromText("orders.txt", Orders)];
        AmazonImportSources sources = (input[0] & 0x7) switch
        {
            0 or 7 => new AmazonImportSources { Orders = [file] },
            1 => new AmazonImportSources { Orders = orders, Returns = [file] },
            2 => new AmazonImportSources { Orders = orders, Feedback = [file] },
            3 => new AmazonImportSources { Orders = orders, Claims = [file] },
            4 => new AmazonImportSources { Orders = orders, Shipments = [file] },
            5 => new AmazonImportSources { Orders = orders, FbaShipments = [file] },
            _ => new AmazonImportSources { Orders = orders, FbaReturns = [file] },
        };
        AmazonImportResult result = AmazonImport.Run(sources, (input[0] & 0x8) == 0 ? Strict : Lenient);
        if (result.Succeeded && result.Build.Mode == LedgerBuildMode.Strict && !result.Problems.IsEmpty)
        {
            throw new FuzzFinding($"a strict import gave a ledger and {result.Problems.Length} problems: {result.Problems[0]}");
        }
    }

    public static void RunPerformanceReport(byte[] input)
    {
        AmazonPerformanceReportResult result = AmazonPerformanceReportReader.Read(Encoding.UTF8.GetString(input), "report.json");
        _ = result.Report?.ToString();
    }
}
