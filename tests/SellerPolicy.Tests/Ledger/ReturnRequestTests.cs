using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger;

public sealed class ReturnRequestTests
{
    private static readonly OrderId Id = new("111-0000001-0000001");
    private static readonly Sku Mug = new("MUG-01");
    private static readonly Instant Requested = Instant.FromUtc(2026, 1, 16, 9, 0);

    [Property(MaxTest = 200)]
    public Property EqualityLaws_Hold()
        => EqualityLaws.Hold(DomainArbitraries.Returns, r => new ReturnRequest(r.ReturnId, new OrderId(r.OrderId.Value), r.Sku, r.Quantity, r.RequestedAt,
            new string(r.Reason.AsSpan()), r.Status, r.InPolicy, r.RespondedAt, r.RejectedIncorrectly, r.NegativeReturnFeedback, r.ShippedAt, r.ReceivedAt,
            r.RefundedAt, r.RefundAmount, r.Returnless));

    [Fact]
    public void Constructor_QuantityZero_ThrowsNamingQuantity()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ReturnRequest(new ReturnId("R1"), Id, Mug, 0, Requested, "DEFECTIVE"));

        Assert.Equal("quantity", ex.ParamName);
        Assert.StartsWith("quantity must be positive, was 0.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("respondedAt")]
    [InlineData("shippedAt")]
    [InlineData("receivedAt")]
    [InlineData("refundedAt")]
    public void Constructor_EventBeforeTheRequest_ThrowsNamingTheField(string field)
    {
        Instant early = Requested - Duration.FromMinutes(5);

        ArgumentException ex = Assert.Throws<ArgumentException>(() => new ReturnRequest(new ReturnId("R1"), Id, Mug, 1, Requested, "DEFECTIVE",
            respondedAt: field == "respondedAt" ? early : null, shippedAt: field == "shippedAt" ? early : null,
            receivedAt: field == "receivedAt" ? early : null, refundedAt: field == "refundedAt" ? early : null));

        Assert.Equal(field, ex.ParamName);
        Assert.Contains("must not be before requestedAt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BadReasonRefundOrId_ThrowsNamingTheField()
    {
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => new ReturnRequest(null, Id, Mug, 1, Requested, " ")).ParamName);
        Assert.Equal("refundAmount", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ReturnRequest(null, Id, Mug, 1, Requested, "DEFECTIVE", refundAmount: new Money(-1m, "USD"))).ParamName);
        Assert.Equal("returnId", Assert.Throws<ArgumentException>(() => new ReturnRequest(default(ReturnId), Id, Mug, 1, Requested, "DEFECTIVE")).ParamName);
        Assert.Equal("sku", Assert.Throws<ArgumentException>(() => new ReturnRequest(null, Id, default, 1, Requested, "DEFECTIVE")).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => new ReturnRequest(null, Id, Mug, 1, Requested, "DEFECTIVE", (ReturnStatus)42)).ParamName);
    }

    [Fact]
    public void Key_IsTheRmaOrOrderSkuAndRequestInstant()
    {
        Assert.Equal("RMA-7", new ReturnRequest(new ReturnId("RMA-7"), Id, Mug, 1, Requested, "DEFECTIVE").Key);
        Assert.Equal("111-0000001-0000001/MUG-01/2026-01-16T09:00:00Z", new ReturnRequest(null, Id, Mug, 1, Requested, "DEFECTIVE", returnless: true).Key);
    }
}
