using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Returns;

namespace SellerPolicy.Tests.Returns;

public class ReturnDeadlinesTests
{
    private static readonly MarketplacePolicy Policy = AmazonPolicies.Current;

    private static Instant At(int y, int m, int d, int h = 0, int min = 0) => Instant.FromUtc(y, m, d, h, min);

    private static ReturnRequest Request(
        ReturnStatus status = ReturnStatus.Requested,
        Instant? respondedAt = null,
        Instant? receivedAt = null,
        bool returnless = false)
        => new(new ReturnId("RMA-1"), new OrderId("O-1"), new Sku("SKU-1"), 1, At(2026, 1, 16, 9), "DEFECTIVE",
            status, respondedAt: respondedAt, receivedAt: receivedAt, returnless: returnless);

    [Fact]
    public void RespondBy_Is48HoursAfterTheRequest()
        => Assert.Equal(At(2026, 1, 18, 9), ReturnDeadlines.RespondBy(Request(), Policy));

    [Fact]
    public void RefundDueBy_NotReceived_IsNull()
        => Assert.Null(ReturnDeadlines.RefundDueBy(Request(ReturnStatus.Authorized, At(2026, 1, 16, 10)), Policy));

    [Fact]
    public void RefundDueBy_ReceivedOnWednesday_IsEndOfFriday()
    {
        // 2026-01-21 is a Wednesday: Thursday and Friday are the two business days.
        Instant? due = ReturnDeadlines.RefundDueBy(Request(ReturnStatus.Received, At(2026, 1, 16, 10), At(2026, 1, 21, 15)), Policy);
        Assert.Equal(At(2026, 1, 24) - Duration.Epsilon, due);
    }

    [Fact]
    public void RefundDueBy_ReceivedOnFriday_SkipsTheWeekend()
    {
        // 2026-01-23 is a Friday: Monday 26th and Tuesday 27th.
        Instant? due = ReturnDeadlines.RefundDueBy(Request(ReturnStatus.Received, At(2026, 1, 16, 10), At(2026, 1, 23, 23, 59)), Policy);
        Assert.Equal(At(2026, 1, 28) - Duration.Epsilon, due);
    }

    [Fact]
    public void RefundDueBy_HolidayInBetween_IsSkipped()
    {
        MarketplacePolicy withHoliday = Policy with { Returns = Policy.Returns with { Holidays = [new LocalDate(2026, 1, 26)] } };
        Instant? due = ReturnDeadlines.RefundDueBy(Request(ReturnStatus.Received, At(2026, 1, 16, 10), At(2026, 1, 23, 12)), withHoliday);
        Assert.Equal(At(2026, 1, 29) - Duration.Epsilon, due);
    }

    [Fact]
    public void RefundDueBy_HolidayListNeverSet_SkipsWeekendsOnly()
    {
        // A policy built without a holiday list (default array): no holiday to skip, and no failure for the missing list.
        MarketplacePolicy noList = Policy with { Returns = Policy.Returns with { Holidays = default } };
        Instant? due = ReturnDeadlines.RefundDueBy(Request(ReturnStatus.Received, At(2026, 1, 16, 10), At(2026, 1, 23, 12)), noList);
        Assert.Equal(At(2026, 1, 28) - Duration.Epsilon, due);
    }

    [Fact]
    public void RefundDueBy_ReceivedOnSaturday_CountsFromMonday()
    {
        // 2026-01-24 is a Saturday: Monday 26th and Tuesday 27th.
        Instant? due = ReturnDeadlines.RefundDueBy(Request(ReturnStatus.Received, At(2026, 1, 16, 10), At(2026, 1, 24, 12)), Policy);
        Assert.Equal(At(2026, 1, 28) - Duration.Epsilon, due);
    }

    [Fact]
    public void RefundDueBy_ReportingZone_DecidesTheReceiptDay()
    {
        // 23:30 UTC on Thursday is already Friday in Berlin: Monday and Tuesday, not Friday and Monday.
        var berlin = new SellerPolicy.Time.ReportingCalendar(DateTimeZoneProviders.Tzdb["Europe/Berlin"]);
        MarketplacePolicy zoned = Policy with { Reporting = berlin };
        Instant? due = ReturnDeadlines.RefundDueBy(Request(ReturnStatus.Received, At(2026, 1, 16, 10), At(2026, 1, 22, 23, 30)), zoned);
        Assert.Equal(berlin.EndOf(new LocalDate(2026, 1, 27)) - Duration.Epsilon, due);
    }

    [Fact]
    public void LabelExpiresAt_Authorised_Is30DaysAfterTheAnswer()
        => Assert.Equal(At(2026, 2, 15, 10), ReturnDeadlines.LabelExpiresAt(Request(ReturnStatus.Authorized, At(2026, 1, 16, 10)), Policy));

    [Theory]
    [InlineData(ReturnStatus.Requested)]
    [InlineData(ReturnStatus.Rejected)]
    [InlineData(ReturnStatus.Closed)]
    public void LabelExpiresAt_NotAuthorised_IsNull(ReturnStatus status)
        => Assert.Null(ReturnDeadlines.LabelExpiresAt(Request(status, At(2026, 1, 16, 10)), Policy));

    [Fact]
    public void LabelExpiresAt_ReturnlessRefund_IsNull()
        => Assert.Null(ReturnDeadlines.LabelExpiresAt(Request(ReturnStatus.Refunded, At(2026, 1, 16, 10), returnless: true), Policy));

    [Fact]
    public void LabelExpiresAt_AuthorisedWithoutAnswerInstant_IsNull()
        => Assert.Null(ReturnDeadlines.LabelExpiresAt(Request(ReturnStatus.Authorized), Policy));

    [Fact]
    public void NullArguments_AreRejectedByName()
    {
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => ReturnDeadlines.RespondBy(null!, Policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ReturnDeadlines.RespondBy(Request(), null!)).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => ReturnDeadlines.RefundDueBy(null!, Policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ReturnDeadlines.RefundDueBy(Request(), null!)).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => ReturnDeadlines.LabelExpiresAt(null!, Policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ReturnDeadlines.LabelExpiresAt(Request(), null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ReturnDeadlines.BusinessDays(null!)).ParamName);
    }
}
