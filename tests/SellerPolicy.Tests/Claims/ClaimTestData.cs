using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Ledger;

namespace SellerPolicy.Tests.Claims;

/// <summary>Builders for the claim and deadline tests: one small MFN order and its records.</summary>
internal static class ClaimTestData
{
    public static readonly OrderId Id = new("111-0000001-0000001");

    public static Instant I(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    public static Order Order(
        string purchasedAt = "2026-01-05T10:00:00Z",
        string? latestDeliveryDate = "2026-01-12T07:59:59Z",
        string? deliveredAt = null,
        FulfillmentChannel channel = FulfillmentChannel.Mfn,
        string? trackingId = "1Z999",
        params string?[] categories)
    {
        Instant purchased = I(purchasedAt);
        string?[] cats = categories.Length == 0 ? ["Kitchen"] : categories;
        IEnumerable<OrderLine> lines = cats.Select((c, n) => new OrderLine(new Sku($"SKU-{n}"), 1, new Money(9.99m, "USD"), new Asin("B000000001"), c));
        Instant? delivered = deliveredAt is null ? null : I(deliveredAt);
        Instant? shipped = delivered is { } d && d < purchased + Duration.FromDays(1) ? purchased : purchased + Duration.FromHours(20);
        if (delivered is { } dd && dd < shipped)
        {
            shipped = dd;
        }

        return new Order(
            Id, channel, purchased, lines,
            latestShipDate: purchased + Duration.FromDays(2),
            shippedAt: shipped,
            trackingId: trackingId,
            firstCarrierScanAt: shipped,
            latestDeliveryDate: latestDeliveryDate is null ? null : I(latestDeliveryDate),
            deliveredAt: delivered);
    }

    public static OrderHistory History(
        Order order,
        IEnumerable<string>? contacts = null,
        IEnumerable<ReturnRequest>? returns = null,
        IEnumerable<Chargeback>? chargebacks = null,
        IEnumerable<AtoZClaim>? claims = null)
        => new(
            order,
            [],
            (claims ?? []).ToImmutableArray(),
            (chargebacks ?? []).ToImmutableArray(),
            (returns ?? []).ToImmutableArray(),
            (contacts ?? []).Select(c => new BuyerContact(order.OrderId, I(c))).ToImmutableArray());

    public static ReturnRequest Return(
        string requestedAt,
        string? respondedAt = null,
        string? shippedAt = null,
        string? receivedAt = null,
        string? refundedAt = null,
        ReturnStatus status = ReturnStatus.Authorized,
        bool returnless = false,
        string id = "RMA-1")
        => new(
            returnless ? null : new ReturnId(id), Id, new Sku("SKU-0"), 1, I(requestedAt), "DEFECTIVE", status,
            respondedAt: respondedAt is null ? null : I(respondedAt),
            shippedAt: shippedAt is null ? null : I(shippedAt),
            receivedAt: receivedAt is null ? null : I(receivedAt),
            refundedAt: refundedAt is null ? null : I(refundedAt),
            returnless: returnless);

    public static Chargeback Chargeback(string receivedAt, ChargebackType type = ChargebackType.Service, string id = "CB-1")
        => new(new ChargebackId(id), Id, I(receivedAt), type);

    public static AtoZClaim Claim(
        string filedAt,
        ClaimOutcome? outcome = null,
        string? decidedAt = null,
        string? reversedAt = null,
        string id = "C-1")
        => new(new ClaimId(id), Id, I(filedAt), ClaimReason.NotReceived, outcome,
            decidedAt is null ? null : I(decidedAt), reversedAt is null ? null : I(reversedAt));
}
