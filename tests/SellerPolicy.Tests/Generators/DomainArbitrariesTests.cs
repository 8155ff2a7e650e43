using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SellerPolicy.Ledger;

namespace SellerPolicy.Tests.Generators;

public sealed class DomainArbitrariesTests
{
    [Property(MaxTest = 100)]
    public Property Ledgers_AlwaysBuildStrictlyWithoutProblems()
        => Prop.ForAll(Arb.From(DomainArbitraries.HistoriesUpTo(25)), histories =>
        {
            SellerLedger.Builder builder = DomainArbitraries.ToLedger(histories).ToBuilder();
            LedgerBuildResult result = builder.Build();
            return result.Problems.IsEmpty && result.Ledger!.Orders.Length == histories.Count;
        });

    [Property(MaxTest = 100)]
    public Property Orders_KeepEveryFactAfterThePurchase()
        => Prop.ForAll(DomainArbitraries.OrderArb, o =>
            (o.ShippedAt is null || o.ShippedAt >= o.PurchasedAt)
            && (o.DeliveredAt is null || (o.ShippedAt is not null && o.DeliveredAt >= o.ShippedAt))
            && (o.CancelledAt is null) == (o.CancelledBy is null)
            && o.Lines.Select(l => l.Sku).Distinct().Count() == o.Lines.Length);

    [Fact]
    public void Generators_CoverEveryClaimOutcomeWithAndWithoutReversal()
    {
        var claims = DomainArbitraries.Claims.Sample(2000);

        Assert.Contains(claims, c => c.Outcome is null);
        Assert.All(Enum.GetValues<ClaimOutcome>(), outcome => Assert.Contains(claims, c => c.Outcome == outcome));
        Assert.Contains(claims, c => c.ReversedAt is not null);
        Assert.All(claims.Where(c => c.ReversedAt is not null), c => Assert.True(c.Funding == ClaimFunding.Seller));
    }

    [Fact]
    public void Generators_CoverOrderStagesReturnsAndInstantsInTheSpan()
    {
        var orders = DomainArbitraries.Orders.Sample(1000);
        var returns = DomainArbitraries.Returns.Sample(1000);

        Assert.Contains(orders, o => o.ShippedAt is null && o.CancelledAt is null);
        Assert.Contains(orders, o => o.DeliveredAt is not null);
        Assert.Contains(orders, o => o.CancelledAt is not null && o.ShippedAt is null);
        Assert.Contains(orders, o => o.CancelledAt is not null && o.ShippedAt is not null);
        Assert.Contains(orders, o => o.ShippedAt is not null && o.TrackingId is null);
        Assert.Contains(returns, r => r.Returnless && r.ReturnId is null);
        Assert.Contains(returns, r => !r.Returnless && r.ReceivedAt is not null);
        Assert.All(orders, o => Assert.InRange(o.PurchasedAt, DomainArbitraries.Epoch, DomainArbitraries.Epoch + NodaTime.Duration.FromDays(DomainArbitraries.SpanDays)));
    }
}
