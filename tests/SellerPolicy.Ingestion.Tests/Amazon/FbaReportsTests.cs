using NodaTime;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Tests.Amazon;

/// <summary>The FBA shipments and FBA customer returns reports, read as Amazon ships them.</summary>
public class FbaReportsTests
{
    private static AmazonImportResult Run(LedgerBuildMode mode = LedgerBuildMode.Strict) => AmazonImport.Run(
        new AmazonImportSources
        {
            Orders = LayoutFixtures.Files("all-orders-fba.txt"),
            FbaShipments = LayoutFixtures.Files("fba-shipments.txt"),
            FbaReturns = LayoutFixtures.Files("fba-customer-returns.txt"),
        },
        new AmazonImportOptions { Mode = mode });

    [Fact]
    public void Shipments_GiveTheEarliestShipTimeAndATracking()
    {
        Order order = Run(LedgerBuildMode.Lenient).Ledger!.GetOrder(new OrderId("111-8000001-8000001"));

        Assert.Equal(Instant.FromUtc(2026, 6, 3, 11, 0), order.ShippedAt);
        Assert.Equal("TBA000000001", order.TrackingId);
    }

    [Fact]
    public void ShipmentsOfACancelledSellerFulfilledOrUnknownOrder_AreConflicts()
    {
        Assert.Equal(
            [
                "layouts/fba-customer-returns.txt:3: conflict: the FBA customer returns report lists returns of Amazon-fulfilled orders, but order 111-8000003-8000003 is seller-fulfilled (MFN) in the orders report.",
                "layouts/fba-shipments.txt:4: conflict: order 111-8000002-8000002 is shipped here but cancelled in the orders report.",
                "layouts/fba-shipments.txt:5: conflict: the FBA shipments report lists Amazon-fulfilled orders, but order 111-8000003-8000003 is seller-fulfilled (MFN) in the orders report.",
                "layouts/fba-shipments.txt:6: FBA shipments row refers to unknown order 111-8009999-8009999.",
            ],
            Run().Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void CustomerReturns_AreReceivedReturnsWithTheirLicensePlate()
    {
        AmazonImportResult result = Run(LedgerBuildMode.Lenient);

        ReturnRequest request = Assert.Single(result.Ledger!.Returns);
        Assert.Equal(new ReturnId("LPNRR0000001"), request.ReturnId);
        Assert.Equal(ReturnStatus.Received, request.Status);
        Assert.Equal(Instant.FromUtc(2026, 6, 20, 8, 0), request.ReceivedAt);
        Assert.Contains("1 FBA customer return was read as received and answered at its return-date (Amazon handles FBA returns).", result.Summary.Notes);
    }

    [Fact]
    public void EveryRowIsAccountedFor()
        => Assert.All(Run(LedgerBuildMode.Lenient).Summary.Files, f => Assert.Equal(f.RowsRead, f.RowsUsed + f.RowsLeftOut + f.RowsSuperseded + f.RowsSkipped));
}
