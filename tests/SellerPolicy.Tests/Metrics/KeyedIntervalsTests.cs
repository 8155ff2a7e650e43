using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SellerPolicy.Metrics;

namespace SellerPolicy.Tests.Metrics;

public sealed class KeyedIntervalsTests
{
    [Fact]
    public void Merge_OverlappingAndTouchingIntervalsOfOneKey_BecomeOneRun()
    {
        List<(int, int, int, int)> runs = KeyedIntervals.Merge([(1, 10, 20, 5), (1, 20, 25, 6), (1, 12, 15, 7)]);
        Assert.Equal([(1, 10, 25, 5)], runs);
    }

    [Fact]
    public void Merge_SameDaysOfTwoKeys_StayTwoRuns()
    {
        List<(int, int, int, int)> runs = KeyedIntervals.Merge([(2, 10, 20, 1), (1, 10, 20, 2)]);
        Assert.Equal([(1, 10, 20, 2), (2, 10, 20, 1)], runs);
    }

    [Fact]
    public void Merge_EmptyIntervals_AreDropped()
        => Assert.Empty(KeyedIntervals.Merge([(1, 10, 10, 1), (1, 12, 11, 2)]));

    [Property(MaxTest = 300)]
    public Property Merge_RunsCoveringADay_CountTheDistinctKeysCoveringIt()
        => Prop.ForAll(
            Arb.From(Gen.Choose(0, 4).SelectMany(key => Gen.Choose(0, 20).SelectMany(start => Gen.Choose(0, 8).Select(length => (key, start, start + length - 2, 0))))
                .ListOf()),
            list =>
            {
                List<(int Key, int Start, int End, int Owner)> intervals = [.. list];
                List<(int Key, int Start, int End, int Owner)> runs = KeyedIntervals.Merge([.. intervals]);
                return Enumerable.Range(-1, 32).All(day =>
                    runs.Count(r => r.Start <= day && day < r.End)
                    == intervals.Where(i => i.Start <= day && day < i.End).Select(i => i.Key).Distinct().Count());
            });
}
