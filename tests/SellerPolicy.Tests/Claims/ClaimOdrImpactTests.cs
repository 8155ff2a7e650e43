using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using static SellerPolicy.Tests.Claims.ClaimTestData;

namespace SellerPolicy.Tests.Claims;

public class ClaimOdrImpactTests
{
    [Fact]
    public void ToString_SaysWhetherItCountsAndWhy()
    {
        ClaimOdrImpact pending = ClaimOdrRule.Explain(Claim("2026-01-18T09:00:00Z", id: "C-9"), new LocalDate(2026, 1, 20), AmazonPolicies.Current);
        ClaimOdrImpact denied = ClaimOdrRule.Explain(Claim("2026-01-18T09:00:00Z", ClaimOutcome.Denied, "2026-01-19T09:00:00Z", id: "C-9"), new LocalDate(2026, 1, 20), AmazonPolicies.Current);

        Assert.Equal($"C-9 as of 2026-01-20: counts — {pending.Why}", pending.ToString());
        Assert.Equal($"C-9 as of 2026-01-20: does not count — {denied.Why}", denied.ToString());
    }
}
