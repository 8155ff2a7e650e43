using NodaTime;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Tests.Amazon;

/// <summary>Zone abbreviations through the tz database; numeric dates in the marketplace's order only; every form in the message.</summary>
public class AmazonDatesTests
{
    [Fact]
    public void UsZoneAbbreviations_AreDstCorrect_InEveryUsForm()
    {
        AmazonImportResult result = LayoutFixtures.Orders("all-orders-us-zone-abbreviations.txt");

        Assert.Empty(result.Problems);
        Assert.Equal(Instant.FromUtc(2026, 1, 12, 18, 0), result.Ledger!.GetOrder(new OrderId("111-4000001-4000001")).PurchasedAt); // PST -8
        Assert.Equal(Instant.FromUtc(2026, 6, 12, 17, 0), result.Ledger.GetOrder(new OrderId("111-4000002-4000002")).PurchasedAt); // PDT -7, 10 AM
        Assert.Equal(Instant.FromUtc(2026, 6, 14, 17, 0), result.Ledger.GetOrder(new OrderId("111-4000003-4000003")).PurchasedAt); // 6/14/26, month first
    }

    [Fact]
    public void GermanDates_AreDayFirst_WithTheGermanZoneNames()
    {
        AmazonImportResult result = LayoutFixtures.Orders("all-orders-de-zone-abbreviations.txt");

        Assert.Empty(result.Problems);
        Assert.Equal(Instant.FromUtc(2026, 6, 14, 8, 0), result.Ledger!.GetOrder(new OrderId("302-5000001-5000001")).PurchasedAt); // MESZ +2
        Assert.Equal(Instant.FromUtc(2026, 1, 14, 9, 0), result.Ledger.GetOrder(new OrderId("302-5000002-5000002")).PurchasedAt); // MEZ +1
    }

    [Fact]
    public void JapaneseDates_AreYearFirst_InJst()
    {
        AmazonImportResult result = LayoutFixtures.Orders("all-orders-jp-zone-abbreviations.txt");

        Assert.Empty(result.Problems);
        Assert.Equal(Instant.FromUtc(2026, 6, 14, 1, 0), Assert.Single(result.Ledger!.Orders).PurchasedAt);
    }

    [Fact]
    public void AnAbbreviationNotInForceThatDay_IsAProblem_NotAGuess()
    {
        LedgerProblem problem = Assert.Single(LayoutFixtures.Orders("all-orders-us-pst-in-summer.txt").Problems);

        Assert.Equal("purchase-date", problem.Field);
        Assert.Contains("'PST' is not in force on 2026-07-01 10:00 in America/Los_Angeles (PDT is)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AmbiguousAutumnHour_IsSettledByTheAbbreviation()
    {
        Assert.True(AmazonDates.TryParse("2026-11-01 01:30:00 PDT", DateTimeZone.Utc, null, out Instant daylight, out _));
        Assert.True(AmazonDates.TryParse("2026-11-01 01:30:00 PST", DateTimeZone.Utc, null, out Instant standard, out _));

        Assert.Equal(Duration.FromHours(1), standard - daylight);
    }

    [Theory]
    [InlineData("14.06.2026", "Amazon.de", 2026, 6, 14)]
    [InlineData("6/14/26", "Amazon.com", 2026, 6, 14)]
    [InlineData("05/06/2026", "Amazon.com", 2026, 5, 6)]
    [InlineData("05/06/2026", "Amazon.co.uk", 2026, 6, 5)]
    [InlineData("2026/06/14", "Amazon.co.jp", 2026, 6, 14)]
    public void NumericDates_FollowTheMarketplace(string text, string marketplace, int year, int month, int day)
    {
        AmazonMarketplace.TryFind(marketplace, out AmazonMarketplace? m);

        Assert.True(AmazonDates.TryParse(text, DateTimeZone.Utc, m, out Instant value, out _));
        Assert.Equal(Instant.FromUtc(year, month, day, 0, 0), value);
    }

    [Fact]
    public void ANumericDateWithoutAMarketplace_IsRefusedSayingWhy()
    {
        Assert.False(AmazonDates.TryParse("05/06/2026", DateTimeZone.Utc, null, out _, out string? why));
        Assert.Contains("no marketplace is known (give --marketplace)", why, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMessage_ListsEveryAcceptedForm()
    {
        Assert.False(AmazonDates.TryParse("tomorrow", DateTimeZone.Utc, AmazonMarketplace.Germany, out _, out string? why));

        foreach (string form in new[] { "2026-06-14T10:00:00+02:00", "2026-06-14 10:00:00 UTC", "Jun 14, 2026 10:00:00 AM PDT", "14-Jun-2026", "14.06.2026", "MESZ", "JST", "PST" })
        {
            Assert.Contains(form, why, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ATimeWithoutZone_IsRefused_TheInstantIsUnknown()
    {
        Assert.False(AmazonDates.TryParse("2026-06-14 10:00:00", DateTimeZone.Utc, AmazonMarketplace.Germany, out _, out string? why));
        Assert.Contains("no offset or zone abbreviation", why, StringComparison.Ordinal);
    }
}
