using NodaTime;
using SellerPolicy.Deadlines;
using static SellerPolicy.Tests.Claims.ClaimTestData;

namespace SellerPolicy.Tests.Deadlines;

public class SellerObligationTests
{
    private static SellerObligation Make(string due, string? settled, bool recorded)
        => new(SellerObligationKind.RefundReturn, Id, "RMA-1", I("2026-01-10T00:00:00Z"), I(due), settled is null ? null : I(settled), recorded, "x", "y", "amazon@2025-01-01");

    [Fact]
    public void Constructor_RejectsADueInstantBeforeTheStart()
        => Assert.Throws<ArgumentException>(() => Make("2026-01-09T23:59:59Z", null, true));

    [Fact]
    public void Open_FromItsStart_UntilSettled_PastDueOnlyWhenCompletionIsRecorded()
    {
        SellerObligation tracked = Make("2026-01-12T00:00:00Z", "2026-01-20T00:00:00Z", true);
        SellerObligation untracked = Make("2026-01-12T00:00:00Z", null, false);
        Assert.False(tracked.IsOpenAt(I("2026-01-09T23:59:59Z")));
        Assert.True(tracked.IsOpenAt(I("2026-01-10T00:00:00Z")));
        Assert.True(tracked.IsOverdueAt(I("2026-01-19T23:59:59Z")));
        Assert.False(tracked.IsOpenAt(I("2026-01-20T00:00:00Z")));
        Assert.True(untracked.IsOpenAt(I("2026-01-12T00:00:00Z")));
        Assert.False(untracked.IsOpenAt(I("2026-01-12T00:00:00Z") + Duration.Epsilon));
    }

    [Fact]
    public void IsOverdueAt_TheDueInstantItself_IsNotOverdue_TheNextTickIs()
    {
        SellerObligation tracked = Make("2026-01-12T00:00:00Z", null, true);

        Assert.False(tracked.IsOverdueAt(I("2026-01-12T00:00:00Z")));
        Assert.True(tracked.IsOverdueAt(I("2026-01-12T00:00:00Z") + Duration.Epsilon));
    }
}
