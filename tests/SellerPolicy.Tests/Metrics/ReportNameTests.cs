using SellerPolicy.Metrics;

namespace SellerPolicy.Tests.Metrics;

/// <summary>The names of metrics and statuses are Amazon's performance report's (interfaces.md section 3).</summary>
public class ReportNameTests
{
    [Theory]
    [InlineData(MetricStatus.Good, "GOOD")]
    [InlineData(MetricStatus.Bad, "BAD")]
    [InlineData(MetricStatus.None, "NONE")]
    public void Status_ToReportName_IsAmazonsWord(MetricStatus status, string name) => Assert.Equal(name, status.ToReportName());

    [Fact]
    public void UndefinedStatus_IsRejected() => Assert.Throws<ArgumentOutOfRangeException>(() => ((MetricStatus)42).ToReportName());

    [Fact]
    public void EveryMetric_HasADistinctReportName()
    {
        string[] names = [.. Enum.GetValues<MetricKind>().Select(k => k.ToReportName())];

        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("orderDefectRate.mfn", names);
    }
}
