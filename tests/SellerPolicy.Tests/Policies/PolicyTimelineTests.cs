using NodaTime;
using SellerPolicy.Policies;

namespace SellerPolicy.Tests.Policies;

public sealed class PolicyTimelineTests
{
    [Theory]
    [InlineData(2010, 1, 1, "amazon@2015-01-01")]  // before the first version: the first applies
    [InlineData(2015, 1, 1, "amazon@2015-01-01")]
    [InlineData(2024, 12, 31, "amazon@2015-01-01")]
    [InlineData(2025, 1, 1, "amazon@2025-01-01")]  // on the boundary: the new version
    [InlineData(2030, 6, 1, "amazon@2025-01-01")]
    public void For_PicksTheVersionInEffect(int year, int month, int day, string version)
        => Assert.Equal(version, AmazonPolicies.Timeline.For(new LocalDate(year, month, day)).Version);

    [Fact]
    public void Constructor_SortsVersionsAndExposesTheLatest()
    {
        var timeline = new PolicyTimeline([AmazonPolicies.Current, AmazonPolicies.Legacy]);

        Assert.Equal(new[] { AmazonPolicies.Legacy, AmazonPolicies.Current }, timeline.Versions.AsEnumerable());
        Assert.Same(AmazonPolicies.Current, timeline.Latest);
        Assert.Equal("amazon", timeline.Name);
    }

    [Fact]
    public void Constructor_BadVersionSets_AreRejected()
    {
        Assert.Equal("versions", Assert.Throws<ArgumentException>(() => new PolicyTimeline([])).ParamName);
        ArgumentException sameDay = Assert.Throws<ArgumentException>(() => new PolicyTimeline([AmazonPolicies.Current, AmazonPolicies.Current with { }]));
        Assert.Contains("Two policy versions take effect on 2025-01-01.", sameDay.Message, StringComparison.Ordinal);
        ArgumentException mixed = Assert.Throws<ArgumentException>(() =>
            new PolicyTimeline([AmazonPolicies.Current, AmazonPolicies.Legacy with { Name = "ebay" }]));
        Assert.Contains("'ebay' and 'amazon' differ", mixed.Message, StringComparison.Ordinal);
        ArgumentException invalid = Assert.Throws<ArgumentException>(() =>
            PolicyTimeline.Of(AmazonPolicies.Current with { OrderDefectRate = new OrderDefectRatePolicy { WindowDays = 0 } }));
        Assert.Contains("orderDefectRate.windowDays must be positive, was 0.", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullOrNoVersions_IsRejectedSayingWhatIsNeeded()
    {
        Assert.Equal("versions", Assert.Throws<ArgumentNullException>(() => new PolicyTimeline(null!)).ParamName);
        Assert.StartsWith("A policy timeline needs at least one version.", Assert.Throws<ArgumentException>(() => new PolicyTimeline([])).Message, StringComparison.Ordinal);
    }
}
