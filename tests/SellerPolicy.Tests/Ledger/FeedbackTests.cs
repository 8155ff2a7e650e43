using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Tests.Generators;

namespace SellerPolicy.Tests.Ledger;

public sealed class FeedbackTests
{
    private static readonly OrderId Id = new("111-0000001-0000001");
    private static readonly Instant Received = Instant.FromUtc(2026, 1, 15, 9, 0);

    [Property(MaxTest = 200)]
    public Property EqualityLaws_Hold()
        => EqualityLaws.Hold(DomainArbitraries.Feedbacks, f => new Feedback(new OrderId(f.OrderId.Value), f.ReceivedAt, f.Rating, f.RemovedAt, f.Removal));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Constructor_RatingOutside1To5_ThrowsNamingRating(int rating)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Feedback(Id, Received, rating));

        Assert.Equal("rating", ex.ParamName);
        Assert.StartsWith($"rating must be 1-5, was {rating}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RemovalBeforeFeedback_ThrowsNamingRemovedAt()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            new Feedback(Id, Received, 1, Received - Duration.FromMinutes(1), FeedbackRemoval.BuyerRemoved));

        Assert.Equal("removedAt", ex.ParamName);
        Assert.StartsWith("removedAt (2026-01-15T08:59:00Z) must not be before receivedAt (2026-01-15T09:00:00Z).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RemovedAtWithoutRemovalKind_ThrowsNamingRemoval()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new Feedback(Id, Received, 1, Received + Duration.FromDays(1)));
        ArgumentException other = Assert.Throws<ArgumentException>(() => new Feedback(Id, Received, 1, removal: FeedbackRemoval.StruckThrough));

        Assert.Equal("removal", ex.ParamName);
        Assert.StartsWith("removedAt requires removal: give both or neither.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("removedAt", other.ParamName);
    }

    [Fact]
    public void Constructor_EmptyOrderOrUnknownRemoval_ThrowsNamingTheField()
    {
        Assert.Equal("orderId", Assert.Throws<ArgumentException>(() => new Feedback(default, Received, 3)).ParamName);
        Assert.Equal("removal", Assert.Throws<ArgumentOutOfRangeException>(() => new Feedback(Id, Received, 1, Received, (FeedbackRemoval)7)).ParamName);
    }

    [Fact]
    public void WithRemoval_ReturnsARemovedCopy()
    {
        var feedback = new Feedback(Id, Received, 2);

        Feedback removed = feedback.WithRemoval(Received + Duration.FromDays(2), FeedbackRemoval.AmazonRemoved);

        Assert.Null(feedback.RemovedAt);
        Assert.Equal(FeedbackRemoval.AmazonRemoved, removed.Removal);
        Assert.NotEqual(feedback, removed);
    }
}
