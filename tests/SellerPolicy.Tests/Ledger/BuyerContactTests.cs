using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger;

public sealed class BuyerContactTests
{
    [Property(MaxTest = 200)]
    public Property EqualityLaws_Hold()
        => EqualityLaws.Hold(DomainArbitraries.Contacts, c => new BuyerContact(new OrderId(c.OrderId.Value), c.BuyerContactedAt));

    [Fact]
    public void Constructor_EmptyOrderId_ThrowsNamingOrderId()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new BuyerContact(default, Instant.FromUtc(2026, 1, 1, 0, 0)));

        Assert.Equal("orderId", ex.ParamName);
        Assert.StartsWith("orderId is required.", ex.Message, StringComparison.Ordinal);
    }
}
