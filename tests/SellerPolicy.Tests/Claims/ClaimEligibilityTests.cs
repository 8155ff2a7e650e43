using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Ledger;
using static SellerPolicy.Tests.Claims.ClaimTestData;

namespace SellerPolicy.Tests.Claims;

public class ClaimEligibilityTests
{
    private static ClaimEligibility Make(
        string orderId = "111-0000001-0000001",
        ClaimReason reason = ClaimReason.NotReceived,
        string at = "2026-02-01T00:00:00Z",
        ClaimEligibilityCode[]? failures = null,
        string? opensAt = "2026-01-15T07:59:59Z",
        string? closesAt = "2026-04-12T07:59:59Z",
        string? waitEndsAt = "2026-01-08T09:00:00Z",
        string rule = "the rule",
        string policyVersion = "amazon@2025-01-01",
        string[]? evidence = null)
        => new(
            new OrderId(orderId), reason, I(at), (failures ?? []).ToImmutableArray(),
            opensAt is null ? null : I(opensAt), closesAt is null ? null : I(closesAt), waitEndsAt is null ? null : I(waitEndsAt),
            rule, policyVersion, (evidence ?? ["Tracking number 1Z999."]).ToImmutableArray());

    public static TheoryData<string, Func<ClaimEligibility>> OneFieldDiffers() => new()
    {
        { "order", () => Make(orderId: "111-0000001-0000002") },
        { "reason", () => Make(reason: ClaimReason.DamagedOrDefective) },
        { "at", () => Make(at: "2026-02-01T00:00:01Z") },
        { "failures", () => Make(failures: [ClaimEligibilityCode.ContactSellerFirst]) },
        { "opensAt", () => Make(opensAt: null) },
        { "closesAt", () => Make(closesAt: "2026-04-12T08:00:00Z") },
        { "contact wait", () => Make(waitEndsAt: null) },
        { "rule", () => Make(rule: "another rule") },
        { "policy version", () => Make(policyVersion: "amazon@2015-01-01") },
        { "evidence", () => Make(evidence: ["Tracking number 1Z999.", "Photos."]) },
    };

    [Fact]
    public void Equals_SameVerdictBuiltTwice_IsEqualWithTheSameHash()
    {
        ClaimEligibility a = Make(failures: [ClaimEligibilityCode.TooEarly]);
        ClaimEligibility b = Make(failures: [ClaimEligibilityCode.TooEarly]);

        Assert.True(a.Equals(b));
        Assert.True(a.Equals(a));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(null));
    }

    [Theory]
    [MemberData(nameof(OneFieldDiffers))]
    public void Equals_ComparesEveryProperty(string field, Func<ClaimEligibility> differing)
        => Assert.False(Make().Equals(differing()), field);

    [Fact]
    public void Code_IsEligibleWithoutFailures_ElseTheFirstFailure()
    {
        Assert.Equal(ClaimEligibilityCode.Eligible, Make().Code);
        Assert.True(Make().Eligible);
        ClaimEligibility ruledOut = Make(failures: [ClaimEligibilityCode.WindowClosed, ClaimEligibilityCode.ContactSellerFirst]);
        Assert.Equal(ClaimEligibilityCode.WindowClosed, ruledOut.Code);
        Assert.False(ruledOut.Eligible);
    }

    [Fact]
    public void ToString_GivesTheOrderReasonCodeAndRule()
        => Assert.Equal(
            "111-0000001-0000001 NotReceived: TooEarly — the window opens later",
            Make(failures: [ClaimEligibilityCode.TooEarly], rule: "the window opens later").ToString());
}
