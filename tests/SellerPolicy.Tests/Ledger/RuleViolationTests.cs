using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Tests.Ledger;

/// <summary>
/// Each record kind's <c>FindViolation</c> is its constructor's check: what it finds is what the constructor throws (the
/// field as the parameter name, the rule as the message before .NET's parameter suffix), and null means the constructor
/// accepts the values.
/// </summary>
public sealed class RuleViolationTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 1, 9, 0);
    private static readonly OrderLine Mug = new(new Sku("MUG"), 1, new Money(9.99m, "USD"));

    public static TheoryData<string, Func<RuleViolation?>, Action> Cases => new()
    {
        { "feedback rating", () => Feedback.FindViolation(new OrderId("1"), At, 7), () => _ = new Feedback(new OrderId("1"), At, 7) },
        { "feedback removal before receipt", () => Feedback.FindViolation(new OrderId("1"), At, 1, At - Duration.FromDays(1), FeedbackRemoval.BuyerRemoved),
            () => _ = new Feedback(new OrderId("1"), At, 1, At - Duration.FromDays(1), FeedbackRemoval.BuyerRemoved) },
        { "claim reversal while pending", () => AtoZClaim.FindViolation(new ClaimId("C"), new OrderId("1"), At, ClaimReason.NotReceived, reversedAt: At),
            () => _ = new AtoZClaim(new ClaimId("C"), new OrderId("1"), At, ClaimReason.NotReceived, reversedAt: At) },
        { "chargeback outcome without instant", () => Chargeback.FindViolation(new ChargebackId("B"), new OrderId("1"), At, ChargebackType.Service, ChargebackOutcome.DecidedForSeller),
            () => _ = new Chargeback(new ChargebackId("B"), new OrderId("1"), At, ChargebackType.Service, ChargebackOutcome.DecidedForSeller) },
        { "return quantity", () => ReturnRequest.FindViolation(null, new OrderId("1"), new Sku("MUG"), 0, At, "DEFECTIVE"),
            () => _ = new ReturnRequest(null, new OrderId("1"), new Sku("MUG"), 0, At, "DEFECTIVE") },
        { "return negative refund", () => ReturnRequest.FindViolation(null, new OrderId("1"), new Sku("MUG"), 1, At, "DEFECTIVE", refundAmount: new Money(-1m, "USD")),
            () => _ = new ReturnRequest(null, new OrderId("1"), new Sku("MUG"), 1, At, "DEFECTIVE", refundAmount: new Money(-1m, "USD")) },
        { "contact on no order", () => BuyerContact.FindViolation(default, At), () => _ = new BuyerContact(default, At) },
        { "line blank category", () => OrderLine.FindViolation(new Sku("MUG"), 1, new Money(1m, "USD"), category: " "),
            () => _ = new OrderLine(new Sku("MUG"), 1, new Money(1m, "USD"), category: " ") },
        { "money currency", () => Money.FindViolation(1m, "usd"), () => _ = new Money(1m, "usd") },
        { "id blank", () => OrderId.FindViolation(" "), () => _ = new OrderId(" ") },
        { "order shipped before purchase", () => Order.FindViolation(new OrderId("1"), FulfillmentChannel.Mfn, At, [Mug], shippedAt: At - Duration.FromHours(1)),
            () => _ = new Order(new OrderId("1"), FulfillmentChannel.Mfn, At, [Mug], shippedAt: At - Duration.FromHours(1)) },
        { "order half a surrogate pair", () => Order.FindViolation(new OrderId("1\uD800"), FulfillmentChannel.Mfn, At, [Mug]),
            () => _ = new Order(new OrderId("1\uD800"), FulfillmentChannel.Mfn, At, [Mug]) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FindViolation_finds_what_the_constructor_throws(string what, Func<RuleViolation?> find, Action construct)
    {
        RuleViolation? violation = find();
        var thrown = Assert.ThrowsAny<ArgumentException>(construct);

        Assert.NotNull(violation);
        Assert.Equal(violation.Field, thrown.ParamName);
        Assert.StartsWith(violation.Rule, thrown.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void FindViolation_is_null_for_values_the_constructors_accept()
    {
        Assert.Null(Feedback.FindViolation(new OrderId("1"), At, 5));
        Assert.Null(AtoZClaim.FindViolation(new ClaimId("C"), new OrderId("1"), At, ClaimReason.NotReceived, ClaimOutcome.GrantedSellerFunded, At, At));
        Assert.Null(Chargeback.FindViolation(new ChargebackId("B"), new OrderId("1"), At, ChargebackType.Service));
        Assert.Null(ReturnRequest.FindViolation(null, new OrderId("1"), new Sku("MUG"), 1, At, "DEFECTIVE"));
        Assert.Null(BuyerContact.FindViolation(new OrderId("1"), At));
        Assert.Null(OrderLine.FindViolation(new Sku("MUG"), 1, new Money(1m, "USD")));
        Assert.Null(Money.FindViolation(1m, "USD"));
        Assert.Null(Order.FindViolation(new OrderId("1"), FulfillmentChannel.Mfn, At, [Mug]));
    }

    [Fact]
    public void RuleAbout_names_the_field_as_the_reader_knows_it()
    {
        RuleViolation quantity = OrderLine.FindViolation(new Sku("MUG"), 0, new Money(1m, "USD"))!;
        RuleViolation crossField = Feedback.FindViolation(new OrderId("1"), At, 1, removedAt: At)!;

        Assert.Equal("lines[0].quantity must be positive, was 0.", quantity.RuleAbout("lines[0].quantity"));
        Assert.Equal(crossField.Rule, crossField.RuleAbout("feedback.removal"));
    }
}
